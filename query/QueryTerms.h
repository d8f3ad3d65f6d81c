#pragma once
// What the snippets highlight, read from the parsed query once for all hits:
// its terms, its wildcard prefixes and its phrases. A term a document lacks
// matches none of its words, so no document's term list need be read.

#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

class QueryTerms {
public:
    explicit QueryTerms(const Xapian::Query& query);
    // Every term of the query (wildcards and excluded words left out), ascending.
    const std::vector<std::string>& terms() const { return terms_; }
    // Wildcard prefixes: "traffick" for traffick*.
    const std::vector<std::string>& patterns() const { return patterns_; }
    // Phrases ("human rights", 1.4(b)) as their terms in order; a term that
    // only appears in phrases is highlighted only where its phrase is.
    const std::vector<std::vector<std::string>>& phrases() const { return phrases_; }
    bool only_in_phrases(const std::string& term) const;

private:
    std::vector<std::string> terms_;    // sorted
    std::vector<std::vector<std::string>> phrases_;
    std::vector<std::string> loose_; // sorted: terms outside any strict phrase
    std::vector<std::string> patterns_; // wildcard prefixes ("traffick" for traffick*)
};

} // namespace cablesearch
