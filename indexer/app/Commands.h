#pragma once
// The things cable-index does: index, parse, and list indexes on other hosts.

#include "index/ShardLayout.h"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cablesearch {

struct IndexArgs {
    std::vector<std::string> paths; // files and folders; "-" standard input
    bool prune = false;             // files of earlier runs these paths do not hold leave the index
    std::string db;
    bool quiet = false;
    bool verbose = false;
    unsigned threads = 0;
    size_t shards = kDefaultShards; // of a new index (index/ShardLayout.h)
    size_t batch = 0;        // cables per commit; 0: IndexWriter's own, growing with the index
    bool compact = false;    // compact even after a small run
    std::string part;        // --part K/N (index/IndexPart.h); empty: as the index records
};

// cable-index remote add|remove|list|refresh PATH [HOST:PORT] (app/RemoteCommand.cpp)
struct RemoteArgs {
    std::string action;
    std::string path;
    std::string address;
    double timeout_seconds = 10;
};

struct ParseArgs {
    std::vector<std::string> files;
    bool pretty = false;
    bool stats = false; // parse only, then print bytes, cables and speed (benchmarks)
};

// Exit status: 0 all read, 1 some file or record could not be read (the rest
// is indexed), 2 nothing could be done (no corpus, index locked).
int run_index(const IndexArgs& args);
int run_parse(const ParseArgs& args);
// Exit status: 0 done, 1 (list) some host does not answer, 2 nothing done.
int run_remote(const RemoteArgs& args);
CLI::App* add_remote_command(CLI::App& app, RemoteArgs& args);

} // namespace cablesearch
