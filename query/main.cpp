// cable-query: faceted search over a cable index from the terminal.
//   cable-query 'trafficking tag:KTIP date:2007' [--json|--csv] [--facets ...]
//   cable-query show 07CHENGDU32 [QUERY] [--editions]
//   cable-query diff 10ROME77 [--edition N|FILE] [--json]
//   cable-query tags [QUERY] [--with TAG]
//   cable-query refs 08MANAMA492 [--depth 2] [--direction cites|cited-by|both] [--json|--dot]
//   cable-query --save NAME 'QUERY' [--tag ...]; cable-query '@NAME date:2008'; cable-query saved
// Exit status as grep: 0 matches, 1 none, 2 error.

#include "CommandLine.h"
#include "CompletionCommand.h"
#include "Explain.h"
#include "OpenIndex.h"
#include "Search.h"
#include "editions/EditionsCommand.h"
#include "output/Output.h"
#include "tags/TagsSubcommand.h"
#include "graph/RefsSubcommand.h"
#include "output/TimelineOutput.h"
#include "saved/SavedCommands.h"
#include "saved/SavedSubcommand.h"
#include "index/Schema.h"
#include "model/CableJson.h"
#include "parse/TextScan.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

using namespace cablesearch;

namespace {

std::string join_words(const std::vector<std::string>& words)
{
    std::string q;
    for (const auto& w : words) q += (q.empty() ? "" : " ") + w;
    return q;
}

bool want_colour(const std::string& mode)
{
    if (mode == "always") return true;
    if (mode == "never") return false;
    return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
}

// --allow-partial: which shards the results leave out.
void warn_partial(const std::vector<MissingShard>& missing)
{
    for (const auto& m : missing)
        fmt::print(stderr,
                   "cable-query: warning: shard {} {}; the results leave out its cables, and every count is partial\n",
                   m.name, m.problem);
}

int run_show(CableIndex& index, const std::string& id, const std::string& query, bool json, bool editions,
             const TextStyle& style)
{
    std::optional<CableView> view = find_cable(index, id, query);
    warn_partial(index.missing);
    if (!view) {
        fmt::print(stderr, "cable-query: no cable {} in the index\n", id);
        return 1;
    }
    if (editions) {
        const std::string key = view->cable.released_id.empty() ? view->cable.id : view->cable.released_id;
        if (json) print_editions_json(stdout, key, view->editions);
        else print_editions_text(stdout, key, view->editions, style);
    } else if (json) fmt::print("{}\n", to_json(view->cable).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    else print_cable_text(stdout, view->cable, view->highlighter ? &*view->highlighter : nullptr, style);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    CLI::App app{"cable-query: search a cable index (exit status: 0 matches, 1 none, 2 error)"};
    app.set_version_flag("--version", "cable-query 0.1.0");
    std::vector<std::string> words;
    std::string db, sort = "relevance", facets = "tag,post,year,class", colour = "auto";
    SearchOptions o;
    bool json = false, csv = false, explain = false;
    app.add_option("query", words, "Query: words, \"phrases\", AND OR NOT, field:value (see README)");
    app.add_option("--db", db, "Index location, or tcp:HOST:PORT (default: $CABLESEARCH_INDEX or ~/.local/share/cablesearch/index)");
    app.add_option("-n,--limit", o.limit, "Hits to show")->default_val(10);
    app.add_option("--offset", o.offset, "Skip this many hits (paging)")->default_val(0);
    app.add_option("--sort", sort, "relevance, date (oldest first), -date (newest first) or cited (most cited first)")
        ->check(CLI::IsMember({"relevance", "date", "-date", "cited"}));
    app.add_flag("-c,--count", o.count_only, "Print only the number of matching cables");
    app.add_option("--facets", facets, "Facets to count: tag,post,year,month,class,caveat or none");
    app.add_option("--facet-limit", o.facet_limit, "Values shown per facet")->default_val(10);
    app.add_option("--paragraphs", o.paragraphs_per_hit, "Matching paragraphs shown per hit")->default_val(3);
    app.add_option("--tag", o.filters.tags, "Only cables with this tag (repeat: all of them)");
    app.add_option("--post", o.filters.posts, "Only cables from this post (repeat: any of them)");
    app.add_option("--class", o.filters.classes, "Only cables of this classification or caveat");
    app.add_option("--since", o.filters.since, "Only cables from this date on (YYYY, YYYY-MM, YYYY-MM-DD)");
    app.add_option("--until", o.filters.until, "Only cables up to this date (inclusive)");
    auto* json_flag = app.add_flag("--json", json, "JSON lines: one object per hit, then a summary object");
    app.add_flag("--csv", csv, "CSV: one row per hit")->excludes(json_flag);
    app.add_flag("--explain", explain, "Print how the query was understood");
    app.add_option("--color,--colour", colour, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
    OpenOptions open_options;
    double timeout_seconds = 10;
    auto hosts_options = [&](CLI::App& on) {
        on.add_option("--timeout", timeout_seconds, "Seconds a shard on another host has to answer, else it is named")
            ->default_val(10)
            ->check(CLI::Range(0.001, 86400.0));
        on.add_flag("--allow-partial", open_options.allow_partial,
                    "Search the shards that answer; the others are named, and counts are partial");
    };
    hosts_options(app);
    std::string timeline;
    bool per_volume = false;
    auto* timeline_option = app.add_option("--timeline", timeline, "After the hits, every match counted by year, quarter or month")
                                ->check(CLI::IsMember({"year", "quarter", "month"}, CLI::ignore_case))
                                ->excludes("--csv");
    app.add_flag("--per-volume", per_volume, "With --timeline: per 1,000 cables the index has in each period")
        ->needs(timeline_option);
    std::string save_name;
    auto* save_option =
        app.add_option("--save", save_name, "Keep this search (query and filters) as NAME: @NAME in a query stands for it");

    std::string show_id;
    std::vector<std::string> show_words;
    bool show_json = false, show_editions = false;
    CLI::App* show = app.add_subcommand("show", "Print one cable, query words highlighted");
    show->add_option("id", show_id, "Reference id, e.g. 07CHENGDU32")->required();
    show->add_option("query", show_words, "Words to highlight");
    show->add_option("--db", db, "Index location");
    show->add_flag("--json", show_json, "The cable as JSON");
    show->add_flag("--editions", show_editions,
                   "List the cable's editions in the corpus (files, redactions, text length), the indexed one first");
    show->add_option("--color,--colour", colour, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
    hosts_options(*show);

    DiffArgs diff_args;
    CLI::App* diff = app.add_subcommand("diff", "What a redacted edition of a cable hides, word by word");
    diff->add_option("id", diff_args.id, "Reference id, e.g. 10ROME77")->required();
    diff->add_option("--edition", diff_args.edition,
                     "The edition to compare: its number in show --editions, or its file (default: every redacted one)");
    diff->add_option("--db", db, "Index location");
    diff->add_flag("--json", diff_args.json, "One JSON object: each edition's hidden words in their context");
    diff->add_option("--color,--colour", colour, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
    hosts_options(*diff);

    TagsSubcommand tags(app, db, colour);
    RefsSubcommand refs(app, db, colour);
    hosts_options(refs.command());
    CompletionArgs completion;
    CLI::App* complete = add_completion_subcommand(app, completion);
    SavedSubcommand saved(app, db);

    try {
        parse_command_line(app, argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    if (*complete) return run_completion(completion);

    try {
        if (saved.chosen()) return saved.run(db);
        std::optional<SavedSearch> to_save;
        if (save_option->count() > 0) to_save = search_to_save(save_name, join_words(words), o.filters);
        TextStyle style{want_colour(colour)};
        open_options.timeout = std::chrono::milliseconds(static_cast<long>(timeout_seconds * 1000));
        CableIndex index = open_index(db, open_options);
        if (*show) return run_show(index, show_id, join_words(show_words), show_json, show_editions, style);
        if (*diff) return run_diff(index, diff_args, style);
        if (tags.chosen()) return tags.run(index, style.colour);
        if (refs.chosen()) return refs.run(index, style.colour);

        o.query = join_words(words);
        o.sort = sort == "date"    ? SortOrder::DateAscending
                 : sort == "-date" ? SortOrder::DateDescending
                 : sort == "cited" ? SortOrder::Cited
                                   : SortOrder::Relevance;
        try {
            o.facets = parse_facet_list(facets);
        } catch (const std::invalid_argument& e) {
            fmt::print(stderr, "cable-query: {}\n", e.what());
            return 2;
        }
        if (csv || o.count_only) o.facets.clear();
        if (!timeline.empty()) o.timeline = TimelineOptions{parse_timeline_period(timeline), per_volume};
        SearchResult result = run_search(index, o);
        if (explain && !result.expanded_query.empty())
            fmt::print(stderr, "cable-query: with its saved searches, the query reads\n  {}\n", result.expanded_query);
        warn_partial(result.missing_shards);
        if (!result.spelling_problem.empty()) fmt::print(stderr, "cable-query: {}\n", result.spelling_problem);
        if (explain) {
            // Ranked by relevance, the query with the subject's extra weight.
            const Xapian::Query& shown = result.ranking.empty() ? result.query : result.ranking;
            fmt::print(stderr, "cable-query: the query is understood as\n{}  (Xapian: {})\n", explain_query(shown),
                       shown.get_description());
        }
        if (to_save) fmt::print(stderr, "cable-query: {}\n", save_search(*to_save));
        if (o.count_only) fmt::print("{}\n", result.total);
        else if (json) print_json(stdout, result, o);
        else if (csv) print_csv(stdout, result);
        else print_text(stdout, result, o, style);
        if (result.timeline && (o.count_only || !json)) {
            if (!o.count_only) fmt::print("\n");
            print_timeline_text(stdout, *result.timeline, timeline_style(colour, style.colour));
        }
        return result.total > 0 ? 0 : 1;
    } catch (const QuerySyntaxError& e) {
        fmt::print(stderr, "cable-query: {}\n{}\n", e.what(), e.pointer());
        return 2;
    } catch (const Xapian::Error& e) {
        fmt::print(stderr, "cable-query: {}: {}\n", e.get_type(), e.get_msg());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "cable-query: {}\n", e.what());
        return 2;
    }
}
