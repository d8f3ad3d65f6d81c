#pragma once
// The stub file of an index folder (XAPIANDB): the databases Xapian opens
// as one index, one a line. cable-index writes a line per shard
// ("glass shard0"); `cable-index remote add` adds a line per index served by
// xapian-tcpsrv on another host ("remote HOST:PORT"), in Xapian's own stub
// syntax, so that Xapian's tools (xapian-delve, xapian-tcpsrv) open the
// folder as cable-query does. Lines of other kinds Xapian knows ("auto
// PATH", "remote :PROGRAM") are kept as they are.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

inline constexpr const char* kStubFileName = "XAPIANDB"; // the name Xapian looks for in a folder

struct StubEntry {
    std::string type; // "glass", "auto", "remote", ...
    std::string target; // a path (relative to the folder, or absolute), or HOST:PORT
    // A database on another host, served by xapian-tcpsrv.
    bool is_tcp_remote() const;
    std::string line() const { return type + " " + target; }
};

// HOST:PORT, [IPv6]:PORT. Throws std::invalid_argument saying what is wrong.
struct HostPort {
    std::string host;
    unsigned port = 0;
    std::string text() const; // as written in a stub: host:port, [v6]:port
};
HostPort parse_host_port(std::string_view text);

// The folder's stub, or nothing when it has none. Throws std::runtime_error
// for a line Xapian would not read either.
std::optional<std::vector<StubEntry>> read_index_stub(const std::filesystem::path& folder);

// Replaces the folder's stub in one rename: a reader sees the old list or
// the new one.
void write_index_stub(const std::filesystem::path& folder, const std::vector<StubEntry>& entries);

// The path of a local entry: relative ones are relative to the folder.
std::filesystem::path entry_path(const std::filesystem::path& folder, const StubEntry& entry);

} // namespace cablesearch
