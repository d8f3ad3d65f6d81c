#pragma once
// Where a search finds the index's words, which Xapian keeps beside the
// documents rather than in them: the vocabulary (user metadata, for
// wildcards: WildcardTerms.h) and the spelling dictionary ("did you mean").
// A local index has both in its home shard, which Xapian reads for the
// whole index. Over several indexes on other hosts (RemoteIndex.h) Xapian
// reads the first one's metadata only and no remote spelling table at all:
// then the vocabulary is every member's, and the dictionary the search
// folder's own (indexer/index/SearchSpelling.h).

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

struct IndexWords {
    // The databases whose user metadata hold the vocabulary, all read;
    // empty: the searched database's own.
    std::vector<Xapian::Database> vocabularies;
    // The spelling dictionary; unset: the searched database's own.
    std::optional<Xapian::Database> spelling;
    // Asked when a suggestion is wanted: why none can be given (no
    // dictionary, or one older than the index), or empty.
    std::function<std::string()> spelling_problem;
};

} // namespace cablesearch
