#pragma once
// "Did you mean" over indexes on several hosts. Xapian's remote backend
// gives no access to a server's spelling table, and each part's own
// dictionary counts only its part's cables. So an index folder that lists
// remote indexes (cable-index remote add) keeps a spelling dictionary of its
// own, in the folder `spelling` beside its stub (not listed in it): the
// words of every member's vocabulary held by at least kMinSpellingCables
// cables of all of them together, each with that count — the dictionary
// one local index of the whole corpus would have (SpellingDictionary.h).
//
// It is made from the members as they were; the members' stamp
// (IndexMembers.h) is kept with it, and cable-query offers no suggestion
// from a dictionary whose members have changed since, but says to run
// `cable-index remote refresh`.

#include "index/IndexMembers.h"
#include "index/SpellingDictionary.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cablesearch {

inline constexpr const char* kSearchSpellingFolder = "spelling";
inline constexpr std::string_view kMembersStampKey = "cablesearch:members";

// Brings the folder's dictionary in line with the members (all of them
// open), creating it when missing. Never throws: the problem says why it was
// left as it was.
SpellingRefresh refresh_search_spelling(const std::filesystem::path& folder, const std::vector<IndexMember>& members);

} // namespace cablesearch
