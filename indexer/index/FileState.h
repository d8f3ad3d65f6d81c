#pragma once
// What the index remembers of each corpus file, so that a re-run only reads
// files whose size or modification time changed. Kept in the index's user
// metadata under "file:<path>", committed together with the file's documents:
// after a crash, state and documents always agree.

#include "index/Editions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct FileCable {
    std::string id;
    bool owned = true; // false: another file holds the indexed copy of this id
    EditionMeasure measure; // of this file's copy: which copy is the fullest (Editions.h)
};

struct FileState {
    uint64_t size = 0;
    int64_t mtime_ns = 0;
    std::vector<FileCable> cables;
};

inline constexpr std::string_view kFileStateKeyPrefix = "file:";

// "<size> <mtime_ns> ID:R:L ~ID:R:L ...": '~' marks an id whose copy in
// another file won; R and L are the copy's redactions and text length.
std::string serialize_file_state(const FileState& state);
std::optional<FileState> parse_file_state(std::string_view value);

} // namespace cablesearch
