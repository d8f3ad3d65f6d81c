#pragma once
// Saved searches: named queries with their filters, kept in the user's
// config folder ($XDG_CONFIG_HOME/cablesearch/saved-searches.conf, else
// ~/.config/cablesearch/saved-searches.conf) in a format made to be read and
// edited by hand:
//
//   [ktip]
//   query = trafficking tag:KTIP
//   since = 2007
//
// One [name] section per search; keys query, tag, post, class (one line per
// value, as the options are repeated), since and until. Lines starting with
// '#' or ';' are comments. Rewriting the file (--save, saved --delete) keeps
// every other line as it was. Output options (--json, --limit, --facets,
// --sort, ...) are not part of a search and are never saved.

#include "QueryLanguage.h"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct SavedSearch {
    std::string name; // as written, without the '@'
    std::string query;
    QueryFilters filters;
};

// A file that cannot be read, parsed or written; the message names the path
// (and the line).
class SavedSearchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Names are letters (any script), digits, '-' and '_', starting with a letter
// or digit, at most 64 characters; compared without regard to case.
// An empty string when the name is good, else why not.
std::string saved_name_problem(std::string_view name);
bool is_saved_name_byte(char c); // may continue a name in a query (@ktip)
bool same_saved_name(std::string_view a, std::string_view b); // Unicode case folded
size_t saved_name_width(std::string_view name);                 // in characters, for columns

// The search as command-line words: trafficking tag:KTIP --since 2007
std::string describe_saved_search(const SavedSearch& search);

// Where the file lives (see above); throws SavedSearchError when neither
// XDG_CONFIG_HOME nor HOME is set.
std::filesystem::path saved_searches_path();

class SavedSearches {
public:
    // The searches of the file at path; none when it does not exist.
    // Throws SavedSearchError for a file that cannot be read or parsed.
    static SavedSearches load(const std::filesystem::path& path);
    static SavedSearches load() { return load(saved_searches_path()); }

    const std::filesystem::path& path() const { return path_; }
    const std::vector<SavedSearch>& all() const { return searches_; }
    const SavedSearch* find(std::string_view name) const;

    // Adds the search or replaces the one of that name (returned, if any).
    std::optional<SavedSearch> put(const SavedSearch& search);
    // Removes it; nothing when there was none.
    std::optional<SavedSearch> remove(std::string_view name);
    // Writes the file (atomically: a new file renamed over the old one),
    // creating the folder. Throws SavedSearchError naming the path.
    void write() const;

    // Holds the config folder's lock while a --save or --delete reads and
    // rewrites the file, so that two at once lose neither change.
    class Lock {
    public:
        explicit Lock(const std::filesystem::path& file);
        ~Lock();
        Lock(const Lock&) = delete;
        Lock& operator=(const Lock&) = delete;

    private:
        int fd_ = -1;
    };

private:
    // The parse of a file's lines; put and remove parse their result again,
    // so that every section is where the file has it.
    static SavedSearches from_lines(const std::filesystem::path& path, std::vector<std::string> lines);
    struct Section {
        size_t begin = 0, end = 0; // lines of the file: its comments, header and keys
    };
    std::filesystem::path path_;
    std::vector<std::string> lines_;
    std::vector<SavedSearch> searches_;
    std::vector<Section> sections_; // by search
};

} // namespace cablesearch
