#pragma once
// How cable text becomes terms: Xapian's TermGenerator with the English
// stemmer, STEM_ALL_Z: every word becomes one Z-prefixed stem with its
// position, so free text, phrases and NEAR all match any form of a word
// ("talks held" finds "talk was held"). cable-query parses queries the same
// way and stems the words of a paragraph to find what matched.
//
// Why stems only: the index's writing time goes mostly into Xapian's
// per-term bookkeeping, and STEM_SOME (each word twice, as itself and as its
// stem) took 1.75 times as long to index as stems alone. The words
// themselves are collected apart (see Vocabulary) for wildcards and
// "did you mean".

#include <string>
#include <unordered_set>

#include <xapian.h>

namespace cablesearch {

// Words met while analysing text (lower case, as the term generator saw them),
// each once.
using WordSet = std::unordered_set<std::string>;

class TextAnalysis {
public:
    TextAnalysis();
    // A term generator set up for the schema; callers set the document. It
    // caches stems: use each from one thread at a time. With words, each word
    // it stems for the first time is also added there (and, once its cache is
    // full, each word it has not cached); the set must outlive the generator.
    Xapian::TermGenerator make_term_generator(WordSet* words = nullptr) const;
    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    Xapian::Stem stemmer_;
};

} // namespace cablesearch
