#pragma once
// Finds the corpus files below a folder: regular files, recursively, with
// symlinks followed once (a loop is reported, not followed forever) and
// hidden files skipped. Sorted by path, so runs are reproducible.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cablesearch {

struct CorpusFile {
    std::filesystem::path path;
    uint64_t size = 0;
    int64_t mtime_ns = 0;
};

struct CorpusListing {
    std::vector<CorpusFile> files;
    std::vector<std::string> problems; // "path: message" for what could not be listed
};

// Throws std::runtime_error naming the folder when it does not exist or is not a folder.
CorpusListing list_corpus(const std::filesystem::path& root);

} // namespace cablesearch
