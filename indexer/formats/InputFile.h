#pragma once
// A corpus file opened for reading, plain or gzip-compressed: callers never
// care which.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <zlib.h>

namespace cablesearch {

// A problem with one input file: what went wrong and where. cable-index
// reports it, skips the file and goes on.
class SourceError : public std::runtime_error {
public:
    SourceError(std::string path, std::string message, long line = 0);
    const std::string& path() const { return path_; }
    long line() const { return line_; }

private:
    std::string path_;
    long line_;
};

class InputFile {
public:
    explicit InputFile(const std::filesystem::path& path);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    // Reads up to n bytes; 0 at the end. Throws SourceError on a read error
    // (a truncated or corrupt gzip stream among them).
    size_t read(char* buffer, size_t n);
    // The whole (decompressed) content; throws past max_bytes.
    std::string read_all(size_t max_bytes);
    const std::string& path() const { return path_; }
    bool compressed() const;
    // Size on disk of a regular file (compressed size for gzip); 0 when unknown.
    uint64_t disk_size() const { return size_; }

private:
    std::string path_;
    int fd_ = -1;           // a plain file, read directly
    gzFile gz_ = nullptr;   // a gzip stream (owns the descriptor)
    uint64_t size_ = 0;
};

} // namespace cablesearch
