#pragma once
// The two things cable-index does.

#include "index/ShardLayout.h"

#include <string>
#include <vector>

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

} // namespace cablesearch
