#include "index/ShardThread.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <future>
#include <memory>
#include <stdexcept>
#include <vector>

namespace cablesearch {

namespace {

std::string compacting_path(const std::string& path) { return path + ".compacting"; }

// Swaps two folders in one step (Linux renameat2).
void exchange_directories(const std::string& a, const std::string& b)
{
    if (renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) != 0)
        throw std::runtime_error(fmt::format("{}: cannot replace the index with {}: {}", b, a, std::strerror(errno)));
}

} // namespace

void remove_compaction_leftovers(const std::string& path)
{
    std::error_code ec;
    std::filesystem::remove_all(compacting_path(path), ec);
}

void compact_database(const std::string& path)
{
    Xapian::Database source(path);
    merge_compacted(source, path);
}

void merge_compacted(Xapian::Database& sources, const std::string& path)
{
    const std::string fresh = compacting_path(path);
    std::filesystem::remove_all(fresh);
    // Several sources (a shard and its bulk batches, BulkBatches.h): the
    // documents are renumbered one source after the other, the metadata
    // kept from the first source that has the key (the shard). Documents
    // deleted from such a database later leave it whole: see "bulk build"
    // in test_incremental.cpp.
    sources.compact(fresh);
    sources.close();
    exchange_directories(fresh, path);
    std::filesystem::remove_all(fresh);
}

ShardThread::ShardThread(std::string path)
    : path_(std::move(path)), db_(path_, Xapian::DB_CREATE_OR_OPEN)
{
    // Holding its lock, what is beside it is ours.
    remove_compaction_leftovers(path_);
    remove_bulk_leftovers(path_);
    thread_ = std::thread([this] {
        while (auto task = tasks_.pop()) {
            // After an error the work is drained, not done: the owner hears
            // of the error at its next wait.
            if (!error_) {
                try {
                    task->work(db_);
                } catch (...) {
                    error_ = std::current_exception();
                }
            }
            if (task->done) task->done->set_value(); // after error_ is set: the waiter reads it next
        }
    });
}

ShardThread::~ShardThread()
{
    tasks_.close();
    thread_.join();
}

void ShardThread::replace(const std::string& unique_term, Xapian::Document&& doc, bool into_shard)
{
    tasks_.push({[this, unique_term, doc = std::move(doc), into_shard](Xapian::WritableDatabase& db) {
                     (bulk_ && !into_shard ? bulk_->batch() : db).replace_document(unique_term, doc);
                 },
                 nullptr});
}

void ShardThread::start_bulk()
{
    run_and_wait([this](Xapian::WritableDatabase&) { bulk_ = std::make_unique<BulkBatches>(path_); });
}

void ShardThread::merge(bool stop)
{
    run_and_wait([this, stop](Xapian::WritableDatabase& db) {
        if (!bulk_) return;
        db.commit();
        db.close();
        bulk_->merge_into_shard();
        db = Xapian::WritableDatabase(path_, Xapian::DB_OPEN);
        if (stop) bulk_.reset();
    });
}

void ShardThread::remove(const std::string& unique_term)
{
    tasks_.push({[unique_term](Xapian::WritableDatabase& db) { db.delete_document(unique_term); }, nullptr});
}

std::future<void> ShardThread::start(std::function<void(Xapian::WritableDatabase&)> work)
{
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> finished = done->get_future();
    tasks_.push({std::move(work), done});
    return finished;
}

void ShardThread::run_and_wait(std::function<void(Xapian::WritableDatabase&)> work)
{
    start(std::move(work)).get();
    if (error_) std::rethrow_exception(error_);
}

void ShardThread::commit()
{
    run_and_wait([this](Xapian::WritableDatabase& db) { bulk_ ? bulk_->end_batch() : db.commit(); });
}

void ShardThread::start_commit()
{
    committed_ = start([this](Xapian::WritableDatabase& db) { bulk_ ? bulk_->end_batch() : db.commit(); });
}

void ShardThread::finish_commit()
{
    if (committed_.valid()) committed_.get();
    if (error_) std::rethrow_exception(error_);
}

void ShardThread::compact()
{
    run_and_wait([this](Xapian::WritableDatabase& db) {
        db.commit();
        db.close();
        compact_database(path_);
        db = Xapian::WritableDatabase(path_, Xapian::DB_OPEN);
    });
}

Xapian::doccount ShardThread::documents()
{
    Xapian::doccount n = 0;
    run_and_wait([&n](Xapian::WritableDatabase& db) { n = db.get_doccount(); });
    return n;
}

void ShardThread::remove_unless(const std::string& prefix, const std::function<bool(const std::string&)>& keep)
{
    run_and_wait([&](Xapian::WritableDatabase& db) { remove_documents_unless(db, prefix, keep); });
}

void remove_documents_unless(Xapian::WritableDatabase& db, const std::string& prefix,
                             const std::function<bool(const std::string&)>& keep)
{
    // Collected first: deleting while the term list is read would change it.
    std::vector<std::string> stray;
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
        if (!keep(*t)) stray.push_back(*t);
    for (const auto& t : stray) db.delete_document(t);
}

} // namespace cablesearch
