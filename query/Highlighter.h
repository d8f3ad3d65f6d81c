#pragma once
// Finds the words of a text that match the query's matching terms (exact or
// by stem) and scores paragraphs by them, for snippets and highlighting.
// Words are cut as the index cuts them (WordScanner), so what is highlighted
// is what matched.

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

namespace cablesearch {

using Span = std::pair<size_t, size_t>; // byte offsets [first, second)

struct TextMatch {
    std::vector<Span> spans; // matching words, in order
    double score = 0;        // sum of the weights of the distinct query terms found
};

class QueryTerms;

class Highlighter {
public:
    // weighted_terms: the terms of the query, each with a weight (its idf).
    // Unprefixed terms match a word exactly, Z-prefixed ones by stem; other
    // prefixes (filters, fields) are ignored. The query's structure adds its
    // wildcards (a word starting with the prefix matches) and its phrases:
    // words that are only part of a phrase are highlighted where the whole
    // phrase is, not everywhere.
    Highlighter(const Xapian::Stem& stemmer, const std::vector<std::pair<std::string, double>>& weighted_terms,
                const QueryTerms* structure = nullptr);

    TextMatch match(std::string_view text) const;
    std::vector<Span> spans(std::string_view text) const { return match(text).spans; }
    double score(std::string_view text) const { return match(text).score; }
    bool empty() const { return terms_.empty(); }

private:
    enum class Kind { Word, Stem, Prefix };
    struct QueryTerm {
        std::string text; // the word, the stem without its Z, or the wildcard's prefix
        Kind kind;
        double weight;
        bool phrase_only = false;
    };
    // Indexes into terms_ of the terms a word (as indexed) matches exactly,
    // by stem and by wildcard, -1 for none.
    struct WordTerms {
        int exact = -1, stem = -1, prefix = -1;
    };
    WordTerms terms_of(const std::string& word) const;
    int index_of(const std::string& term) const;

    Xapian::Stem stemmer_;
    std::vector<QueryTerm> terms_;
    std::vector<std::vector<int>> phrases_; // term indexes, in order
    std::string stem_initials_;             // first bytes of the stems: most words need no stemming
    std::string initials_;                  // first bytes of every term
    mutable std::unordered_map<std::string, WordTerms> seen_;
};

// A window of about max_bytes around the first highlight; spans shifted to
// the window. Cut ends are marked by the caller (cut_start/cut_end).
struct Excerpt {
    std::string text;
    std::vector<Span> spans;
    bool cut_start = false, cut_end = false;
};
Excerpt make_excerpt(std::string_view text, const std::vector<Span>& spans, size_t max_bytes);

} // namespace cablesearch
