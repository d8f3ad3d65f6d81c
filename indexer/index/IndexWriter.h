#pragma once
// Applies parsed cables to the Xapian index: one document per reference id,
// file states kept beside them, batches committed atomically. Knows which
// file holds the indexed copy of each id, so that re-runs update and delete
// exactly what changed.
//
// Duplicates (editions): when two files hold the same reference id, the
// fullest copy is indexed (Editions.h: no redactions, else the longer text,
// else the path that sorts first); the others are noted, remembered in the
// indexed document (kEditionsSlot) and a warning names both and why. If the
// winning copy goes away or becomes the lesser, the next-best copy is read
// again from its file and takes its place.

#include "index/BulkBatches.h"
#include "index/CorpusWalker.h"
#include "index/Editions.h"
#include "index/FileState.h"
#include "index/RunScope.h"
#include "index/ShardLayout.h"
#include "index/ShardThread.h"
#include "index/Vocabulary.h"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

namespace cablesearch {

struct IndexCounts {
    size_t added = 0, updated = 0, deleted = 0;           // cables
    size_t files_read = 0, files_unchanged = 0, files_deleted = 0, files_failed = 0;
    size_t duplicates = 0;
};

class IndexWriter {
public:
    // Opens (creating when needed) the index at path. Throws Xapian errors
    // (DatabaseLockError when another cable-index is writing).
    // shards_if_new: how many shards a new index gets (ShardLayout.h).
    explicit IndexWriter(const std::string& path, size_t shards_if_new = kDefaultShards);
    ~IndexWriter();

    // Files of the listing that must be read: new or changed since the last
    // run, and files holding a second copy of an id whose first copy's file
    // is gone. Files the scope names that the index knows but the listing
    // lacks are deleted from the index here; so are all the files it does
    // not name when it prunes. Remembers the scope's roots.
    std::vector<CorpusFile> plan(const CorpusListing& listing, const RunScope& scope);
    // What plan() kept (or pruned) of the files of earlier runs the scope
    // does not name.
    const std::vector<LeftOutPath>& left_out() const { return left_out_; }

    void begin_file(const std::string& path);
    // words: of the cable's text, for the vocabulary (those it may not have).
    // edition: what the copy is (Editions.h); without one, it is measured as
    // an empty text.
    void add_cable(const std::string& path, const std::string& id, Xapian::Document&& doc, long line,
                   const std::vector<std::string>& words = {}, Edition edition = {});
    // Records the file as read (its state is written with the next commit).
    void end_file(const CorpusFile& file);
    // The file could not be read: its earlier cables stay in the index.
    void fail_file(const std::string& path);

    // Commits when enough work is pending; returns true when it did. In a
    // bulk build that ends a batch, and merges the batches when they hold as
    // many cables as the index (see start_bulk).
    bool maybe_commit();
    // Commits all that is pending (merging the batches of a bulk build).
    void commit();
    // Whether the documents go into bulk batches (a new index, see start_bulk).
    bool bulk() const { return home_bulk_ != nullptr; }

    // Rewrites the committed index compactly (Xapian's compaction, one
    // source) into a new folder that then replaces it in one atomic rename:
    // readers see the old index or the new one. Small batches are fast to
    // write but leave half-empty blocks; this gives the space back.
    void compact();
    Xapian::doccount documents();

    // Files holding the other copy of an id whose indexed copy was just
    // deleted (and still recorded); the caller reads them again in this run.
    std::vector<std::string> take_rereads();

    const IndexCounts& counts() const { return counts_; }
    std::vector<std::string> take_warnings();
    size_t pending_documents() const { return pending_; }
    // 0: a batch of 500 cables; outside a bulk build, growing with the index
    // to 5,000 (see maybe_commit).
    void set_batch_size(size_t docs) { batch_size_ = docs; }
    // The home shard's user metadata; what is set is committed with the next commit.
    std::string metadata(const std::string& key) { return db_.get_metadata(key); }
    void set_metadata(const std::string& key, const std::string& value) { db_.set_metadata(key, value); }

private:
    void delete_owned(const std::string& path, const std::string& id);
    void write_document(const std::string& id, Xapian::Document&& doc);
    void remove_document(const std::string& id);
    void remove_unrecorded_documents();
    // Editions (see the top of this file).
    void with_database_of(const std::string& id, const std::function<void(Xapian::WritableDatabase&)>& work);
    // The editions stored with id's indexed document (that one included,
    // with its text when with_indexed_text and it has redactions).
    std::vector<Edition> stored_editions(const std::string& id, bool with_indexed_text);
    void change_stored_editions(const std::string& id, const std::function<void(std::vector<Edition>&)>& change);
    // The copy in path (not the indexed one) is gone.
    void drop_edition(const std::string& id, const std::string& path);
    // A copy recorded in another file is fuller than the indexed one: read it again.
    void reread_if_fuller_elsewhere(const std::string& id);
    bool alive(const std::string& path) const { return states_.count(path) || reading_.count(path); }
    // Commits every shard at once (the home one by this thread).
    void commit_every_shard();
    // A new index is built in bulk (BulkBatches.h): each batch of each shard
    // written once into a database of its own, the batches merged into the
    // shards when they hold as many cables as the shards do, and at the end.
    // Each cable is then written about three times (its batch, then a merge
    // or two), where committing every batch into the growing shards wrote
    // the index about ten times over.
    void start_bulk();
    // Merges the batches into every shard, then commits the file states that
    // record their cables (a run stopped between the two leaves cables no
    // file records: the next run removes them and reads their files again).
    // With stop, documents go straight into the shards from then on.
    void merge_bulk(bool stop);
    // A cable written in this bulk build into a batch not yet merged is seen
    // neither by replace_document nor by the editions: merged, it is in its
    // shard. The build goes on in batches.
    void merge_if_batched(const std::string& id);
    // The commit of a batch of that many cables (maybe_commit).
    void commit_batch(size_t batch);
    // Writes the file states, vocabulary and commit count, and commits the
    // home shard.
    void commit_home();
    void write_state(const std::string& path);

    std::string path_;
    std::vector<std::string> shard_paths_; // home first (ShardLayout.h)
    Xapian::WritableDatabase db_;          // the home shard, written by this thread
    std::vector<std::unique_ptr<ShardThread>> shards_;     // the others, each by its own
    std::vector<std::set<std::string>> deferred_deletes_; // per shard, when several: see commit()
    unsigned long commits_ = 0;
    uint64_t written_before_batch_ = 0; // bytes_written_by_process() at the last commit
    Vocabulary vocabulary_{db_};
    std::map<std::string, FileState> states_;                          // by path
    struct Holder {
        std::string path;
        EditionMeasure measure;
    };
    std::unordered_map<std::string, Holder> owner_;                    // id -> the file holding the indexed copy
    std::unordered_map<std::string, std::map<std::string, EditionMeasure>> others_; // id -> files with a copy that lost
    // The other editions of an id whose indexed copy was deleted in this
    // run, for the copy read again in its place.
    std::unordered_map<std::string, std::vector<Edition>> carried_;
    std::set<std::string> listed_;                                     // paths in this run's listing
    std::set<std::string> dirty_;
    std::set<std::string> rereads_;                                      // states to write at the next commit
    struct Reading {
        std::vector<FileCable> cables;
        std::unordered_set<std::string> ids;
    };
    std::map<std::string, Reading> reading_;                           // files being read: cables so far
    std::vector<std::string> warnings_;
    std::vector<LeftOutPath> left_out_;
    IndexCounts counts_;
    size_t pending_ = 0;
    size_t batch_size_ = 0;
    size_t documents_at_open_ = 0;
    std::unique_ptr<BulkBatches> home_bulk_; // the home shard's, in a bulk build
    size_t bulk_pending_ = 0;                // cables in batches not yet merged
    size_t bulk_merged_ = 0;                 // cables in the shards at the last merge
    size_t bulk_batches_allowed_ = 1;        // batches that may wait for a merge (OpenFileLimit.h)
    std::unordered_set<std::string> batched_; // ids written into batches since the last merge
};

} // namespace cablesearch
