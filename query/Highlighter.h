#pragma once
// Finds the words of a text that match the query's matching terms (exact or
// by stem) and picks the paragraphs that matched best, for snippets.

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

namespace cablesearch {

using Span = std::pair<size_t, size_t>; // byte offsets [first, second)

class Highlighter {
public:
    // terms: the terms a document matched (Enquire::get_matching_terms), with
    // a weight each (their idf); prefixed terms other than Z are ignored.
    Highlighter(const Xapian::Stem& stemmer, const std::vector<std::pair<std::string, double>>& weighted_terms);

    // Spans of matching words, in order.
    std::vector<Span> spans(std::string_view text) const;
    // Sum of the weights of the distinct terms the text holds.
    double score(std::string_view text) const;
    bool empty() const { return exact_.empty() && stems_.empty(); }

private:
    double weight_of(std::string_view word) const;
    Xapian::Stem stemmer_;
    std::vector<std::pair<std::string, double>> exact_; // lower-case words
    std::vector<std::pair<std::string, double>> stems_; // stems (Z prefix removed)
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
