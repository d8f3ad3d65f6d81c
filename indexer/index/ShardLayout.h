#pragma once
// How an index folder holds its shards. cable-index writes a new index as
// one or more Xapian databases (shard0, shard1, ...), each written by its own
// thread, and a stub file (XAPIANDB) listing them, so that Xapian (and so
// cable-query, xapian-tcpsrv, ...) opens the folder as one index. The count
// is chosen when the index is made (cable-index --shards, default 2, one per
// core of the machine it was made for): two index the whole release in 0.7
// of the time of one, and cable-query counts a search's matches on both at
// once (README, Indexing/Speed).
// Shard 0 is the home shard: it holds the user metadata (file states,
// vocabulary, schema version) and the spelling dictionary. An index folder
// that is itself one Xapian database (made before shards, or by the tests)
// is one shard, the home one.
//
// A cable's shard is fixed by its document key, so its copies always meet
// in one shard and replace each other there.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

inline constexpr size_t kDefaultShards = 2;
inline constexpr size_t kMaxShards = 8;

// The shards' folders, home first. Creates a new index of shards_if_new
// shards where the folder holds no index yet.
std::vector<std::string> open_shard_layout(const std::string& index, size_t shards_if_new);

// The shards' folders of an existing index, home first, without creating
// anything (xapian-check, for one, takes one shard at a time).
std::vector<std::string> shard_folders(const std::string& index);

// The home shard's folder (for writing its metadata and spelling).
std::string home_shard(const std::string& index);

size_t shard_of(std::string_view document_term, size_t shards);

// The part (0 to parts - 1) a document belongs to when one corpus is indexed
// as several indexes, one per host (cable-index --part, index/IndexPart.h):
// the same hash of the document key as shard_of, independent of the shard.
size_t part_of(std::string_view document_term, size_t parts);

} // namespace cablesearch
