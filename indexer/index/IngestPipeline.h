#pragma once
// The ingest pipeline of cable-index: one thread reads and splits files into
// raw cables, worker threads (one per core) parse them and build Xapian
// documents, and the calling thread applies them to the index in batches.

#include "index/CorpusWalker.h"
#include "index/IndexWriter.h"

#include <functional>
#include <string>

namespace cablesearch {

struct IngestProgress {
    size_t files_done = 0, files_total = 0;
    size_t cables_done = 0;
    uint64_t bytes_done = 0, bytes_total = 0;
};

struct IngestOptions {
    unsigned threads = 0; // 0: one per core
    std::function<void(const IngestProgress&)> on_progress;
    std::function<void(const std::string&)> on_warning; // one line, names the file
    std::function<void(const std::string&)> on_failure; // a file that could not be read
    std::function<void()> on_commit;
    // The cables to index, by document key (cable-index --part): the others
    // are parsed, to learn their key, and go no further. Unset: all.
    std::function<bool(const std::string& key)> holds;
};

// Reads the files into the writer; commits as batches fill and once at the end.
void ingest(const std::vector<CorpusFile>& files, IndexWriter& writer, const IngestOptions& options);

} // namespace cablesearch
