#pragma once
// The running text of a cable: sentences of diplomatic reporting built from
// the vocabulary, about a small cast of people and places and a few subject
// words that recur through one cable (as real cables keep naming the same
// interlocutors and coming back to their subject).

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
    std::vector<LexiconEntry> nouns, verbs, adjectives; // what the cable is about
    std::vector<std::string> acronyms;
    std::vector<std::string> numbers;   // figures the cable comes back to
    int year = 2000;
};

class Prose {
public:
    explicit Prose(const Vocabulary& vocabulary) : v_(vocabulary) {}

    Cast cast(Random& rng, const std::string& post_place, int year) const;
    // One sentence, capitalized, ending in a full stop.
    void sentence(Random& rng, const Cast& cast, std::string& out) const;
    // Sentences separated by two spaces, as the cables type them, until the
    // paragraph has about `words` words.
    void paragraph(Random& rng, const Cast& cast, int words, std::string& out) const;
    // A subject line: "ANKARA: OPPOSITION REJECTS BUDGET REFORM" (upper case).
    std::string subject(Random& rng, const Cast& cast) const;
    const Vocabulary& vocabulary() const { return v_; }

private:
    enum class VerbForm { Base, Past, Participle, Third, Ing };

    void clause(Random& rng, const Cast& cast, std::string& out, bool with_tail) const;
    void subject_phrase(Random& rng, const Cast& cast, std::string& out, bool& plural_subject) const;
    void predicate(Random& rng, const Cast& cast, std::string& out, bool plural_subject, bool with_that) const;
    void noun_phrase(Random& rng, const Cast& cast, std::string& out, int depth) const;
    void prepositional_phrase(Random& rng, const Cast& cast, std::string& out) const;
    void person(Random& rng, const Cast& cast, std::string& out) const;
    void number_phrase(Random& rng, const Cast& cast, std::string& out) const;
    void date(Random& rng, const Cast& cast, std::string& out) const;

    void noun(Random& rng, const Cast& cast, bool plural_form, std::string& out) const;
    void verb(Random& rng, const Cast& cast, VerbForm form, std::string& out) const;
    void adjective(Random& rng, const Cast& cast, std::string& out) const;
    void adverb(Random& rng, const Cast& cast, std::string& out) const;
    LexiconEntry pick(Random& rng, const Lexicon& lexicon, const std::vector<LexiconEntry>& topic) const;

    const Vocabulary& v_;
};

// Appends a word list entry, '_' standing for a space.
void append_word(std::string& out, std::string_view word);

// Words of a stretch of generated text, as an indexer counts them.
int count_words(std::string_view text);

} // namespace corpusgen
