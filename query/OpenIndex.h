#pragma once
// Opens the index for reading: a local path, or "tcp:HOST:PORT" for an index
// served by xapian-tcpsrv. Errors say what to do ("run cable-index").

#include "IndexWords.h"
#include "index/IndexMembers.h"

#include <chrono>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

// An index open for reading, twice over. `all` is the whole index, for the
// ranked page of a search; `shards` has each of its shards opened again on
// its own, at the same revision, for the pass that finds every match (count
// and facets): that pass runs on other threads, a shard each, while this one
// ranks the page (Search.cpp). Xapian's objects are not shared between
// threads, hence the second set. A remote index has no `shards`.
// A shard on another host that did not answer (--allow-partial).
struct MissingShard {
    std::string name;    // HOST:PORT
    std::string problem; // "did not answer within 10 s"
};

// For an index with databases on other hosts (RemoteIndex.h).
struct OpenOptions {
    std::chrono::milliseconds timeout = kDefaultRemoteTimeout; // for each host to answer
    bool allow_partial = false; // search the hosts that answer, and say which did not
};

class CableIndex {
public:
    CableIndex() = default;
    explicit CableIndex(Xapian::Database whole) : all(std::move(whole)) {}
    // Opens the shards (home first) twice.
    explicit CableIndex(const std::vector<std::string>& folders);

    Xapian::Database all;
    std::vector<Xapian::Database> shards;

    // An index with databases on other hosts (RemoteIndex.h), or tcp:: the
    // databases `all` is made of, each with its name, so that one that fails
    // is named, and left out with --allow-partial. Empty for a local index.
    std::vector<IndexMember> members;
    OpenOptions options;
    std::vector<MissingShard> missing; // members left out
    IndexWords words;                 // where the vocabulary and spelling are (IndexWords.h)

    // Both to the newest revision, one and the same (after
    // Xapian::DatabaseModifiedError).
    void reopen();

private:
    bool revisions_agree() const;
    std::vector<Xapian::Database> parts_; // the shards all is made of
};

// How many times a read that met cable-index's commits starts again on the
// newest revision. Glass keeps a revision readable until two later commits,
// and cable-index commits each batch's documents, then its file states, in
// the home shard: a slow search (a long phrase, a sanitizer build) on a busy
// index can need a good few.
inline constexpr int kReadAttempts = 20;

// Returns read(), started again (after before_retry()) while it meets
// cable-index's commits: glass says DatabaseModifiedError when a revision
// being read is gone, and DatabaseCorruptError when the block it meets is a
// table's root block cable-index has just reused (glass checks those by
// level only). A real corruption stays when read again, and is thrown.
template <typename Read, typename Retry>
auto read_newest_revision(Read&& read, Retry&& before_retry)
{
    for (int attempt = 0;; ++attempt) {
        try {
            if (attempt > 0) before_retry(); // which can meet the same races
            return read();
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt + 1 >= kReadAttempts) throw;
        } catch (const Xapian::DatabaseCorruptError&) {
            if (attempt + 1 >= kReadAttempts) throw;
        }
    }
}

// Throws std::runtime_error with a one-line message naming the location.
CableIndex open_index(const std::string& location, const OpenOptions& options = {});

// tcp:HOST:PORT
bool is_remote_index(const std::string& location);

} // namespace cablesearch
