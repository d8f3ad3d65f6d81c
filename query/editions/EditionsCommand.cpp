#include "editions/EditionsCommand.h"

#include "Search.h"
#include "editions/EditionDiff.h"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cablesearch {

namespace {

constexpr const char* kId = "\033[1;35m";
constexpr const char* kMatch = "\033[1;31m"; // as the words a search matched
constexpr const char* kReset = "\033[0m";

std::string styled(const std::string& s, const char* code, const TextStyle& style)
{
    return style.colour && !s.empty() ? std::string(code) + s + kReset : s;
}

std::string plural(size_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

nlohmann::ordered_json edition_json(const Edition& e, size_t number)
{
    nlohmann::ordered_json j;
    j["edition"] = number;
    j["indexed"] = e.indexed;
    j["path"] = e.path;
    if (e.line > 0) j["line"] = e.line;
    j["format"] = e.format;
    j["redactions"] = e.measure.redactions;
    j["length"] = e.measure.length;
    return j;
}

void print_json_line(std::FILE* out, const nlohmann::ordered_json& j)
{
    fmt::print(out, "{}\n", j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

// "edition 2 (html, /corpus/html/10ROME77.html)"
std::string edition_name(const Edition& e, size_t number)
{
    return fmt::format("edition {} ({}, {})", number, e.format.empty() ? "?" : e.format, edition_location(e));
}

} // namespace

std::string edition_location(const Edition& edition)
{
    return edition.line > 0 ? fmt::format("{}:{}", edition.path, edition.line) : edition.path;
}

void print_editions_text(std::FILE* out, const std::string& id, const std::vector<Edition>& editions,
                         const TextStyle& style)
{
    fmt::print(out, "{}: {}\n", styled(id, kId, style), plural(editions.size(), "edition", "editions"));
    size_t format_width = 0, redactions_width = 0, length_width = 0;
    std::vector<std::string> redactions, lengths;
    for (const auto& e : editions) {
        format_width = std::max(format_width, e.format.size());
        redactions.push_back(e.measure.redactions ? plural(e.measure.redactions, "redaction", "redactions")
                                                  : std::string("no redactions"));
        lengths.push_back(plural(e.measure.length, "character", "characters"));
        redactions_width = std::max(redactions_width, redactions.back().size());
        length_width = std::max(length_width, lengths.back().size());
    }
    for (size_t i = 0; i < editions.size(); ++i) {
        const Edition& e = editions[i];
        fmt::print(out, "  {:>2}  {:<7}  {:<{}}  {:<{}}  {:>{}}  {}\n", i + 1, e.indexed ? "indexed" : "", e.format,
                   format_width, redactions[i], redactions_width, lengths[i], length_width, edition_location(e));
    }
}

void print_editions_json(std::FILE* out, const std::string& id, const std::vector<Edition>& editions)
{
    nlohmann::ordered_json j;
    j["id"] = id;
    j["editions"] = nlohmann::ordered_json::array();
    for (size_t i = 0; i < editions.size(); ++i) j["editions"].push_back(edition_json(editions[i], i + 1));
    print_json_line(out, j);
}

namespace {

struct Comparison {
    size_t number = 0; // from 1, as show --editions counts
    const Edition* edition = nullptr;
    RedactionDiff diff;
};

// The editions --edition names: a number, a file (whole, or its end after
// a '/'), or a file:line as show --editions writes it.
std::vector<size_t> chosen_editions(const std::vector<Edition>& editions, const std::string& which)
{
    std::vector<size_t> out;
    if (!which.empty() && std::all_of(which.begin(), which.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        size_t n = which.size() > 6 ? 0 : std::stoul(which);
        if (n >= 1 && n <= editions.size()) out.push_back(n - 1);
        return out;
    }
    for (size_t i = 0; i < editions.size(); ++i) {
        const std::string& p = editions[i].path;
        bool tail = p.size() > which.size() && p.ends_with(which) && p[p.size() - which.size() - 1] == '/';
        if (p == which || tail || edition_location(editions[i]) == which) out.push_back(i);
    }
    return out;
}

void print_diff_text(std::FILE* out, const std::string& id, const Edition& indexed,
                     const std::vector<Comparison>& comparisons, const TextStyle& style)
{
    bool first = true;
    for (const auto& c : comparisons) {
        if (!first) fmt::print(out, "\n");
        first = false;
        const size_t runs = c.edition->measure.redactions;
        fmt::print(out, "{}: what the {} of {} {}, read from {}\n", styled(id, kId, style),
                   plural(runs, "redaction", "redactions"), edition_name(*c.edition, c.number),
                   runs == 1 ? "hides" : "hide", edition_name(indexed, 1));
        if (!c.diff.compared) {
            fmt::print(out, "  the two editions differ too much to be compared word by word\n");
            continue;
        }
        if (c.diff.hidden.empty()) {
            fmt::print(out, "  nothing: edition 1 has runs of X at the same places\n");
            continue;
        }
        size_t width = 0;
        for (const auto& h : c.diff.hidden) width = std::max(width, std::min<size_t>(h.words.size(), 30));
        for (const auto& h : c.diff.hidden) {
            std::string words = h.words.empty() ? std::string("-") : h.words;
            std::string context = fmt::format("{}{}{}{}{}", h.before, h.before.empty() ? "" : " ",
                                              styled(h.words.empty() ? "[redacted]" : h.words, kMatch, style),
                                              h.after.empty() ? "" : " ", h.after);
            fmt::print(out, "  {:<{}}  {}\n", words, width, context);
        }
    }
}

void print_diff_json(std::FILE* out, const std::string& id, const std::vector<Edition>& editions,
                     const std::vector<Comparison>& comparisons, const std::string& nothing)
{
    nlohmann::ordered_json j;
    j["id"] = id;
    j["editions"] = editions.size();
    if (!nothing.empty()) j["note"] = nothing;
    j["against"] = edition_json(editions.front(), 1);
    j["diffs"] = nlohmann::ordered_json::array();
    for (const auto& c : comparisons) {
        nlohmann::ordered_json d = edition_json(*c.edition, c.number);
        d["compared"] = c.diff.compared;
        d["hidden"] = nlohmann::ordered_json::array();
        for (const auto& h : c.diff.hidden)
            d["hidden"].push_back({{"words", h.words}, {"before", h.before}, {"after", h.after}, {"runs", h.runs}});
        j["diffs"].push_back(std::move(d));
    }
    print_json_line(out, j);
}

} // namespace

int run_diff(CableIndex& index, const DiffArgs& args, const TextStyle& style)
{
    std::optional<CableView> view = find_cable(index, args.id, "");
    for (const auto& m : index.missing)
        fmt::print(stderr, "cable-query: warning: shard {} {}; a cable there is not found\n", m.name, m.problem);
    if (!view) {
        fmt::print(stderr, "cable-query: no cable {} in the index\n", args.id);
        return 1;
    }
    const std::string id = view->cable.released_id.empty() ? view->cable.id : view->cable.released_id;
    const std::vector<Edition>& editions = view->editions; // the indexed one first
    std::vector<size_t> which;
    if (!args.edition.empty()) {
        which = chosen_editions(editions, args.edition);
        if (which.empty()) {
            fmt::print(stderr, "cable-query: {} has no edition {} (cable-query show {} --editions lists {})\n", id,
                       args.edition, id, editions.size() == 1 ? "its one" : fmt::format("its {}", editions.size()));
            return 2;
        }
        if (which.size() > 1) {
            fmt::print(stderr, "cable-query: {} names {} editions of {}: give its number (cable-query show {} --editions)\n",
                       args.edition, which.size(), id, id);
            return 2;
        }
    }
    std::vector<Comparison> comparisons;
    std::string nothing; // why there is nothing to compare
    if (editions.size() == 1) {
        nothing = fmt::format("{} has one edition ({}): nothing to compare", id, edition_location(editions.front()));
    } else if (!which.empty() && which.front() == 0) {
        nothing = fmt::format("edition 1 of {} is the indexed one, which the others are compared with", id);
    } else if (!which.empty() && editions[which.front()].measure.redactions == 0) {
        nothing = fmt::format("edition {} of {} ({}) has no redactions: it hides nothing", which.front() + 1, id,
                              edition_location(editions[which.front()]));
    } else {
        if (which.empty())
            for (size_t i = 1; i < editions.size(); ++i)
                if (editions[i].measure.redactions > 0) which.push_back(i);
        if (which.empty()) nothing = fmt::format("{}: none of its other editions has redactions", id);
        const std::string fuller = edition_text(view->cable);
        for (size_t i : which) comparisons.push_back({i + 1, &editions[i], diff_redactions(fuller, editions[i].text)});
    }
    if (args.json) print_diff_json(stdout, id, editions, comparisons, nothing);
    else if (!nothing.empty()) fmt::print("{}\n", nothing);
    else print_diff_text(stdout, id, editions.front(), comparisons, style);
    return 0;
}

} // namespace cablesearch
