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
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

namespace cablesearch {

// Words met while analysing text (lower case, as the term generator saw them),
// each once.
using WordSet = std::unordered_set<std::string>;

// Words an apostrophe joins (d'Estaing, tour d'horizon, O'Brien, won't) are
// one term for Xapian, so "estaing" would find nothing. Their parts of two
// letters or more are indexed too, at the same position: "estaing", "giscard
// estaing" and "giscard d'estaing" all find the cable, and so does the whole
// form. A part whose stem is the whole word's ("women's": women) adds
// nothing. Kept as: the stem of the whole word -> the stems of its parts.
using WordParts = std::unordered_map<std::string, std::vector<std::string>>;

// "d'estaing" -> {"estaing"}; "won't" -> {"won"}; "women's" -> {"women"}:
// the parts of two bytes or more (an apostrophe is what Xapian joins on).
std::vector<std::string_view> apostrophe_parts(std::string_view word);

class TextAnalysis {
public:
    TextAnalysis();
    // A term generator set up for the schema; callers set the document. It
    // caches stems: use each from one thread at a time. With words, each word
    // it stems for the first time is also added there (and, once its cache is
    // full, each word it has not cached), and so are the parts of an
    // apostrophe word; with parts, the stems of those parts are noted there.
    // Both must outlive the generator.
    Xapian::TermGenerator make_term_generator(WordSet* words = nullptr, WordParts* parts = nullptr) const;
    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    Xapian::Stem stemmer_;
};

// Adds to doc, at the positions of each text term of an apostrophe word, the
// terms of its parts (same prefix), as parts (from the generator that made
// the terms) lists them.
void add_apostrophe_parts(Xapian::Document& doc, const WordParts& parts);

} // namespace cablesearch
