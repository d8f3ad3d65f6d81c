#pragma once
// Finds the corpus files below a folder: regular files, recursively, with
// symlinks followed once (a loop is reported, not followed forever) and
// hidden files skipped. Sorted by path, so runs are reproducible.

#include <cstdint>
#include <filesystem>
#include <optional>
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

// The files below each root (a folder or a file), as one listing sorted by
// path, each file once however many roots hold it.
CorpusListing list_corpus(const std::vector<std::filesystem::path>& roots);

// One regular file as a listing would give it; nothing when it is not one
// (gone, unreadable metadata, a folder).
std::optional<CorpusFile> stat_corpus_file(const std::filesystem::path& path);

} // namespace cablesearch
