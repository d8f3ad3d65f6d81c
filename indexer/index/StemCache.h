#pragma once
// The stems a term generator has made, by word. A cable's words are mostly
// ones met before, so a stem is looked up far more often than it is made:
// the lookup is a good share of the analysing threads' time (8% of a whole
// run's CPU with std::unordered_map, whose three dependent reads per lookup
// each miss the cache once it holds the 70,000 words of 7,500 cables).
// Here a lookup reads one slot of a flat table (open addressing, the hash
// kept in the slot) and compares the word stored in it; no division.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

class StemCache {
public:
    // Holds at most max_words words; later ones are not kept.
    explicit StemCache(size_t max_words);

    // The stem of word, or nullptr when it is not cached.
    const std::string* find(std::string_view word) const;
    // Keeps word's stem unless the cache is full or already has word.
    void insert(std::string_view word, std::string stem);
    size_t size() const { return size_; }

private:
    struct Slot {
        uint64_t hash = 0; // 0: empty
        std::string word;
        std::string stem;
    };
    static uint64_t hash_of(std::string_view word);
    void grow();

    std::vector<Slot> slots_;
    size_t size_ = 0;
    size_t max_words_;
};

} // namespace cablesearch
