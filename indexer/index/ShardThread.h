#pragma once
// One shard of the index written by a thread of its own: Xapian's work on
// each document (the bottleneck of indexing) then runs on two cores. The
// owner queues replacements and deletions, and waits for commits; the
// first error the shard meets (a full disk) is thrown from the next wait,
// as its own exception type.

#include "index/BlockingQueue.h"
#include "index/BulkBatches.h"

#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <thread>

#include <xapian.h>

namespace cablesearch {

class ShardThread {
public:
    explicit ShardThread(std::string path);
    // Stops after the queued work, committing nothing more.
    ~ShardThread();
    ShardThread(const ShardThread&) = delete;
    ShardThread& operator=(const ShardThread&) = delete;

    // The document is handed over: Xapian counts references to it without
    // atomics, so no other thread may keep one. In a bulk build it goes into
    // the current batch, unless into_shard: a copy that replaces one merged
    // before, which a batch would not replace (committed with the next merge).
    void replace(const std::string& unique_term, Xapian::Document&& doc, bool into_shard = false);
    void remove(const std::string& unique_term);
    // Runs work on the shard's database after the queued work, and waits
    // for it (throwing its error). work may use what its caller holds, but
    // must leave the shard no Xapian object that outlives it.
    void run(const std::function<void(Xapian::WritableDatabase&)>& work) { run_and_wait(work); }

    // From now on documents go into bulk batches (BulkBatches.h), merged
    // into the shard by merge(); until then a commit ends a batch.
    void start_bulk();
    // Merges the batches into the shard; with stop, documents go straight
    // into the shard again. Waits, and throws the error.
    void merge(bool stop);

    // A commit the owner waits for later (finish_commit, which throws its
    // error), doing its own work meanwhile.
    void start_commit();
    void finish_commit();
    // These wait for the queued work and this step, and throw its error.
    void commit();
    void compact(); // see IndexWriter::compact
    Xapian::doccount documents();
    // Deletes (without committing) the documents whose unique term (of those
    // starting with prefix) keep() refuses.
    void remove_unless(const std::string& prefix, const std::function<bool(const std::string&)>& keep);

private:
    struct Task {
        std::function<void(Xapian::WritableDatabase&)> work;
        std::shared_ptr<std::promise<void>> done; // set when an owner waits for it
    };
    std::future<void> start(std::function<void(Xapian::WritableDatabase&)> work);
    void run_and_wait(std::function<void(Xapian::WritableDatabase&)> work);

    std::string path_;
    Xapian::WritableDatabase db_; // used by the thread only, once it runs
    std::unique_ptr<BulkBatches> bulk_; // likewise
    BlockingQueue<Task> tasks_{256};
    std::exception_ptr error_;    // the first failure, set by the thread
    std::future<void> committed_; // of start_commit
    std::thread thread_;
};

// Compacts the database at path (closed by the caller) into a new folder
// that then replaces it in one atomic rename: readers see the old one or the
// new one.
void compact_database(const std::string& path);
// Compacts sources (whose first database is the one at path, closed by the
// caller) into a new folder that then replaces path in one atomic rename.
void merge_compacted(Xapian::Database& sources, const std::string& path);
// What a compaction cut short left beside path.
void remove_compaction_leftovers(const std::string& path);
// Deletes (without committing) the documents of db whose unique term (of
// those starting with prefix) keep() refuses.
void remove_documents_unless(Xapian::WritableDatabase& db, const std::string& prefix,
                             const std::function<bool(const std::string&)>& keep);

} // namespace cablesearch
