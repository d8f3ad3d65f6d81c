#include "OpenIndex.h"

#include "RemoteIndex.h"
#include "index/IndexLocation.h"
#include "index/Schema.h"
#include "index/ShardLayout.h"

#include <filesystem>
#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

CableIndex::CableIndex(const std::vector<std::string>& folders)
{
    for (const auto& folder : folders) {
        parts_.push_back(Xapian::Database(folder));
        all.add_database(parts_.back());
    }
    // A folder given as a stub file of its own lists shards this cannot see.
    if (all.size() != parts_.size()) return;
    for (const auto& folder : folders) shards.push_back(Xapian::Database(folder));
    // cable-index commits between the two openings now and then.
    if (!revisions_agree()) reopen();
}

bool CableIndex::revisions_agree() const
{
    for (size_t i = 0; i < shards.size(); ++i)
        if (shards[i].get_revision() != parts_[i].get_revision()) return false;
    return true;
}

void CableIndex::reopen()
{
    // Both sets go to the newest revision until they meet.
    for (int attempt = 0;; ++attempt) {
        all.reopen();
        for (auto& shard : shards) shard.reopen();
        if (revisions_agree()) return;
        if (attempt + 1 >= kReadAttempts) throw Xapian::DatabaseModifiedError("the index changed each time it was opened");
    }
}

bool is_remote_index(const std::string& location) { return location.starts_with("tcp:"); }

CableIndex open_index(const std::string& location, const OpenOptions& options)
{
    std::string where = location.empty() ? default_index_path().string() : location;
    if (is_remote_index(where) || lists_remote_indexes(where)) return open_remote_index(where, options);
    std::error_code ec;
    if (!std::filesystem::exists(where, ec))
        throw std::runtime_error(fmt::format("{}: no index here; run `cable-index CORPUS_DIR{}` first", where,
                                             location.empty() ? "" : " --db " + location));
    try {
        // Opening reads each table's root block of the newest revision, which
        // cable-index may reuse meanwhile: opened again, it reads the next.
        // So may the first reads of what was opened: they are retried with it.
        const std::vector<std::string> folders = shard_folders(where);
        Xapian::doccount documents = 0;
        std::string version;
        CableIndex index = read_newest_revision(
            [&] {
                CableIndex opened(folders);
                documents = opened.all.get_doccount();
                version = opened.all.get_metadata(std::string(schema::kSchemaVersionKey));
                return opened;
            },
            [] {});
        if (documents == 0)
            throw std::runtime_error(fmt::format("{}: the index is empty; run `cable-index CORPUS_DIR{}` first", where,
                                                 location.empty() ? "" : " --db " + location));
        // Its terms would not be the ones the queries look for: wrong answers.
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
