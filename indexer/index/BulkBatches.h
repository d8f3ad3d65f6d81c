#pragma once
// A shard built in bulk (a new index): each batch of documents goes into a
// small database of its own, written once, and the batches are merged into
// the shard from time to time by Xapian's compaction, its documented way to
// build a large database. Committed into the shard itself, each batch would
// rewrite the blocks of every posting and position list it touched, which
// the shard has spread over more blocks the larger it grows: 9 bytes written
// for each byte of index over 50,000 cables, 12 over the whole release.
//
// Until a merge the batches are no part of the index: readers do not see
// them, and a run stopped before the merge leaves them behind, to be removed
// by the next run (remove_bulk_leftovers) which reads their files again (the
// file states that record them are written after the merge).
//
// Used by one thread at a time (the shard's writer).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

class BulkBatches {
public:
    explicit BulkBatches(std::string shard_path);
    BulkBatches(const BulkBatches&) = delete;
    BulkBatches& operator=(const BulkBatches&) = delete;

    // The database of the current batch (made when first asked for).
    Xapian::WritableDatabase& batch();
    // Commits the current batch and closes it; the next batch() opens another.
    void end_batch();
    // Batches ended and not yet merged.
    size_t pending() const { return ended_.size(); }
    // Merges the ended batches into the shard at shard_path (which the
    // caller has committed and closed): one compaction into a new folder
    // that replaces the shard in one atomic rename, then the batches go.
    void merge_into_shard();

private:
    std::string shard_;
    std::string folder_; // the batches' folder, beside the shard
    std::vector<std::string> ended_;
    std::optional<Xapian::WritableDatabase> current_;
    size_t next_ = 0;
};

// What a run stopped before a merge left beside the shard at path.
void remove_bulk_leftovers(const std::string& shard_path);

} // namespace cablesearch
