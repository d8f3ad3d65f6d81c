#include "formats/InputFile.h"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

namespace cablesearch {

SourceError::SourceError(std::string path, std::string message, long line)
    : std::runtime_error(line > 0 ? fmt::format("{}:{}: {}", path, line, message) : fmt::format("{}: {}", path, message)),
      path_(std::move(path)), line_(line)
{
}

InputFile::InputFile(const std::filesystem::path& path) : path_(path.string())
{
    errno = 0;
    file_ = gzopen(path_.c_str(), "rb");
    if (!file_) throw SourceError(path_, errno ? std::strerror(errno) : "cannot open");
    gzbuffer(file_, 1 << 20);
}

InputFile::~InputFile()
{
    if (file_) gzclose(file_);
}

bool InputFile::compressed() const { return gzdirect(file_) == 0; }

size_t InputFile::read(char* buffer, size_t n)
{
    int got = gzread(file_, buffer, static_cast<unsigned>(n));
    if (got < 0) {
        int err = 0;
        const char* msg = gzerror(file_, &err);
        if (err == Z_ERRNO) throw SourceError(path_, std::strerror(errno));
        throw SourceError(path_, fmt::format("cannot decompress: {}", msg ? msg : "corrupt data"));
    }
    if (got == 0) {
        int err = 0;
        const char* msg = gzerror(file_, &err);
        // A gzip stream that ends early is reported, not taken as a short file.
        if (err != Z_OK && err != Z_STREAM_END)
            throw SourceError(path_, fmt::format("cannot decompress: {}", msg ? msg : "corrupt data"));
    }
    return static_cast<size_t>(got);
}

std::string InputFile::read_all(size_t max_bytes)
{
    std::string out;
    char buffer[1 << 16];
    for (;;) {
        size_t got = read(buffer, sizeof buffer);
        if (got == 0) break;
        if (out.size() + got > max_bytes)
            throw SourceError(path_, fmt::format("larger than {} MB, too large for one cable", max_bytes >> 20));
        out.append(buffer, got);
    }
    return out;
}

} // namespace cablesearch
