#include "index/ShardLayout.h"

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

constexpr const char* kStubName = "XAPIANDB"; // the name Xapian looks for in a folder

std::vector<std::string> read_stub(const fs::path& index)
{
    std::ifstream in(index / kStubName);
    std::vector<std::string> shards;
    std::string kind, name;
    while (in >> kind >> name) shards.push_back((index / name).string());
    if (shards.empty()) throw std::runtime_error(fmt::format("{}: the index's list of shards is empty", index.string()));
    return shards;
}

} // namespace

std::vector<std::string> open_shard_layout(const std::string& index, size_t shards_if_new)
{
    fs::path dir(index);
    if (fs::exists(dir / kStubName)) return read_stub(dir);
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
    fs::path tmp = dir / (std::string(kStubName) + ".new");
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << stub;
        out.flush();
        if (!out) throw std::runtime_error(fmt::format("{}: cannot write the index's list of shards", tmp.string()));
    }
    fs::rename(tmp, dir / kStubName);
    return shards;
}

std::vector<std::string> shard_folders(const std::string& index)
{
    fs::path dir(index);
    if (fs::exists(dir / kStubName)) return read_stub(dir);
    return {index};
}

std::string home_shard(const std::string& index) { return shard_folders(index).front(); }

size_t shard_of(std::string_view document_term, size_t shards)
{
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : document_term) h = (h ^ c) * 1099511628211ULL;
    return static_cast<size_t>(h % shards);
}

} // namespace cablesearch
