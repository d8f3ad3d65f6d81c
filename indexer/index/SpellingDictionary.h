#pragma once
// The spelling dictionary behind cable-query's "did you mean": Xapian's
// spelling table, kept in line with the index's vocabulary at the end of each
// cable-index run rather than fed word by word while indexing (which would
// cost every run time in proportion to the text it reads).
//
// A word is in the dictionary when at least kMinCables cables hold it (in
// any form: the index counts cables by stem), so that a typo in one cable is
// never offered as the correction. Its frequency there is that number of
// cables: among equally close spellings the more
// common wins. Only what changed is written; an index that did not change
// since the last refresh is not touched at all.

#include <cstddef>
#include <string>
#include <string_view>

#include <xapian.h>

namespace cablesearch {

inline constexpr Xapian::doccount kMinSpellingCables = 2;

struct SpellingRefresh {
    size_t added = 0, removed = 0, changed = 0; // words
    bool up_to_date = false; // nothing to do: the index had not changed
    std::string problem;     // why the dictionary was left as it was, if it was
};

// Opens the index for writing, so only once cable-index has let go of it.
// Never throws: a dictionary left stale is refreshed by the next run.
SpellingRefresh refresh_spelling_dictionary(const std::string& index_path);
// A one-database index (the whole index is its home shard). Commits its changes.
SpellingRefresh refresh_spelling_dictionary(Xapian::WritableDatabase& db);

// A word worth spelling: letters only, 3 to 32 bytes (lower case, as indexed).
bool is_spelling_word(std::string_view term);

} // namespace cablesearch
