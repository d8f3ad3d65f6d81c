#pragma once
// The terms of a parsed query that one document holds, wildcards included:
// what the snippets highlight. (Enquire::get_matching_terms leaves out the
// words a wildcard stands for.)

#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

class QueryTerms {
public:
    explicit QueryTerms(const Xapian::Query& query);
    // Ascending, each once.
    std::vector<std::string> in_document(const Xapian::Database& db, Xapian::docid id) const;
    // Every term of the query (wildcards left out).
    const std::vector<std::string>& terms() const { return terms_; }
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
