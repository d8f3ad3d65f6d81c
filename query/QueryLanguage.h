#pragma once
// The query language of cable-query: free text with English stemming,
// phrases, AND/OR/NOT, +/-, NEAR/n, ADJ/n, trailing wildcards, and the fields
// tag: post: to: class: caveat: id: subject: ref: signer: date: year:.
// Built on Xapian's QueryParser with a field processor per field so that
// values are matched case-insensitively against the schema's terms.

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "IndexWords.h"

namespace cablesearch {

// A query the user must fix: the message points at the problem.
class QuerySyntaxError : public std::runtime_error {
public:
    QuerySyntaxError(const std::string& query, size_t position, const std::string& message);
    size_t position() const { return position_; }
    // The query with a caret under the problem, two lines.
    std::string pointer() const { return pointer_; }

private:
    size_t position_;
    std::string pointer_;
};

struct QueryFilters {
    std::vector<std::string> tags, posts, classes;
    std::string since, until; // dates: 2007, 2007-02, 2007-02-01
};

class QueryLanguage {
public:
    // words: where the vocabulary and the spelling dictionary are, when not
    // in db itself (IndexWords.h).
    explicit QueryLanguage(const Xapian::Database& db, IndexWords words = {});
    ~QueryLanguage();
    QueryLanguage(const QueryLanguage&) = delete;
    QueryLanguage& operator=(const QueryLanguage&) = delete;

    // Throws QuerySyntaxError (for a bad --since/--until, pointing into the
    // option). An empty query with no filters matches every cable. @NAME
    // stands for a saved search (saved/SavedSearchExpansion.h).
    Xapian::Query parse(const std::string& query, const QueryFilters& filters = {});
    // "Did you mean": the query with misspelt words corrected, or empty.
    std::string corrected_query() const;
    // The query with its @NAMEs replaced by their saved searches, or empty when it has none.
    std::string expanded_query() const;
    // Why there is no "did you mean" where one was wanted, or empty.
    std::string spelling_problem() const;
    const Xapian::Stem& stemmer() const;

    static const std::vector<std::string>& field_names();
    // "tag" -> "tag:KTIP", for messages.
    static std::string field_example(const std::string& field);

private:
    Xapian::Query parse_expanded(const std::string& query, const QueryFilters& filters);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace cablesearch
