#include "index/DiskSpace.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <limits>
#include <sys/statvfs.h>
#include <xapian.h>

namespace cablesearch {

namespace {
constexpr uint64_t kMinimumRoom = 16ull << 20;
}

uint64_t free_bytes(const std::string& path)
{
    struct statvfs fs {};
    if (statvfs(path.c_str(), &fs) != 0) return std::numeric_limits<uint64_t>::max();
    return static_cast<uint64_t>(fs.f_bavail) * fs.f_frsize;
}

uint64_t bytes_written_by_process()
{
    std::ifstream io("/proc/self/io");
    std::string key;
    uint64_t value = 0;
    while (io >> key >> value)
        if (key == "wchar:") return value;
    return 0;
}

uint64_t folder_bytes(const std::string& path)
{
    uint64_t bytes = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code size_ec;
        if (!it->is_regular_file(size_ec)) continue;
        uint64_t size = it->file_size(size_ec);
        if (!size_ec) bytes += size;
    }
    return bytes;
}

void require_room_for_commit(const std::string& path, uint64_t expected)
{
    uint64_t needed = std::max(kMinimumRoom, 2 * expected);
    uint64_t room = free_bytes(path);
    if (room >= needed) return;
    throw Xapian::DatabaseError(fmt::format("only {} MB free, and the next commit may need {} MB", room >> 20, needed >> 20),
                                ENOSPC);
}

} // namespace cablesearch
