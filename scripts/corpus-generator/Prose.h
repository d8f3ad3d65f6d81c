#pragma once
// The running text of a cable: sentences of diplomatic reporting built from
// the vocabulary, about a small cast of people and places that recur through
// one cable (as real cables keep naming the same interlocutors).

#include "Random.h"
#include "Vocabulary.h"

#include <string>
#include <vector>

namespace corpusgen {

struct Cast {
    std::vector<std::string> people;    // "Minister Karadul", full form for the first mention
    std::vector<std::string> surnames;  // "Karadul", later mentions
    std::vector<std::string> places;
    std::string post_place;             // "Ankara"
};

class Prose {
public:
    explicit Prose(const Vocabulary& vocabulary) : v_(vocabulary) {}

    Cast cast(Random& rng, const std::string& post_place) const;
    // One sentence, capitalized, ending in a full stop.
    void sentence(Random& rng, const Cast& cast, std::string& out) const;
    // Sentences separated by two spaces, as the cables type them.
    void sentences(Random& rng, const Cast& cast, int count, std::string& out) const;
    // A subject line: "ANKARA: OPPOSITION REJECTS BUDGET REFORM" (upper case).
    std::string subject(Random& rng, const Cast& cast) const;
    const Vocabulary& vocabulary() const { return v_; }

private:
    void noun_phrase(Random& rng, const Cast& cast, std::string& out, int depth) const;
    void prepositional_phrase(Random& rng, const Cast& cast, std::string& out) const;
    void person(Random& rng, const Cast& cast, std::string& out) const;
    const Vocabulary& v_;
};

// Appends a word list entry, '_' standing for a space.
void append_word(std::string& out, std::string_view word);

} // namespace corpusgen
