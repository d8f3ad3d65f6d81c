#include "OpenIndex.h"

#include "index/IndexLocation.h"
#include "index/Schema.h"
#include "index/ShardLayout.h"

#include <filesystem>
#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

namespace {

// Opening reads each table's root block of the latest revision; when
// cable-index commits twice meanwhile, that block may already be reused, and
// glass says DatabaseModifiedError or, for a root block, DatabaseCorruptError.
// Opening again reads the new revision. A real corruption stays.
Xapian::Database open_fresh_revision(const std::string& where)
{
    for (int attempt = 0;; ++attempt) {
        try {
            return Xapian::Database(where);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt + 1 >= kReadAttempts) throw;
        } catch (const Xapian::DatabaseCorruptError&) {
            if (attempt + 1 >= kReadAttempts) throw;
        }
    }
}

} // namespace

CableIndex::CableIndex(const std::vector<std::string>& folders)
{
    for (const auto& folder : folders) {
        parts_.push_back(open_fresh_revision(folder));
        all.add_database(parts_.back());
    }
    // A folder given as a stub file of its own lists shards this cannot see.
    if (all.size() != parts_.size()) return;
    for (const auto& folder : folders) shards.push_back(open_fresh_revision(folder));
    align_revisions();
}

void CableIndex::reopen()
{
    all.reopen();
    for (auto& shard : shards) shard.reopen();
    align_revisions();
}

void CableIndex::align_revisions()
{
    // cable-index commits between the two openings now and then: both go
    // to the newest revision until they meet.
    for (int attempt = 0;; ++attempt) {
        bool same = true;
        for (size_t i = 0; i < shards.size(); ++i) same = same && shards[i].get_revision() == parts_[i].get_revision();
        if (same) return;
        if (attempt + 1 >= kReadAttempts) throw Xapian::DatabaseModifiedError("the index changed each time it was opened");
        all.reopen();
        for (auto& shard : shards) shard.reopen();
    }
}

bool is_remote_index(const std::string& location) { return location.starts_with("tcp:"); }

CableIndex open_index(const std::string& location)
{
    std::string where = location.empty() ? default_index_path().string() : location;
    if (is_remote_index(where)) {
        std::string hostport = where.substr(4);
        size_t colon = hostport.rfind(':');
        if (colon == std::string::npos)
            throw std::runtime_error(fmt::format("{}: give a remote index as tcp:HOST:PORT", where));
        try {
            return CableIndex(Xapian::Remote::open(hostport.substr(0, colon), static_cast<unsigned>(std::stoul(hostport.substr(colon + 1)))));
        } catch (const Xapian::Error& e) {
            throw std::runtime_error(fmt::format("{}: cannot reach the index server: {}", where, e.get_msg()));
        } catch (const std::exception&) {
            throw std::runtime_error(fmt::format("{}: give a remote index as tcp:HOST:PORT", where));
        }
    }
    std::error_code ec;
    if (!std::filesystem::exists(where, ec))
        throw std::runtime_error(fmt::format("{}: no index here; run `cable-index CORPUS_DIR{}` first", where,
                                             location.empty() ? "" : " --db " + location));
    try {
        CableIndex index(shard_folders(where));
        Xapian::Database& db = index.all;
        if (db.get_doccount() == 0)
            throw std::runtime_error(fmt::format("{}: the index is empty; run `cable-index CORPUS_DIR{}` first", where,
                                                 location.empty() ? "" : " --db " + location));
        // Its terms would not be the ones the queries look for: wrong answers.
        std::string version = db.get_metadata(std::string(schema::kSchemaVersionKey));
        if (version != schema::kSchemaVersion)
            throw std::runtime_error(fmt::format(
                "{}: the index was made by another version of cable-index (index schema {}, cable-query reads {}); "
                "index the corpus again into a new --db",
                where, version.empty() ? "1" : version, schema::kSchemaVersion));
        return index;
    } catch (const Xapian::DatabaseOpeningError& e) {
        throw std::runtime_error(fmt::format("{}: not a cable index ({}); run `cable-index CORPUS_DIR{}` to make one",
                                             where, e.get_msg(), location.empty() ? "" : " --db " + location));
    } catch (const Xapian::Error& e) {
        throw std::runtime_error(fmt::format("{}: cannot open the index: {}", where, e.get_msg()));
    }
}

} // namespace cablesearch
