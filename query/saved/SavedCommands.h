#pragma once
// The commands around saved searches: --save NAME (check, then keep the
// search the user just ran) and `cable-query saved` (list them with their
// current counts, or --delete some).

#include "saved/SavedSearchExpansion.h"
#include "saved/SavedSearches.h"

#include <string>
#include <vector>

namespace cablesearch {

// The search --save NAME keeps: the name checked (a leading '@' dropped),
// something to save, its @NAMEs known and no circle among them once it is
// saved. Throws std::invalid_argument or QuerySyntaxError (with the caret
// in the query) before anything is written.
SavedSearch search_to_save(const std::string& name, const std::string& query, const QueryFilters& filters);

// Writes the search (under the folder's lock); returns what to tell the
// user ("saved @ktip ..." or "replaced @ktip, which was ...").
std::string save_search(const SavedSearch& search);

// cable-query saved [--json] [--delete NAME...]; returns the exit status.
int run_saved_command(const std::string& db, bool json, const std::vector<std::string>& deletes);

} // namespace cablesearch
