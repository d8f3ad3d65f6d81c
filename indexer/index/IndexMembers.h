#pragma once
// The databases an index folder's stub lists (IndexStub.h), each opened on
// its own: local shards as Xapian opens them, and indexes on other hosts
// with Xapian::Remote::open and a timeout, so that one that does not answer
// is named rather than waited for without end. cable-query searches them
// as one; cable-index remote lists and checks them.

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

inline constexpr std::chrono::milliseconds kDefaultRemoteTimeout{10000};

struct IndexMember {
    std::string name;    // a remote's HOST:PORT, a local database's path
    bool remote = false;
    std::string context; // a remote's, as Xapian's errors give it (Xapian::Error::get_context)
    Xapian::Database db; // open unless problem says why not
    std::string problem; // empty when open
    bool open() const { return problem.empty(); }
};

// Whether the folder's stub lists a database on another host.
bool lists_remote_indexes(const std::filesystem::path& folder);

// Every database the folder's stub lists, in its order (a local one that is
// an index folder of its own is opened whole, through its own stub). A
// member that cannot be opened has its problem set, with the error Xapian
// gave; nothing is thrown for it.
std::vector<IndexMember> open_index_members(const std::filesystem::path& folder, std::chrono::milliseconds timeout);

// A remote member again (after a failure), with the same timeout.
void reopen_member(IndexMember& member, std::chrono::milliseconds timeout);

// "did not answer within 10 s (Timeout expired while trying to read)"
std::string describe_failure(const Xapian::Error& e, std::chrono::milliseconds timeout);

// The state of every member, to tell whether something built from them
// (the spelling dictionary of cable-index remote) is still in line: each
// one's name, UUID, commit count and size. Throws Xapian errors.
std::string members_stamp(const std::vector<IndexMember>& members);

} // namespace cablesearch
