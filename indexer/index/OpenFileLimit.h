#pragma once
// How many files cable-index may hold open. A bulk build merges all its
// batches at once (BulkBatches.h), a few files each, so the limit decides how
// many batches may wait for a merge.

#include <cstddef>

namespace cablesearch {

// Raises this process's soft limit on open files as far as the hard limit
// allows (Debian's soft limit is 1,024; its hard limit is usually far
// higher), and returns the limit then in force.
size_t raise_open_file_limit();

// How many batches of each of `shards` shards may wait for a merge under
// that limit: a merge holds every batch's tables, the shard's and the new
// shard's open, in every shard at once. At least 1.
size_t bulk_batches_allowed(size_t open_file_limit, size_t shards);

} // namespace cablesearch
