#include "index/BulkBatches.h"

#include "index/ShardThread.h"

#include <filesystem>
#include <fmt/format.h>

namespace cablesearch {

namespace {

std::string batches_folder(const std::string& shard) { return shard + ".batches"; }

} // namespace

void remove_bulk_leftovers(const std::string& shard_path)
{
    std::error_code ec;
    std::filesystem::remove_all(batches_folder(shard_path), ec);
}

BulkBatches::BulkBatches(std::string shard_path) : shard_(std::move(shard_path)), folder_(batches_folder(shard_)) {}

Xapian::WritableDatabase& BulkBatches::batch()
{
    if (!current_) {
        std::filesystem::create_directories(folder_);
        std::string path = fmt::format("{}/{:06}", folder_, next_++);
        current_.emplace(path, Xapian::DB_CREATE_OR_OVERWRITE);
        // In a transaction, so that a batch given up (its run stopped by an
        // error) is closed without being committed.
        current_->begin_transaction(false);
        ended_.push_back(std::move(path));
    }
    return *current_;
}

void BulkBatches::end_batch()
{
    if (!current_) return;
    current_->commit_transaction();
    current_->close();
    current_.reset();
}

void BulkBatches::merge_into_shard()
{
    end_batch();
    if (ended_.empty()) return;
    Xapian::Database sources(shard_);
    for (const auto& b : ended_) sources.add_database(Xapian::Database(b));
    merge_compacted(sources, shard_);
    ended_.clear();
    std::filesystem::remove_all(folder_);
}

} // namespace cablesearch
