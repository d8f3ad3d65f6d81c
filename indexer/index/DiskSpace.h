#pragma once
// Room on the index's disk. Xapian 1.4.22 can abort the whole process (an
// exception through one of its noexcept frames) when the disk fills up in
// the middle of a commit; cable-index stops before a commit that may not
// fit, with the message a full disk gets, and its last commit intact.

#include <cstdint>
#include <string>

namespace cablesearch {

// Bytes free for an unprivileged writer on the file system of path; the
// largest value when it cannot tell.
uint64_t free_bytes(const std::string& path);

// Bytes this process has written with write calls so far (Linux
// /proc/self/io); 0 when it cannot tell.
uint64_t bytes_written_by_process();

// Bytes in the files under the folder at path (0 when there is none).
uint64_t folder_bytes(const std::string& path);

// Throws Xapian::DatabaseError (No space left on device) when path has less
// free room than a commit that writes about expected bytes needs: twice
// that, and at least 16 MB.
void require_room_for_commit(const std::string& path, uint64_t expected);

} // namespace cablesearch
