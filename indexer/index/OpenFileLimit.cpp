#include "index/OpenFileLimit.h"

#include <algorithm>
#include <sys/resource.h>

namespace cablesearch {

namespace {

// A glass database open for reading: postlist, termlist, position and
// docdata tables (a batch has no spelling or synonym table).
constexpr size_t kFilesPerDatabase = 4;
// The shard and the compaction's output (all six tables), per shard.
constexpr size_t kFilesPerMerge = 2 * 6;
// Everything else: standard streams, the home shard, the file being read.
constexpr size_t kFilesElsewhere = 64;
// As far as the soft limit is raised: thousands of batches in each shard.
constexpr rlim_t kEnoughFiles = 65536;

} // namespace

size_t raise_open_file_limit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? kEnoughFiles : std::min(limit.rlim_max, kEnoughFiles);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
    }
    return static_cast<size_t>(limit.rlim_cur == RLIM_INFINITY ? kEnoughFiles : limit.rlim_cur);
}

size_t bulk_batches_allowed(size_t open_file_limit, size_t shards)
{
    shards = std::max<size_t>(shards, 1);
    if (open_file_limit <= kFilesElsewhere) return 1;
    const size_t per_shard = (open_file_limit - kFilesElsewhere) / shards;
    if (per_shard <= kFilesPerMerge + kFilesPerDatabase) return 1;
    return (per_shard - kFilesPerMerge) / kFilesPerDatabase;
}

} // namespace cablesearch
