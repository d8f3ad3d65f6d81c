#include "index/IndexWriter.h"

#include "index/DiskSpace.h"
#include "index/OpenFileLimit.h"
#include "index/Schema.h"
#include "model/CableJson.h"
#include "index/ShardLayout.h"

#include <algorithm>
#include <future>
#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

namespace {

// Cables per batch: all of a bulk build's, and an update's first, which grow
// with the index (see maybe_commit).
constexpr size_t kBatchCables = 500;

// Xapian keys are limited to about 245 bytes; long paths are keyed by a hash
// and the path is kept in the value.
std::string state_key(const std::string& path)
{
    if (path.size() <= 200) return std::string(kFileStateKeyPrefix) + path;
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : path) h = (h ^ c) * 1099511628211ULL;
    return fmt::format("{}#{:016x}", kFileStateKeyPrefix, h);
}

// The state of a file whose reading is not finished: its cables of the last
// run and those read so far (whose ownership is the newer), with a size and
// time no file has, so that the next run reads it again.
FileState partly_read(const FileState* before, const std::vector<FileCable>& so_far)
{
    std::unordered_set<std::string> read;
    for (const auto& c : so_far) read.insert(c.id);
    FileState state;
    if (before)
        for (const auto& c : before->cables)
            if (!read.count(c.id)) state.cables.push_back(c);
    state.cables.insert(state.cables.end(), so_far.begin(), so_far.end());
    return state;
}

} // namespace

IndexWriter::IndexWriter(const std::string& path, size_t shards_if_new) : path_(path)
{
    while (path_.size() > 1 && path_.ends_with('/')) path_.pop_back();
    shard_paths_ = open_shard_layout(path_, shards_if_new);
    db_ = Xapian::WritableDatabase(shard_paths_.front(), Xapian::DB_CREATE_OR_OPEN);
    // Holding the lock, what a compaction or a bulk build cut short left
    // beside the index is ours.
    remove_compaction_leftovers(shard_paths_.front());
    remove_bulk_leftovers(shard_paths_.front());
    const std::string version_key(schema::kSchemaVersionKey);
    std::string version = db_.get_metadata(version_key);
    if (version.empty() && db_.get_doccount() == 0) db_.set_metadata(version_key, version = schema::kSchemaVersion);
    // Terms of two schemas in one index would each miss the other's cables.
    if (version != schema::kSchemaVersion)
        throw std::runtime_error(fmt::format("{}: the index was made by another version of cable-index (index "
                                             "schema {}, this one writes {}); index into a new --db, or delete "
                                             "this one and index again",
                                             path_, version.empty() ? "1" : version, schema::kSchemaVersion));

    std::string prefix(kFileStateKeyPrefix);
    for (auto it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it) {
        std::string value = db_.get_metadata(*it);
        size_t nl = value.find('\n');
        if (nl == std::string::npos) continue;
        std::string file = value.substr(0, nl);
        auto state = parse_file_state(std::string_view(value).substr(nl + 1));
        if (!state) continue;
        for (const auto& c : state->cables) {
            if (c.owned) owner_[c.id] = Holder{file, c.measure};
            else others_[c.id][file] = c.measure;
        }
        states_.emplace(std::move(file), std::move(*state));
    }
    std::string commits = db_.get_metadata(std::string(schema::kCommitKey));
    commits_ = commits.empty() ? 0 : std::stoul(commits);
    for (size_t i = 1; i < shard_paths_.size(); ++i) shards_.push_back(std::make_unique<ShardThread>(shard_paths_[i]));
    if (!shards_.empty()) deferred_deletes_.resize(shard_paths_.size());
    remove_unrecorded_documents();
    // An id only lost copies record: the run that deleted its kept copy
    // stopped, or could not read the next-best copy, before that took over.
    // Every copy is read again (the fullest takes over, the others are
    // remembered with it).
    for (const auto& [id, files] : others_)
        if (!owner_.count(id))
            for (const auto& [file, measure] : files) rereads_.insert(file);
    if (documents_at_open_ == 0 && states_.empty()) start_bulk();
}

IndexWriter::~IndexWriter() = default;

void IndexWriter::remove_unrecorded_documents()
{
    // Every indexed cable is owned by a file; only a run stopped between the
    // commits of two shards (see commit()), or between a bulk merge and the
    // file states after it (see merge_bulk()), leaves others behind.
    documents_at_open_ = documents();
    if (documents_at_open_ == owner_.size()) return;
    const std::string prefix(schema::kIdPrefix);
    auto recorded = [&](const std::string& term) { return owner_.count(term.substr(prefix.size())) > 0; };
    for (auto& shard : shards_) shard->remove_unless(prefix, recorded);
    remove_documents_unless(db_, prefix, recorded);
    commit_every_shard();
    documents_at_open_ = documents();
}

Xapian::doccount IndexWriter::documents()
{
    Xapian::doccount n = db_.get_doccount();
    for (auto& shard : shards_) n += shard->documents();
    return n;
}

void IndexWriter::write_document(const std::string& id, Xapian::Document&& doc)
{
    std::string term = schema::id_term(id);
    size_t shard = shard_of(term, shard_paths_.size());
    if (!deferred_deletes_.empty()) deferred_deletes_[shard].erase(term);
    // In a bulk build, a cable indexed before is in its shard (add_cable
    // merged it there): only the shard's own replace_document replaces it.
    const bool into_shard = bulk() && owner_.count(id);
    if (bulk() && !into_shard) batched_.insert(id);
    if (shard == 0) (home_bulk_ && !into_shard ? home_bulk_->batch() : db_).replace_document(term, doc);
    else shards_[shard - 1]->replace(term, std::move(doc), into_shard);
}

void IndexWriter::remove_document(const std::string& id)
{
    // The cable may be in a batch: merged, it is in its shard.
    if (bulk()) merge_bulk(true);
    std::string term = schema::id_term(id);
    // One database: the deletion commits with the file states. Shards: see commit().
    if (shards_.empty()) db_.delete_document(term);
    else deferred_deletes_[shard_of(term, shard_paths_.size())].insert(term);
}

std::vector<std::string> IndexWriter::take_warnings()
{
    std::vector<std::string> out;
    out.swap(warnings_);
    return out;
}

std::vector<std::string> IndexWriter::take_rereads()
{
    std::vector<std::string> out;
    // A file pruned after it was picked holds nothing the index keeps.
    for (const auto& path : rereads_)
        if (states_.count(path)) out.push_back(path);
    rereads_.clear();
    return out;
}

void IndexWriter::delete_owned(const std::string& path, const std::string& id)
{
    auto it = owner_.find(id);
    if (it == owner_.end() || it->second.path != path) return;
    // Another file has a copy of this id: the next-best is read again, takes
    // over, and gets the other editions this document remembered.
    std::vector<Edition> rest;
    if (auto o = others_.find(id); o != others_.end() && !o->second.empty()) {
        rest = stored_editions(id, false);
        std::erase_if(rest, [](const Edition& e) { return e.indexed; });
    }
    remove_document(id);
    owner_.erase(it);
    ++counts_.deleted;
    ++pending_;
    auto o = others_.find(id);
    if (o == others_.end()) return;
    const std::pair<const std::string, EditionMeasure>* best = nullptr;
    for (const auto& other : o->second)
        if (other.first != path && states_.count(other.first) &&
            (!best || is_fuller(other.second, other.first, best->second, best->first)))
            best = &other;
    if (!best) return;
    rereads_.insert(best->first);
    carried_[id] = std::move(rest);
}

void IndexWriter::with_database_of(const std::string& id, const std::function<void(Xapian::WritableDatabase&)>& work)
{
    merge_if_batched(id);
    size_t shard = shard_of(schema::id_term(id), shard_paths_.size());
    if (shard == 0) work(db_);
    else shards_[shard - 1]->run(work);
}

namespace {

// The editions of a document: its slot, else the one edition its cable is.
std::vector<Edition> editions_of_document(const Xapian::Document& doc, bool with_indexed_text)
{
    std::vector<Edition> editions = decode_editions(doc.get_value(schema::kEditionsSlot));
    bool need_cable = editions.empty();
    for (const auto& e : editions) need_cable = need_cable || (e.indexed && with_indexed_text && e.measure.redactions > 0);
    if (!need_cable) return editions;
    Cable cable = cable_from_json(nlohmann::ordered_json::parse(doc.get_data(), nullptr, false));
    Edition own = edition_of(cable);
    own.indexed = true;
    if (!with_indexed_text) own.text.clear();
    if (editions.empty()) return {own};
    for (auto& e : editions)
        if (e.indexed) e.text = own.text;
    return editions;
}

// The document keyed by term, if any.
std::optional<Xapian::docid> document_of(Xapian::WritableDatabase& db, const std::string& term)
{
    Xapian::PostingIterator p = db.postlist_begin(term);
    if (p == db.postlist_end(term)) return std::nullopt;
    return *p;
}

} // namespace

std::vector<Edition> IndexWriter::stored_editions(const std::string& id, bool with_indexed_text)
{
    std::vector<Edition> editions;
    const std::string term = schema::id_term(id);
    with_database_of(id, [&](Xapian::WritableDatabase& db) {
        if (auto docid = document_of(db, term)) editions = editions_of_document(db.get_document(*docid), with_indexed_text);
    });
    // The indexed copy is known by its file here, whatever its stored cable says.
    if (auto o = owner_.find(id); o != owner_.end())
        for (auto& e : editions)
            if (e.indexed) e.path = o->second.path;
    return editions;
}

void IndexWriter::change_stored_editions(const std::string& id, const std::function<void(std::vector<Edition>&)>& change)
{
    const std::string term = schema::id_term(id);
    const std::string owner = owner_.count(id) ? owner_[id].path : std::string();
    with_database_of(id, [&](Xapian::WritableDatabase& db) {
        auto docid = document_of(db, term);
        if (!docid) return;
        Xapian::Document doc = db.get_document(*docid);
        std::vector<Edition> editions = editions_of_document(doc, false);
        for (auto& e : editions)
            if (e.indexed) e.path = owner;
        change(editions);
        order_editions(editions);
        if (editions.size() > 1) doc.add_value(schema::kEditionsSlot, encode_editions(editions));
        else doc.remove_value(schema::kEditionsSlot);
        db.replace_document(*docid, doc);
    });
    ++pending_;
}

void IndexWriter::drop_edition(const std::string& id, const std::string& path)
{
    auto o = others_.find(id);
    if (o == others_.end() || !o->second.erase(path)) return;
    if (o->second.empty()) others_.erase(o);
    auto not_indexed_in = [&](const Edition& e) { return !e.indexed && e.path == path; };
    if (auto own = owner_.find(id); own != owner_.end() && own->second.path != path)
        change_stored_editions(id, [&](std::vector<Edition>& editions) { std::erase_if(editions, not_indexed_in); });
    else if (auto c = carried_.find(id); c != carried_.end())
        std::erase_if(c->second, not_indexed_in);
}

void IndexWriter::reread_if_fuller_elsewhere(const std::string& id)
{
    auto o = others_.find(id);
    auto own = owner_.find(id);
    if (o == others_.end() || own == owner_.end()) return;
    std::string best = own->second.path;
    EditionMeasure best_measure = own->second.measure;
    for (const auto& [path, measure] : o->second)
        if (alive(path) && is_fuller(measure, path, best_measure, best)) {
            best = path;
            best_measure = measure;
        }
    // A file being read gives its copy in this run anyway.
    if (best != own->second.path && !reading_.count(best)) rereads_.insert(best);
}

namespace {

// Groups the files of earlier runs a scope does not name by the remembered
// path that holds each (the longest), standard input apart.
class LeftOutGroups {
public:
    explicit LeftOutGroups(const std::vector<std::string>& remembered) : remembered_(remembered) {}

    void add(const std::string& path, const FileState& state)
    {
        std::string root;
        if (path == kStandardInputPath) root = path;
        else
            for (const auto& r : remembered_)
                if (is_below(path, r) && r.size() > root.size()) root = r;
        LeftOutPath& group = groups_[root];
        group.root = root;
        ++group.files;
        for (const auto& c : state.cables) group.cables += c.owned;
    }

    std::vector<LeftOutPath> take()
    {
        std::vector<LeftOutPath> out;
        for (auto& [root, group] : groups_) out.push_back(std::move(group));
        return out;
    }

private:
    const std::vector<std::string>& remembered_;
    std::map<std::string, LeftOutPath> groups_;
};

} // namespace

std::vector<CorpusFile> IndexWriter::plan(const CorpusListing& listing, const RunScope& scope)
{
    listed_.clear();
    for (const auto& f : listing.files) listed_.insert(f.path.string());

    // Files the run names that are gone leave the index; so, when it
    // prunes, do the files it does not name. Standard input is never gone
    // from a run that reads it: its cables only add up.
    const std::string roots_key(schema::kRootsKey);
    std::vector<std::string> remembered = parse_roots(db_.get_metadata(roots_key));
    LeftOutGroups left_out(remembered);
    std::vector<std::string> gone;
    for (const auto& [path, state] : states_) {
        if (listed_.count(path) || (path == kStandardInputPath && scope.standard_input)) continue;
        if (scope.names(path)) {
            gone.push_back(path);
            continue;
        }
        left_out.add(path, state);
        if (scope.prune) gone.push_back(path);
    }
    left_out_ = left_out.take();
    for (const auto& path : gone) {
        FileState state = std::move(states_[path]);
        states_.erase(path);
        for (const auto& c : state.cables) {
            if (c.owned) delete_owned(path, c.id);
            else drop_edition(c.id, path);
        }
        db_.set_metadata(state_key(path), "");
        ++counts_.files_deleted;
    }
    // With the first commit, as the file states.
    std::string roots = serialize_roots(remembered_roots(remembered, scope));
    if (roots != db_.get_metadata(roots_key)) db_.set_metadata(roots_key, roots);

    std::vector<CorpusFile> todo;
    for (const auto& f : listing.files) {
        auto it = states_.find(f.path.string());
        bool unchanged = it != states_.end() && it->second.size == f.size && it->second.mtime_ns == f.mtime_ns;
        if (unchanged && !rereads_.count(f.path.string())) ++counts_.files_unchanged;
        else todo.push_back(f);
    }
    for (const auto& f : todo) rereads_.erase(f.path.string());
    // Copies in listed files take over now; those in files the run does not
    // name are the caller's (take_rereads).
    for (const auto& f : listing.files)
        if (rereads_.erase(f.path.string())) {
            todo.push_back(f);
            --counts_.files_unchanged;
        }
    return todo;
}

void IndexWriter::begin_file(const std::string& path) { reading_[path] = Reading{}; }

void IndexWriter::add_cable(const std::string& path, const std::string& id, Xapian::Document&& doc, long line,
                            const std::vector<std::string>& words, Edition edition)
{
    // Also from a copy that loses to another: the builder gives each word once.
    vocabulary_.add(words);
    auto& reading = reading_[path];
    auto& cables = reading.cables;
    if (!reading.ids.insert(id).second) {
        warnings_.push_back(line > 0 ? fmt::format("{}:{}: {} appears twice in this file; the first copy is kept", path, line, id)
                                     : fmt::format("{}: {} appears twice in this file; the first copy is kept", path, id));
        ++counts_.duplicates;
        return;
    }
    edition.path = path;
    if (line > 0) edition.line = line;
    const EditionMeasure measure = edition.measure;

    std::vector<Edition> editions; // the other editions, stored with this one when it is indexed
    // A copy of a cable written before: in its shard, this copy replaces it
    // or changes its editions (write_document). The generated release holds
    // one such id, and ending the bulk build there cost half the build its
    // batches (5.2 bytes written per byte of index, not 3.3).
    merge_if_batched(id);
    auto owner = owner_.find(id);
    const bool existed = owner != owner_.end();
    if (existed && owner->second.path != path) {
        const Holder held = owner->second;
        const bool held_alive = alive(held.path);
        ++counts_.duplicates;
        if (held_alive && is_fuller(held.measure, held.path, measure, path)) {
            warnings_.push_back(fmt::format("{} is in both {} and {}; kept the copy in {}: {}", id, held.path, path,
                                            held.path, why_fuller(held.measure, measure)));
            cables.push_back({id, false, measure});
            others_[id][path] = measure;
            edition.indexed = false;
            if (measure.redactions == 0) edition.text.clear();
            change_stored_editions(id, [&](std::vector<Edition>& list) {
                std::erase_if(list, [&](const Edition& e) { return !e.indexed && e.path == path; });
                list.push_back(std::move(edition));
            });
            return;
        }
        warnings_.push_back(fmt::format("{} is in both {} and {}; kept the copy in {}: {}", id, path, held.path, path,
                                        held_alive ? why_fuller(measure, held.measure)
                                                   : fmt::format("{} is no longer read", held.path)));
        // The indexed copy becomes another edition, with its text.
        editions = stored_editions(id, true);
        for (auto& e : editions) e.indexed = false;
        if (auto st = states_.find(held.path); st != states_.end()) {
            for (auto& c : st->second.cables)
                if (c.id == id) c.owned = false;
            dirty_.insert(held.path);
        }
        if (auto r = reading_.find(held.path); r != reading_.end())
            for (auto& c : r->second.cables)
                if (c.id == id) c.owned = false;
        if (held_alive) others_[id][held.path] = held.measure;
    } else if (existed) {
        // This file's copy again: the other editions stay.
        if (auto o = others_.find(id); o != others_.end() && !o->second.empty()) editions = stored_editions(id, false);
    } else if (auto c = carried_.find(id); c != carried_.end()) {
        editions = std::move(c->second);
        carried_.erase(c);
    }
    auto o = others_.find(id);
    std::erase_if(editions, [&](const Edition& e) {
        return e.indexed || e.path == path || o == others_.end() || !o->second.count(e.path);
    });
    if (!editions.empty()) {
        edition.indexed = true;
        edition.text.clear();
        editions.push_back(std::move(edition));
        order_editions(editions);
        doc.add_value(schema::kEditionsSlot, encode_editions(editions));
    }
    write_document(id, std::move(doc));
    owner_[id] = Holder{path, measure};
    if (o != others_.end()) {
        o->second.erase(path);
        if (o->second.empty()) others_.erase(o);
    }
    existed ? ++counts_.updated : ++counts_.added;
    cables.push_back({id, true, measure});
    ++pending_;
    // This file's copy got shorter (or gained redactions): a fuller one takes over.
    reread_if_fuller_elsewhere(id);
}

void IndexWriter::end_file(const CorpusFile& file)
{
    const std::string path = file.path.string();
    Reading reading = std::move(reading_[path]);
    reading_.erase(path);
    std::vector<FileCable> cables = std::move(reading.cables);
    if (auto old = states_.find(path); old != states_.end()) {
        for (const auto& c : old->second.cables) {
            if (reading.ids.count(c.id)) continue;
            // Standard input is not one file read again: what it gave
            // before stays, with what it gives now.
            if (path == kStandardInputPath) cables.push_back(c);
            else if (c.owned) delete_owned(path, c.id);
            else drop_edition(c.id, path);
        }
    }
    states_[path] = FileState{file.size, file.mtime_ns, std::move(cables)};
    dirty_.insert(path);
    ++counts_.files_read;
}

void IndexWriter::fail_file(const std::string& path)
{
    ++counts_.files_failed;
    auto it = reading_.find(path);
    if (it == reading_.end()) return;
    if (!it->second.cables.empty()) {
        // Part of the file was read (a csv dump cut short): keep what was
        // indexed, and leave the state stale so the next run reads it again.
        FileState& st = states_[path];
        for (auto& o : st.cables)
            if (it->second.ids.count(o.id)) o.owned = owner_.count(o.id) && owner_[o.id].path == path;
        std::unordered_set<std::string> known;
        for (auto& o : st.cables) known.insert(o.id);
        for (auto& c : it->second.cables)
            if (!known.count(c.id)) st.cables.push_back(c);
        st.size = 0;
        st.mtime_ns = 0;
        dirty_.insert(path);
    }
    reading_.erase(it);
}

void IndexWriter::write_state(const std::string& path)
{
    auto it = states_.find(path);
    if (it == states_.end()) db_.set_metadata(state_key(path), "");
    else db_.set_metadata(state_key(path), path + "\n" + serialize_file_state(it->second));
}

bool IndexWriter::maybe_commit()
{
    // Small batches keep Xapian's in-memory inverter fast: it looks up every
    // posting in maps of all the terms the batch has met so far. In a bulk
    // build each batch is a new database, which costs the same to commit
    // however large the index: 500 cables it is (49,446 cables of real text:
    // 151 s of CPU in batches of 500, 161 s growing to 1,225, 208 s in
    // batches of 5,000). Otherwise each commit rewrites the blocks of every
    // posting list its batch touched, which a large index has spread over
    // many more blocks: 250 KB written per cable at 190,000 cables in batches
    // of 500. Batches then grow with the index.
    size_t batch = batch_size_;
    if (batch == 0 && bulk()) {
        batch = kBatchCables;
    } else if (batch == 0) {
        size_t documents = documents_at_open_ + counts_.added - std::min(documents_at_open_ + counts_.added, counts_.deleted);
        batch = std::clamp<size_t>(documents / 40, kBatchCables, 5000);
    }
    if (pending_ < batch) return false;
    commit_batch(batch);
    return true;
}

void IndexWriter::start_bulk()
{
    bulk_batches_allowed_ = bulk_batches_allowed(raise_open_file_limit(), shard_paths_.size());
    home_bulk_ = std::make_unique<BulkBatches>(shard_paths_.front());
    for (auto& shard : shards_) shard->start_bulk();
}

void IndexWriter::commit_batch(size_t batch)
{
    if (!bulk()) return commit();
    // The first merge at four batches, then each when the batches hold as
    // many cables as the shards: a cable is merged about twice in all, and a
    // run stopped loses at most half of what it did. Sooner when one batch
    // more would need more open files than the merge may have.
    bulk_pending_ += pending_;
    if (bulk_pending_ >= std::max(4 * batch, bulk_merged_) || home_bulk_->pending() + 1 >= bulk_batches_allowed_)
        return merge_bulk(false);
    uint64_t written = bytes_written_by_process();
    require_room_for_commit(shard_paths_.front(), written - std::min(written, written_before_batch_));
    for (auto& shard : shards_) shard->start_commit(); // ends its batch
    home_bulk_->end_batch();
    for (auto& shard : shards_) shard->finish_commit();
    pending_ = 0;
    written_before_batch_ = written;
}

void IndexWriter::merge_if_batched(const std::string& id)
{
    if (bulk() && batched_.count(id)) merge_bulk(false);
}

void IndexWriter::merge_bulk(bool stop)
{
    // Room for a copy of the shards and batches (what a merge writes), twice.
    uint64_t bytes = 0;
    for (const auto& path : shard_paths_) bytes += folder_bytes(path) + folder_bytes(path + ".batches");
    require_room_for_commit(shard_paths_.front(), bytes);
    std::vector<std::future<void>> others;
    for (auto& shard : shards_) others.push_back(std::async(std::launch::async, [&shard, stop] { shard->merge(stop); }));
    // The home shard's own changes (the roots, the schema version) go first.
    try {
        db_.commit();
        db_.close();
        home_bulk_->merge_into_shard();
        db_ = Xapian::WritableDatabase(shard_paths_.front(), Xapian::DB_OPEN);
    } catch (...) {
        for (auto& f : others) f.wait();
        throw;
    }
    for (auto& f : others) f.get();
    if (stop) home_bulk_.reset();
    bulk_pending_ = 0;
    bulk_merged_ = documents();
    batched_.clear();
    commit_home();
    pending_ = 0;
    written_before_batch_ = bytes_written_by_process();
}

void IndexWriter::commit()
{
    if (bulk()) return merge_bulk(false);
    // Sharded, in three steps. The documents of every shard, all at once;
    // then the file states that record them, in the home shard; then the
    // deletions, which waited until no file state recorded their cables. A
    // run stopped between two steps leaves cables of the corpus that no file
    // state records yet (the next run removes them, and reads their files
    // again), never a recorded cable missing.
    // What the last batch wrote, this one will about write again.
    uint64_t written = bytes_written_by_process();
    if (pending_ > 0 || !dirty_.empty())
        require_room_for_commit(shard_paths_.front(), written - std::min(written, written_before_batch_));
    if (!shards_.empty()) commit_every_shard();
    commit_home();
    pending_ = 0;
    written_before_batch_ = written;
    bool deleted = false;
    for (size_t i = 0; i < deferred_deletes_.size(); ++i) {
        for (const auto& term : deferred_deletes_[i]) {
            if (i == 0) db_.delete_document(term);
            else shards_[i - 1]->remove(term);
            deleted = true;
        }
        deferred_deletes_[i].clear();
    }
    if (deleted) {
        db_.set_metadata(std::string(schema::kCommitKey), std::to_string(++commits_));
        commit_every_shard();
    }
}

void IndexWriter::commit_home()
{
    for (const auto& path : dirty_) write_state(path);
    dirty_.clear();
    // A batch can end in the middle of a file (a csv dump, or a text file
    // whose end is not yet reported): its documents go into this commit, so
    // its partial state goes too. After a crash every document of the index
    // is then listed by its file, and that file is read again.
    for (const auto& [path, reading] : reading_) {
        if (reading.cables.empty()) continue;
        auto before = states_.find(path);
        FileState state = partly_read(before == states_.end() ? nullptr : &before->second, reading.cables);
        db_.set_metadata(state_key(path), path + "\n" + serialize_file_state(state));
    }
    vocabulary_.write();
    db_.set_metadata(std::string(schema::kCommitKey), std::to_string(++commits_));
    db_.commit();
}

void IndexWriter::commit_every_shard()
{
    for (auto& shard : shards_) shard->start_commit();
    db_.commit();
    for (auto& shard : shards_) shard->finish_commit();
}

void IndexWriter::compact()
{
    // A bulk build's last merge was a compaction of every shard.
    if (bulk()) return commit();
    commit();
    // The shards at once, each by its own thread.
    std::vector<std::future<void>> others;
    for (auto& shard : shards_) others.push_back(std::async(std::launch::async, [&shard] { shard->compact(); }));
    db_.close();
    compact_database(shard_paths_.front());
    db_ = Xapian::WritableDatabase(shard_paths_.front(), Xapian::DB_OPEN);
    for (auto& f : others) f.get();
}

} // namespace cablesearch
