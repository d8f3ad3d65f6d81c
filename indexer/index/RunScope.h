#pragma once
// What one run of cable-index names: the files and folders given, standard
// input, and whether what it does not name is pruned. The index remembers
// the paths given (schema::kRootsKey), so that a later run that leaves one
// out can say so: a path left out keeps its cables unless --prune.

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// Standard input (`cable-index -`) is read, and its cables recorded, as this
// path: no corpus file can have it.
inline constexpr std::string_view kStandardInputPath = "/dev/stdin";

struct RunScope {
    std::vector<std::string> roots; // absolute paths, folders or files
    bool standard_input = false;    // `-` given: one file read from standard input
    bool prune = false;             // what the run does not name leaves the index

    // The path is one of the roots or below one.
    bool names(std::string_view path) const;
};

// Files of earlier runs that this run did not name, grouped by the path that
// brought them in: kept, or pruned with --prune.
struct LeftOutPath {
    std::string root; // a remembered path; kStandardInputPath; empty: files no remembered path holds
    size_t files = 0;
    size_t cables = 0; // the indexed copies those files hold
};

// path is root or below it (root a folder).
bool is_below(std::string_view path, std::string_view root);

// The paths remembered after a run: the run's roots, and those of before
// that are not below one of them (none of before with --prune).
std::vector<std::string> remembered_roots(const std::vector<std::string>& before, const RunScope& scope);

// One path a line (paths with a newline in them are not remembered).
std::string serialize_roots(const std::vector<std::string>& roots);
std::vector<std::string> parse_roots(std::string_view value);

} // namespace cablesearch
