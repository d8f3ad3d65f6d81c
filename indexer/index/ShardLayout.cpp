#include "index/ShardLayout.h"

#include "index/IndexStub.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <stdexcept>
#include <xapian.h>

namespace cablesearch {

namespace fs = std::filesystem;

namespace {

// The index's own shards: the local databases its stub lists. Remote ones
// (cable-index remote add) are searched, never written.
std::vector<std::string> read_stub(const fs::path& index)
{
    std::vector<std::string> shards;
    bool remotes = false;
    for (const auto& entry : read_index_stub(index).value_or(std::vector<StubEntry>{})) {
        if (entry.type == "remote") remotes = true;
        else shards.push_back(entry_path(index, entry).string());
    }
    if (shards.empty() && remotes)
        throw std::runtime_error(fmt::format("{}: this folder only lists indexes on other hosts (cable-index remote "
                                             "list {}); it has no shards of its own",
                                             index.string(), index.string()));
    if (shards.empty()) throw std::runtime_error(fmt::format("{}: the index's list of shards is empty", index.string()));
    return shards;
}

} // namespace

std::vector<std::string> open_shard_layout(const std::string& index, size_t shards_if_new)
{
    fs::path dir(index);
    if (fs::exists(dir / kStubFileName)) return read_stub(dir);
    if (fs::exists(dir / "iamglass")) return {index};
    // A new index. The stub is written last, in one rename: until then the
    // folder is no index to readers, and the next run starts it again.
    fs::create_directories(dir);
    std::vector<std::string> shards;
    std::string stub;
    for (size_t i = 0; i < std::clamp<size_t>(shards_if_new, 1, kMaxShards); ++i) {
        std::string name = fmt::format("shard{}", i);
        shards.push_back((dir / name).string());
        Xapian::WritableDatabase(shards.back(), Xapian::DB_CREATE_OR_OPEN).commit();
        stub += fmt::format("glass {}\n", name);
    }
    fs::path tmp = dir / (std::string(kStubFileName) + ".new");
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << stub;
        out.flush();
        if (!out) throw std::runtime_error(fmt::format("{}: cannot write the index's list of shards", tmp.string()));
    }
    fs::rename(tmp, dir / kStubFileName);
    return shards;
}

std::vector<std::string> shard_folders(const std::string& index)
{
    fs::path dir(index);
    if (fs::exists(dir / kStubFileName)) return read_stub(dir);
    return {index};
}

std::string home_shard(const std::string& index) { return shard_folders(index).front(); }

namespace {

uint64_t document_hash(std::string_view document_term)
{
    uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (unsigned char c : document_term) h = (h ^ c) * 1099511628211ULL;
    return h;
}

// A multiple of every shard count (1 to kMaxShards).
constexpr uint64_t kShardCountsMultiple = 840;
static_assert(kMaxShards <= 8 && kShardCountsMultiple % 8 == 0 && kShardCountsMultiple % 7 == 0 &&
              kShardCountsMultiple % 5 == 0 && kShardCountsMultiple % 3 == 0);

} // namespace

size_t shard_of(std::string_view document_term, size_t shards)
{
    return static_cast<size_t>(document_hash(document_term) % shards);
}

size_t part_of(std::string_view document_term, size_t parts)
{
    // The shard is the hash modulo the shard count, which depends only on
    // the hash modulo 840; the part is taken from the rest, so that the
    // cables of one part still spread evenly over its shards.
    return static_cast<size_t>(document_hash(document_term) / kShardCountsMultiple % parts);
}

} // namespace cablesearch
