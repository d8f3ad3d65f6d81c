#pragma once
// One corpus indexed as N indexes, one per host (cable-index --part K/N):
// each holds the cables whose document key falls in its part, by the same
// hash as the shards (ShardLayout.h), so the N indexes are disjoint and
// together hold the corpus; cable-query searches them as one through
// Xapian's remote backend (cable-index remote add). Every host may read the
// whole corpus (a network folder, or copies): a cable of another part is
// parsed, to learn its key, and goes no further.
//
// The part is recorded in the index (user metadata) when it is made, so
// that later runs keep every cable in its part with or without --part.

#include <optional>
#include <string>
#include <string_view>

namespace cablesearch {

inline constexpr std::string_view kPartKey = "cablesearch:part"; // "2/3"; none for a whole corpus
inline constexpr size_t kMaxParts = 1024;

struct IndexPart {
    size_t number = 0; // 1 to count; both 0: the whole corpus
    size_t count = 0;
    bool whole() const { return count == 0; }
    // Whether the cable with this document key (index/CableDocument.h) belongs here.
    bool holds(std::string_view document_key) const;
    std::string text() const; // "2/3"
    bool operator==(const IndexPart&) const = default;
};

// "2/3". Throws std::invalid_argument saying what is wrong.
IndexPart parse_index_part(std::string_view text);

// The part a run indexes, given the part recorded in the index (empty:
// none), whether the index holds no cable yet, and the part asked for.
// Throws std::runtime_error, naming the index db, when they disagree: a
// different part, or a part of an index of the whole corpus.
IndexPart settle_index_part(std::string_view recorded, bool index_empty, const std::optional<IndexPart>& asked,
                            const std::string& db);

} // namespace cablesearch
