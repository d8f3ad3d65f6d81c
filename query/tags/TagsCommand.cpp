#include "tags/TagsCommand.h"

#include "Search.h"
#include "index/Schema.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace cablesearch {

namespace {

// Every tag of every match, counted exactly (the search's own facet pass).
std::vector<FacetCount> all_tags(CableIndex& index, const std::string& query, const QueryFilters& filters,
                                 Xapian::doccount& matches, Xapian::Query& parsed)
{
    SearchOptions o;
    o.query = query;
    o.filters = filters;
    o.count_only = true;
    o.facets = {FacetKind::Tag};
    o.facet_limit = SIZE_MAX;
    SearchResult r = run_search(index, o);
    matches = r.total;
    parsed = r.query;
    return r.facets.empty() ? std::vector<FacetCount>{} : r.facets.front().top;
}

// How many cables of the whole index carry each tag: the term frequencies on
// a local index; a remote one answers one facet pass over every cable rather
// than a round trip per tag.
std::unordered_map<std::string, Xapian::doccount> index_counts(CableIndex& index, const std::vector<FacetCount>& tags)
{
    std::unordered_map<std::string, Xapian::doccount> counts;
    if (!index.shards.empty()) {
        read_newest_revision(
            [&] {
                counts.clear();
                for (const auto& t : tags) counts[t.value] = index.all.get_termfreq(schema::tag_term(t.value));
                return 0;
            },
            [&] { index.reopen(); });
        return counts;
    }
    Xapian::doccount all = 0;
    Xapian::Query unused;
    for (auto& t : all_tags(index, "", {}, all, unused)) counts[t.value] = t.count;
    return counts;
}

} // namespace

TagsResult count_tags(CableIndex& index, const TagsOptions& o)
{
    TagsResult r;
    QueryFilters filters;
    if (!o.with.empty()) {
        r.with = text::upper(text::trim(o.with));
        filters.tags.push_back(r.with);
    }
    std::vector<FacetCount> found = all_tags(index, o.query, filters, r.matches, r.query);
    if (!r.with.empty()) // it is on every match: no news
        found.erase(std::remove_if(found.begin(), found.end(), [&](auto& t) { return t.value == r.with; }), found.end());
    r.distinct = found.size();
    if (o.limit > 0 && found.size() > o.limit) found.resize(o.limit);
    r.index_cables = index.all.get_doccount();

    std::unordered_map<std::string, Xapian::doccount> in_index;
    if (!r.with.empty() && r.matches > 0) in_index = index_counts(index, found);
    const TagMeanings& meanings = TagMeanings::builtin();
    for (const auto& f : found) {
        TagCount t{f.value, f.count, meanings.find(f.value), 0};
        if (auto it = in_index.find(f.value); it != in_index.end() && it->second > 0 && r.index_cables > 0)
            t.lift = (double(f.count) / r.matches) / (double(it->second) / r.index_cables);
        r.tags.push_back(std::move(t));
    }
    return r;
}

void print_tags_text(std::FILE* out, const TagsResult& r, bool colour)
{
    auto bold = [&](const std::string& s) { return colour ? "\033[1m" + s + "\033[0m" : s; };
    const bool with = !r.with.empty();
    if (with)
        fmt::print(out, "{} {} tagged {} matched; {} other {} occur with it\n", r.matches,
                   r.matches == 1 ? "cable" : "cables", r.with, r.distinct, r.distinct == 1 ? "tag" : "tags");
    else
        fmt::print(out, "{} {} matched; {} {}\n", r.matches, r.matches == 1 ? "cable" : "cables", r.distinct,
                   r.distinct == 1 ? "tag" : "tags");
    if (r.tags.empty()) return;
    size_t tag_width = 3, count_width = 5, kind_width = 4;
    for (const auto& t : r.tags) {
        tag_width = std::max(tag_width, t.tag.size());
        count_width = std::max(count_width, std::to_string(t.count).size());
        if (t.meaning) kind_width = std::max(kind_width, t.meaning->kind.size());
    }
    std::string header = fmt::format("{:<{}}  {:>{}}", "tag", tag_width, "count", count_width);
    if (with) header += "   lift";
    header += fmt::format("  {:<{}}  meaning", "kind", kind_width);
    fmt::print(out, "{}\n", bold(header));
    for (const auto& t : r.tags) {
        std::string line = fmt::format("{:<{}}  {:>{}}", t.tag, tag_width, t.count, count_width);
        if (with) line += fmt::format("  {:>5.2f}", t.lift);
        std::string kind = t.meaning ? t.meaning->kind : "?";
        std::string meaning = t.meaning ? t.meaning->meaning : "(not in the table)";
        line += fmt::format("  {:<{}}  {}", kind, kind_width, meaning);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        fmt::print(out, "{}\n", line);
    }
    if (r.distinct > r.tags.size()) fmt::print(out, "(+{} more)\n", r.distinct - r.tags.size());
}

void print_tags_json(std::FILE* out, const TagsResult& r)
{
    using json = nlohmann::ordered_json;
    auto dump = [&](const json& j) { fmt::print(out, "{}\n", j.dump(-1, ' ', false, json::error_handler_t::replace)); };
    for (const auto& t : r.tags) {
        json j;
        j["type"] = "tag";
        j["tag"] = t.tag;
        j["count"] = t.count;
        if (!r.with.empty()) j["lift"] = t.lift;
        j["kind"] = t.meaning ? json(t.meaning->kind) : json(nullptr);
        j["meaning"] = t.meaning && !t.meaning->meaning.empty() ? json(t.meaning->meaning) : json(nullptr);
        j["source"] = t.meaning ? json(t.meaning->source) : json(nullptr);
        dump(j);
    }
    json s;
    s["type"] = "summary";
    s["matches"] = r.matches;
    s["with"] = r.with.empty() ? json(nullptr) : json(r.with);
    s["tags"] = r.distinct;
    s["returned"] = r.tags.size();
    s["index_cables"] = r.index_cables;
    dump(s);
}

} // namespace cablesearch
