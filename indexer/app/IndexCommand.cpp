#include "app/Commands.h"
#include "app/Progress.h"
#include "index/CorpusWalker.h"
#include "index/IndexLocation.h"
#include "index/IndexPart.h"
#include "index/IndexWriter.h"
#include "index/IngestPipeline.h"
#include "index/RunScope.h"
#include "index/SpellingDictionary.h"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <unistd.h>
#include <xapian.h>

namespace cablesearch {

namespace fs = std::filesystem;

constexpr size_t kCompactAfterChanges = 10000;

namespace {

// The paths of the command line as a scope: absolute, each once. Every path
// must exist: a mistyped one must not read as "left out" (or be pruned).
RunScope scope_of(const IndexArgs& args)
{
    RunScope scope;
    scope.prune = args.prune;
    std::vector<std::string> missing;
    for (const auto& arg : args.paths) {
        if (arg == "-") {
            if (scope.standard_input) throw std::runtime_error("- is given twice: standard input is read once");
            // Rather than wait for a cable typed in.
            if (isatty(STDIN_FILENO))
                throw std::runtime_error("- reads a file from standard input, which is a terminal here: "
                                         "cable-index - < FILE, or COMMAND | cable-index -");
            scope.standard_input = true;
            continue;
        }
        std::error_code ec;
        if (!fs::exists(arg, ec)) {
            missing.push_back(arg);
            continue;
        }
        std::string root = fs::weakly_canonical(fs::absolute(arg)).string();
        if (std::find(scope.roots.begin(), scope.roots.end(), root) == scope.roots.end()) scope.roots.push_back(root);
    }
    if (!missing.empty()) {
        std::string message;
        for (const auto& m : missing)
            message += fmt::format("{}{}: no such file or folder", message.empty() ? "" : "\ncable-index: ", m);
        throw std::runtime_error(message);
    }
    return scope;
}

std::string label(const std::string& root) { return root == kStandardInputPath ? "standard input" : root; }

std::string named_paths(const RunScope& scope)
{
    std::string out;
    for (const auto& root : scope.roots) out += (out.empty() ? "" : ", ") + root;
    if (scope.standard_input) out += (out.empty() ? "" : ", ") + std::string("standard input");
    return out;
}

// What became of the files of earlier runs this one does not name.
void print_left_out(const RunScope& scope, const std::vector<LeftOutPath>& left_out)
{
    if (left_out.empty()) {
        if (scope.prune) fmt::print("  pruned: nothing (the index holds no file these paths do not)\n");
        return;
    }
    for (const auto& group : left_out) {
        std::string what = group.root.empty() ? std::string("files of earlier runs") : label(group.root);
        std::string counts = fmt::format("{} file{}, {} cable{}", group.files, group.files == 1 ? "" : "s", group.cables,
                                         group.cables == 1 ? "" : "s");
        if (scope.prune) fmt::print("  pruned, not named in this run: {} ({} deleted)\n", what, counts);
        else fmt::print("  kept, not named in this run: {} ({}); --prune removes them\n", what, counts);
    }
}

} // namespace

int run_index(const IndexArgs& args)
{
    RunScope scope = scope_of(args);
    std::string db = args.db.empty() ? default_index_path().string() : args.db;
    std::optional<IndexPart> asked; // checked before anything is made
    if (!args.part.empty()) asked = parse_index_part(args.part);

    // Only our own commits flush: each one holds whole batches and the file
    // states that go with them.
    setenv("XAPIAN_FLUSH_THRESHOLD", "100000000", 1);

    std::unique_ptr<IndexWriter> writer;
    try {
        writer = std::make_unique<IndexWriter>(db, args.shards);
    } catch (const Xapian::DatabaseLockError&) {
        throw std::runtime_error(fmt::format("{}: the index is being written by another cable-index; try again when it is done", db));
    } catch (const Xapian::Error& e) {
        throw std::runtime_error(fmt::format("{}: cannot open the index: {}", db, e.get_msg()));
    }
    writer->set_batch_size(args.batch);
    const IndexPart part =
        settle_index_part(writer->metadata(std::string(kPartKey)), writer->documents() == 0, asked, db);
    if (!part.whole()) writer->set_metadata(std::string(kPartKey), part.text());

    std::vector<fs::path> roots(scope.roots.begin(), scope.roots.end());
    CorpusListing listing = list_corpus(roots);
    size_t failures = listing.problems.size();
    for (const auto& p : listing.problems) fmt::print(stderr, "cable-index: {}\n", p);

    ProgressLine progress(!args.quiet && isatty(STDERR_FILENO));
    IngestOptions options;
    options.threads = args.threads;
    options.on_progress = [&](const IngestProgress& p) { progress.update(p); };
    size_t warnings = 0;
    options.on_warning = [&](const std::string& w) {
        ++warnings;
        if (w.find("record skipped") != std::string::npos) ++failures;
        if (args.quiet && w.find("record skipped") == std::string::npos) return;
        progress.clear();
        fmt::print(stderr, "cable-index: warning: {}\n", w);
    };
    if (!part.whole()) options.holds = [part](const std::string& key) { return part.holds(key); };
    options.on_failure = [&](const std::string& f) {
        ++failures;
        progress.clear();
        fmt::print(stderr, "cable-index: {}; skipped\n", f);
    };

    std::vector<CorpusFile> todo = writer->plan(listing, scope);
    // Standard input has no size or time to compare: read every time.
    if (scope.standard_input) todo.push_back(CorpusFile{fs::path(kStandardInputPath), 0, 0});
    if (args.verbose)
        for (const auto& f : todo) fmt::print(stderr, "cable-index: reading {}\n", f.path.string());
    uint64_t bytes = 0;
    for (const auto& f : todo) bytes += f.size;
    ingest(todo, *writer, options);
    // Copies of ids whose first copy went away in this run take their place,
    // also from files this run does not name (standard input cannot be read
    // twice).
    std::map<std::string, const CorpusFile*> listed;
    for (const auto& f : listing.files) listed[f.path.string()] = &f;
    for (int round = 0; round < 3; ++round) {
        auto again = writer->take_rereads();
        if (again.empty()) break;
        std::vector<CorpusFile> files;
        for (const auto& path : again) {
            if (auto it = listed.find(path); it != listed.end()) files.push_back(*it->second);
            else if (path == kStandardInputPath) continue;
            else if (auto f = stat_corpus_file(path)) files.push_back(*f);
        }
        ingest(files, *writer, options);
    }
    progress.clear();

    const IndexCounts& c = writer->counts();
    // Commits in small batches leave half-empty blocks behind; after a run
    // that wrote much of the index, a compaction halves its size.
    size_t changed = c.added + c.updated + c.deleted;
    bool compacted = args.compact || (changed >= kCompactAfterChanges && changed * 4 >= writer->documents());
    if (compacted) {
        if (args.verbose) fmt::print(stderr, "cable-index: compacting {}\n", db);
        writer->compact();
    }
    double secs = progress.elapsed_seconds();
    if (!args.quiet) {
        size_t named = scope.roots.size() + scope.standard_input;
        if (named == 1) fmt::print("Indexed {} into {}\n", named_paths(scope), db);
        else fmt::print("Indexed {} paths into {}: {}\n", named, db, named_paths(scope));
        if (!part.whole())
            fmt::print("  part {} of {} of the corpus (the others' cables were read, and left to them)\n", part.number,
                       part.count);
        fmt::print("  cables: {} added, {} updated, {} deleted\n", c.added, c.updated, c.deleted);
        fmt::print("  files:  {} read, {} unchanged, {} deleted, {} failed\n", c.files_read, c.files_unchanged,
                   c.files_deleted, c.files_failed + listing.problems.size());
        if (scope.standard_input)
            fmt::print("  standard input: read, not remembered as a path (no later run reads it again; its cables "
                       "stay until a run with --prune)\n");
        print_left_out(scope, writer->left_out());
        if (c.duplicates) fmt::print("  {} duplicate reference ids (warnings above name the files)\n", c.duplicates);
        fmt::print("  {:.1f} s, {:.1f} MB/s{}\n", secs, secs > 0 ? bytes / 1e6 / secs : 0.0,
                   compacted ? ", index compacted" : "");
    }
    if (failures && !args.quiet)
        fmt::print(stderr, "cable-index: {} files or records could not be read (see above); every other cable is indexed\n",
                   failures);
    writer.reset();                  // the spelling refresh opens the index for writing itself
    refresh_spelling_dictionary(db); // cable-query's "did you mean" (index/SpellingDictionary.h)
    return failures ? 1 : 0;
}

} // namespace cablesearch
