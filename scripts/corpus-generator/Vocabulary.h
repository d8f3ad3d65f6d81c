#pragma once
// The generator's words. Hand-written lists hold the common vocabulary of
// diplomatic reporting (the words benchmarks query: "election", "human
// rights", "trafficking"); each open class continues them with made-up words
// without end (Lexicon), so that the corpus has a vocabulary as large, and
// growing as fast, as the real release's. Names of people and places and
// acronyms are all made up. The laws of each class are calibrated against
// real cables (scripts/corpus-stats; see TextModel.h).

#include "Lexicon.h"
#include "Random.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace corpusgen {

// An irregular verb's forms: say, said, said.
struct VerbForms {
    std::string base, past, participle;
};

struct Vocabulary {
    Vocabulary();

    // Open classes: hand-written head, made-up tail.
    Lexicon nouns, verbs, adjectives;
    // Closed lists.
    WordList reporting_verbs, irregular_verbs, adverbs, prepositions, openers, titles, organizations, ministries,
        subject_tags, months_words, headings, capitalized, acronyms_common, nationalities;

    // Made-up names and acronyms; the same rank always gives the same word.
    NameLexicon surnames, given_names, places, acronyms;

    std::string surname(Random& rng) const { return surnames.draw_name(rng); }
    std::string surname_of_rank(uint64_t rank) const { return surnames.name(rank); }
    std::string given_name(Random& rng) const { return given_names.draw_name(rng); }
    std::string place(Random& rng) const { return places.draw_name(rng); }
    std::string acronym(Random& rng) const;
    // The forms of a hand-written verb that does not follow the rule, or null.
    const VerbForms* irregular(std::string_view base) const;

private:
    std::unordered_map<std::string_view, VerbForms> irregular_;
};

} // namespace corpusgen
