#include "formats/InputFile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fmt/format.h>

namespace cablesearch {

namespace {

// zlib prefixes its message with the stream's name, "<fd:4>" for a stream
// opened by descriptor: the user needs the file's name (already given) and
// zlib's reason.
std::string decompress_error(const char* zlib_message)
{
    std::string_view reason = zlib_message && *zlib_message ? zlib_message : "corrupt data";
    if (reason.starts_with("<fd:"))
        if (size_t colon = reason.find(": "); colon != std::string_view::npos) reason.remove_prefix(colon + 2);
    return fmt::format("cannot decompress: {}", reason);
}

} // namespace

SourceError::SourceError(std::string path, std::string message, long line)
    : std::runtime_error(line > 0 ? fmt::format("{}:{}: {}", path, line, message) : fmt::format("{}: {}", path, message)),
      path_(std::move(path)), line_(line)
{
}

InputFile::InputFile(const std::filesystem::path& path) : path_(path.string())
{
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw SourceError(path_, std::strerror(errno));
    struct stat st {};
    if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) size_ = static_cast<uint64_t>(st.st_size);
    // Plain files are read directly; zlib is for gzip streams (and for what
    // cannot be peeked at, which it reads either way).
    unsigned char magic[2] = {0, 0};
    ssize_t peeked = ::pread(fd_, magic, 2, 0);
    bool gzip = peeked < 0 || (peeked == 2 && magic[0] == 0x1f && magic[1] == 0x8b);
    if (!gzip) return;
    gz_ = gzdopen(fd_, "rb");
    if (!gz_) {
        ::close(fd_);
        fd_ = -1;
        throw SourceError(path_, "cannot open");
    }
    fd_ = -1; // gzclose closes it
    // A large buffer pays for a dump streamed through; a cable of a few KB
    // would only pay for allocating it.
    gzbuffer(gz_, size_ > 0 && size_ < (1 << 20) ? 64 << 10 : 1 << 20);
}

InputFile::~InputFile()
{
    if (gz_) gzclose(gz_);
    if (fd_ >= 0) ::close(fd_);
}

bool InputFile::compressed() const { return gz_ && gzdirect(gz_) == 0; }

size_t InputFile::read(char* buffer, size_t n)
{
    if (!gz_) {
        for (;;) {
            ssize_t got = ::read(fd_, buffer, n);
            if (got >= 0) return static_cast<size_t>(got);
            if (errno != EINTR) throw SourceError(path_, std::strerror(errno));
        }
    }
    int got = gzread(gz_, buffer, static_cast<unsigned>(std::min<size_t>(n, 1u << 30)));
    if (got < 0) {
        int err = 0;
        const char* msg = gzerror(gz_, &err);
        if (err == Z_ERRNO) throw SourceError(path_, std::strerror(errno));
        throw SourceError(path_, decompress_error(msg));
    }
    if (got == 0) {
        int err = 0;
        const char* msg = gzerror(gz_, &err);
        // A gzip stream that ends early is reported, not taken as a short file.
        if (err != Z_OK && err != Z_STREAM_END) throw SourceError(path_, decompress_error(msg));
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
