#pragma once
// What makes a corpus costly to index, measured the way cable-index sees its
// text: the parser's paragraphs and subject, cut into words by Xapian's term
// generator (lower case, as the index's vocabulary holds them) and stemmed by
// the English stemmer (the terms the index stores). Cables are added one by
// one; a snapshot gives the figures for the cables added so far.

#include "model/Cable.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace corpusstats {

// What one cable contributes, measured apart from every other cable (so that
// several threads can measure cables; merging is in order).
struct CableCounts {
    std::vector<std::pair<std::string, uint32_t>> words; // word, times in the cable
    struct Paragraph {
        uint32_t words = 0, numbers = 0, ids = 0;
    };
    std::vector<Paragraph> paragraphs;
    uint64_t bytes = 0;          // of the file
    bool all_capitals = false;   // no lower case to speak of
    uint32_t cased_words = 0;    // raw words with a letter, mixed-case cables only
    uint32_t capitalized = 0;    // "Karadul": capital then lower case, not after a full stop
    uint32_t acronyms = 0;       // "USG", "NATO": two capitals or more
};

// Measures one parsed cable. Not thread-safe: one per thread.
class CableMeasurer {
public:
    CableMeasurer();
    CableCounts measure(const cablesearch::Cable& cable, uint64_t file_bytes);

private:
    Xapian::TermGenerator tg_;
};

struct Measure {
    std::string key;    // machine-readable: distinct_words
    std::string label;  // readable: distinct words
    double value = 0;
    int decimals = 0;   // how to print it
    bool percent = false;
};

class TextStatistics {
public:
    TextStatistics();
    void add(const CableCounts& cable);
    size_t cables() const { return cables_; }
    uint64_t words_read() const { return tokens_; }
    size_t distinct_words() const { return words_.size(); }
    size_t distinct_stems() const { return stem_counts_.size(); }
    std::vector<Measure> snapshot() const;
    // Every distinct word: word, times read, cables, stem; by times read.
    void write_vocabulary(std::FILE* out) const;

private:
    struct Word {
        uint32_t count = 0;
        uint32_t cables = 0;
        uint32_t stem = 0;
    };
    Xapian::Stem stemmer_;
    std::unordered_map<std::string, Word> words_;
    std::unordered_map<std::string, uint32_t> stem_ids_;
    std::vector<const std::string*> stem_names_;
    std::vector<uint32_t> stem_counts_;
    uint64_t hapax_words_ = 0;
    uint64_t numeric_words_ = 0;  // distinct words with a digit

    size_t cables_ = 0;
    uint64_t bytes_ = 0, tokens_ = 0, paragraphs_ = 0, numbers_ = 0, ids_ = 0;
    uint64_t all_capitals_ = 0;
    uint64_t cased_words_ = 0, capitalized_ = 0, acronyms_ = 0;
    double distinct_share_sum_ = 0;   // per cable: distinct stems / words
    uint64_t distinct_stems_per_cable_ = 0;
    std::vector<uint64_t> token_length_;     // by characters, last bucket open
    std::vector<uint64_t> word_length_;      // distinct words, same buckets
    std::vector<uint64_t> paragraph_words_;  // histogram by words
    std::vector<uint32_t> cable_words_;      // words of each cable
};

// Heaps' law V = K * n^beta, fitted by least squares on log V against log n.
struct HeapsFit {
    double k = 0, beta = 0, r2 = 0;
    double predict(double n) const;
};
HeapsFit fit_heaps(const std::vector<std::pair<double, double>>& n_v);

} // namespace corpusstats
