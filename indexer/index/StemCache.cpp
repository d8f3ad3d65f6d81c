#include "index/StemCache.h"

#include <utility>

namespace cablesearch {

StemCache::StemCache(size_t max_words) : slots_(1024), max_words_(max_words) {}

uint64_t StemCache::hash_of(std::string_view word)
{
    uint64_t h = 1469598103934665603ULL; // FNV-1a: words are short
    for (unsigned char c : word) h = (h ^ c) * 1099511628211ULL;
    h ^= h >> 29; // the low bits pick the slot: mix the high ones in
    return h | 1; // never 0, which marks an empty slot
}

const std::string* StemCache::find(std::string_view word) const
{
    const uint64_t h = hash_of(word);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.hash == 0) return nullptr;
        if (s.hash == h && s.word == word) return &s.stem;
    }
}

void StemCache::insert(std::string_view word, std::string stem)
{
    if (size_ >= max_words_) return;
    // At most half full, so that probes stay short.
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const uint64_t h = hash_of(word);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& s = slots_[i];
        if (s.hash == h && s.word == word) return;
        if (s.hash != 0) continue;
        s.hash = h;
        s.word.assign(word);
        s.stem = std::move(stem);
        ++size_;
        return;
    }
}

void StemCache::grow()
{
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (Slot& s : old) {
        if (s.hash == 0) continue;
        size_t i = s.hash & mask;
        while (slots_[i].hash != 0) i = (i + 1) & mask;
        slots_[i] = std::move(s);
    }
}

} // namespace cablesearch
