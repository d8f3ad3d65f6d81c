// cable-index: reads files and folders of cables (plain text, release HTML
// pages, cables.csv dumps, gzip or not) into a Xapian index; `cable-index
// parse FILE...` prints what the parser reads, as JSON lines.

#include "app/Commands.h"
#include "index/IndexLocation.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <xapian.h>

int main(int argc, char** argv)
{
    using namespace cablesearch;
    CLI::App app{"cable-index: index diplomatic cables for cable-query"};
    app.set_version_flag("--version", "cable-index 0.1.0");
    app.require_subcommand(0, 1);

    IndexArgs index_args;
    app.add_option("paths", index_args.paths,
                   "Files and folders of cables to index; - reads one file from standard input")
        ->type_name("PATH...");
    app.add_option("--db", index_args.db, "Index location (default: $CABLESEARCH_INDEX or ~/.local/share/cablesearch/index)");
    app.add_flag("-q,--quiet", index_args.quiet, "Print only errors");
    app.add_flag("-v,--verbose", index_args.verbose, "Print every file read and every warning");
    app.add_option("-j,--threads", index_args.threads, "Worker threads (default: one per core)");
    app.add_option("--shards", index_args.shards,
                   "Shards of a new index, each written by its own thread, each searched by its own")
        ->default_val(index_args.shards)
        ->check(CLI::Range(1, 8));
    app.add_option("--batch", index_args.batch,
                   "Cables per commit (default: 500; in an index that holds cables, more as it grows, up to 5,000)");
    app.add_flag("--prune", index_args.prune,
                 "Remove the cables of files earlier runs read that these paths do not hold");
    app.add_option("--part", index_args.part,
                   "Index only part K of N of the corpus (for N hosts searched as one; see cable-index remote)")
        ->type_name("K/N");
    app.add_flag("--compact", index_args.compact,
                 "Compact the index at the end (done anyway after a run that changed much of it)");

    ParseArgs parse_args;
    CLI::App* parse = app.add_subcommand("parse", "Print each cable of FILE... as one JSON object per line");
    parse->add_option("files", parse_args.files, "Cable files (text, HTML, cables.csv; gzip or not) or folders of them")->required();
    parse->add_flag("--pretty", parse_args.pretty, "Indented JSON");
    parse->add_flag("--stats", parse_args.stats, "Parse only, then print bytes, cables and speed (benchmarks)");

    RemoteArgs remote_args;
    CLI::App* remote = add_remote_command(app, remote_args);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    try {
        if (*parse) return run_parse(parse_args);
        if (*remote) return run_remote(remote_args);
        if (index_args.paths.empty()) {
            fmt::print(stderr, "cable-index: no file or folder given\n{}", app.help());
            return 2;
        }
        return run_index(index_args);
    } catch (const std::exception& e) {
        fmt::print(stderr, "cable-index: {}\n", e.what());
        return 2;
    } catch (const Xapian::DatabaseError& e) {
        // A write failed (disk full, I/O error). Commits are atomic: the
        // index is as its last commit left it.
        std::string db = index_args.db.empty() ? default_index_path().string() : index_args.db;
        const char* system_error = e.get_error_string();
        fmt::print(stderr,
                   "cable-index: {}: cannot write the index: {}{}; it still holds the cables of its last commit: "
                   "make room and run cable-index again\n",
                   db, e.get_msg(), system_error ? fmt::format(" ({})", system_error) : std::string{});
        return 2;
    } catch (const Xapian::Error& e) {
        // Not a std::exception: without these lines, std::terminate and a core dump.
        fmt::print(stderr, "cable-index: {}: {}\n", e.get_type(), e.get_msg());
        return 2;
    }
}
