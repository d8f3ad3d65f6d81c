#pragma once
// The generator's words: small hand-written lists of the common vocabulary of
// diplomatic reporting, each drawn by a Zipf law, and an open-ended supply of
// made-up personal and place names (built from syllables) drawn from a long
// Zipf tail, so that the corpus has as many rare terms as the real one.

#include "Random.h"
#include "Zipf.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corpusgen {

class WordList {
public:
    WordList(std::string_view space_separated, double zipf_s);
    std::string_view draw(Random& rng) const { return words_[zipf_(rng)]; }
    std::span<const std::string_view> all() const { return words_; }

private:
    std::vector<std::string_view> words_;
    Zipf zipf_;
};

struct Vocabulary {
    Vocabulary();

    WordList nouns, verbs_past, verbs_base, adjectives, adverbs, prepositions, openers, titles, organizations,
        ministries, subject_tags, months_words, headings;

    // Made-up names: surname rank r always gives the same name.
    std::string surname(Random& rng) const;
    std::string surname_of_rank(uint64_t rank) const;
    std::string given_name(Random& rng) const;
    std::string place(Random& rng) const;
    std::string acronym(Random& rng) const; // KDP, PRT, UNAMI: upper-case letters

private:
    Zipf surname_ranks_, given_ranks_, place_ranks_, acronym_ranks_;
};

// "policy" -> "policies", "embassy" -> "embassies", "process" -> "processes".
std::string plural(std::string_view noun);

} // namespace corpusgen
