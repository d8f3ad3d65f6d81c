#include "saved/SavedCommands.h"

#include "OpenIndex.h"
#include "Search.h"
#include "parse/TextScan.h"

#include <cstdio>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>

namespace cablesearch {

namespace {

bool saves_nothing(const SavedSearch& s)
{
    const QueryFilters& f = s.filters;
    return text::trim(s.query).empty() && f.tags.empty() && f.posts.empty() && f.classes.empty() && f.since.empty() &&
           f.until.empty();
}

// The saved searches whose own query says @name.
std::vector<std::string> users_of(const SavedSearches& saved, const std::string& name)
{
    std::vector<std::string> users;
    for (const auto& s : saved.all()) {
        if (same_saved_name(s.name, name)) continue;
        for (const auto& used : saved_names_in(s.query))
            if (same_saved_name(used, name)) {
                users.push_back(s.name);
                break;
            }
    }
    return users;
}

struct Listed {
    const SavedSearch* search;
    std::string expansion, error;
    std::optional<Xapian::doccount> matches;
};

int delete_searches(const std::vector<std::string>& names)
{
    const auto path = saved_searches_path();
    auto unknown = [&](const SavedSearches& saved) {
        for (const auto& raw : names)
            if (std::string name = raw.starts_with('@') ? raw.substr(1) : raw; !saved.find(name)) {
                fmt::print(stderr, "cable-query: no saved search @{}; nothing deleted\n", name);
                return true;
            }
        return false;
    };
    // Checked first without the lock, which makes the folder: a mistyped
    // name leaves nothing behind.
    if (unknown(SavedSearches::load(path))) return 2;
    SavedSearches::Lock lock(path);
    SavedSearches saved = SavedSearches::load(path);
    if (unknown(saved)) return 2;
    std::vector<SavedSearch> deleted;
    for (const auto& raw : names)
        if (auto old = saved.remove(raw.starts_with('@') ? raw.substr(1) : raw)) deleted.push_back(std::move(*old));
    saved.write();
    for (const auto& old : deleted) {
        fmt::print(stderr, "cable-query: deleted @{} ({})\n", old.name, describe_saved_search(old));
        for (const auto& user : users_of(saved, old.name))
            fmt::print(stderr, "cable-query: note: @{} uses @{} and fails until a search of that name is saved again\n",
                       user, old.name);
    }
    return 0;
}

std::string write_search(const SavedSearch& search)
{
    const auto path = saved_searches_path();
    SavedSearches::Lock lock(path);
    SavedSearches saved = SavedSearches::load(path);
    // Checked again under the lock: another --save may have come between.
    SavedSearches with = saved;
    with.put(search);
    expand_saved_searches(search.query, with, search.name);
    std::optional<SavedSearch> old = saved.put(search);
    saved.write();
    if (old)
        return fmt::format("replaced @{} (was: {}) with: {}", search.name, describe_saved_search(*old),
                           describe_saved_search(search));
    return fmt::format("saved @{}: {} (in {})", search.name, describe_saved_search(search), path.string());
}

} // namespace

SavedSearch search_to_save(const std::string& raw_name, const std::string& query, const QueryFilters& filters)
{
    std::string name = raw_name.starts_with('@') ? raw_name.substr(1) : raw_name;
    if (std::string why = saved_name_problem(name); !why.empty())
        throw std::invalid_argument(fmt::format("'{}' cannot name a saved search: {}", raw_name, why));
    SavedSearch s{name, std::string(text::trim(query)), filters};
    if (saves_nothing(s))
        throw std::invalid_argument(fmt::format("nothing to save as @{}: give a query or a filter (--tag, --post, "
                                                "--class, --since, --until)", name));
    SavedSearches saved = SavedSearches::load();
    saved.put(s);
    expand_saved_searches(s.query, saved, s.name);
    return s;
}

std::string save_search(const SavedSearch& search)
{
    try {
        return write_search(search);
    } catch (const SavedSearchError& e) {
        throw SavedSearchError(fmt::format("cannot save @{}: {}", search.name, e.what()));
    }
}

int run_saved_command(const std::string& db, bool json, const std::vector<std::string>& deletes)
{
    if (!deletes.empty()) return delete_searches(deletes);

    SavedSearches saved = SavedSearches::load();
    if (saved.all().empty()) {
        if (!json)
            fmt::print(stderr, "cable-query: no saved searches yet; cable-query --save NAME 'QUERY' saves one (in {})\n",
                       saved.path().string());
        return 1;
    }
    // Counts need the index; without one the searches are still listed.
    std::optional<CableIndex> index;
    int status = 0;
    try {
        index.emplace(open_index(db));
    } catch (const std::exception& e) {
        fmt::print(stderr, "cable-query: {}; counts not shown\n", e.what());
        status = 2;
    }
    std::vector<Listed> listed;
    for (const auto& s : saved.all()) {
        Listed l{&s, {}, {}, std::nullopt};
        QueryExpansion x;
        try {
            x = expand_saved_searches("@" + s.name, saved);
            l.expansion = x.text;
            if (index) {
                SearchOptions o;
                o.query = x.text;
                o.count_only = true;
                l.matches = run_search(*index, o).total;
            }
        } catch (const QuerySyntaxError& e) {
            l.error = x.text.empty() ? e.what() : x.relocate(e).what();
            status = 2;
        }
        listed.push_back(std::move(l));
    }

    if (json) {
        using jsonv = nlohmann::ordered_json;
        for (const auto& l : listed) {
            const SavedSearch& s = *l.search;
            jsonv j;
            j["name"] = s.name;
            j["query"] = s.query;
            j["filters"] = {{"tag", s.filters.tags},
                            {"post", s.filters.posts},
                            {"class", s.filters.classes},
                            {"since", s.filters.since.empty() ? jsonv(nullptr) : jsonv(s.filters.since)},
                            {"until", s.filters.until.empty() ? jsonv(nullptr) : jsonv(s.filters.until)}};
            j["expansion"] = l.error.empty() ? jsonv(l.expansion) : jsonv(nullptr);
            j["matches"] = l.matches ? jsonv(*l.matches) : jsonv(nullptr);
            j["error"] = l.error.empty() ? jsonv(nullptr) : jsonv(l.error);
            fmt::print("{}\n", j.dump(-1, ' ', false, jsonv::error_handler_t::replace));
        }
        return status;
    }
    size_t name_width = 0, count_width = 1;
    for (const auto& l : listed) {
        name_width = std::max(name_width, saved_name_width(l.search->name) + 1);
        if (l.matches) count_width = std::max(count_width, fmt::formatted_size("{}", *l.matches));
    }
    for (const auto& l : listed) {
        std::string count = l.matches ? fmt::format("{}", *l.matches) : "-";
        std::string name = "@" + l.search->name;
        name += std::string(name_width - saved_name_width(l.search->name) - 1, ' ');
        std::string line = fmt::format("{}  {:>{}}  {}", name, count, count_width, describe_saved_search(*l.search));
        if (!l.error.empty()) line += fmt::format("  [error: {}]", l.error);
        fmt::print("{}\n", line);
    }
    return status;
}

} // namespace cablesearch
