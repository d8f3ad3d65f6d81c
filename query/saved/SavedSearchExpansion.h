#pragma once
// @NAME in a query stands for a saved search (SavedSearches.h): it is
// replaced by the search as a parenthesised group, its filters written as
// the query's own (--tag KTIP as tag:KTIP, --since 2007 as date:2007..), so
// `@ktip date:2008` reads `((trafficking) tag:KTIP date:2007..) date:2008`.
// A saved search may use others; a circle of them is refused.
//
// An @ starts a name where a word starts (after a space, '(' or a '+'/'-'
// sign), outside quotes: an address like a@b.org is left alone. Errors are
// QuerySyntaxErrors with the caret under the @NAME of the user's query.

#include "QueryLanguage.h"
#include "saved/SavedSearches.h"

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct QueryExpansion {
    std::string original; // as the user wrote it
    std::string text;     // every @NAME replaced
    struct Use {
        std::string name;
        size_t original_begin = 0, original_end = 0; // "@ktip" in original
        size_t text_begin = 0, text_end = 0;         // its group in text
    };
    std::vector<Use> uses; // the user's own @NAMEs, in order

    bool expanded() const { return !uses.empty(); }
    // An error Xapian or the query language found in text, told in the
    // user's query: the caret under their own words, or under the @NAME
    // whose search holds the problem ("in @ktip: ..."). Errors about
    // anything else (--since) are returned as they are.
    QuerySyntaxError relocate(const QuerySyntaxError& error) const;
};

// Whether the query has an @NAME at all: the file is read only then.
bool mentions_saved_search(std::string_view query);
// The names of its own @NAMEs (none when one is malformed).
std::vector<std::string> saved_names_in(const std::string& query);

// Throws QuerySyntaxError: an @ with no name, an unknown name, a circle.
// saving: the name of a search being saved (its query is this one), so
// that a search that would use itself is refused before it is written.
QueryExpansion expand_saved_searches(const std::string& query, const SavedSearches& saved,
                                     const std::string& saving = {});

// The same, reading the saved searches only when the query mentions one
// (SavedSearchError when the file cannot be read).
QueryExpansion expand_saved_searches(const std::string& query);

} // namespace cablesearch
