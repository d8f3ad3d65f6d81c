#pragma once
// The release's list of cables (id and month of each), read from the gzip
// copy kept in scripts/data: it gives the generated corpus the real ids and
// the real spread of years, posts and volumes.

#include <filesystem>
#include <string>
#include <vector>

namespace corpusgen {

struct ReleaseEntry {
    std::string id;    // as released, malformed ones included
    int year = 0;      // four digits, from the id's two
    int month = 0;     // 1-12
    std::string post;  // the id's post code: BUENOSAIRES
    long serial = 0;   // the id's trailing number
};

// Throws std::runtime_error naming the file when it cannot be read.
std::vector<ReleaseEntry> read_release_list(const std::filesystem::path& gz_csv);

} // namespace corpusgen
