#include "app/Commands.h"
#include "app/Progress.h"
#include "index/CorpusWalker.h"
#include "index/IndexLocation.h"
#include "index/IndexWriter.h"
#include "index/IngestPipeline.h"
#include "index/SpellingDictionary.h"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

namespace cablesearch {

namespace fs = std::filesystem;

constexpr size_t kCompactAfterChanges = 10000;

int run_index(const IndexArgs& args)
{
    fs::path corpus = args.corpus;
    std::error_code ec;
    if (!fs::exists(corpus, ec)) throw std::runtime_error(fmt::format("{}: no such file or folder", corpus.string()));
    fs::path root = fs::weakly_canonical(fs::absolute(corpus));
    std::string db = args.db.empty() ? default_index_path().string() : args.db;

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

    CorpusListing listing = list_corpus(root);
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
    options.on_failure = [&](const std::string& f) {
        ++failures;
        progress.clear();
        fmt::print(stderr, "cable-index: {}; skipped\n", f);
    };

    std::vector<CorpusFile> todo = writer->plan(listing, root.string());
    if (args.verbose)
        for (const auto& f : todo) fmt::print(stderr, "cable-index: reading {}\n", f.path.string());
    uint64_t bytes = 0;
    for (const auto& f : todo) bytes += f.size;
    ingest(todo, *writer, options);
    // Copies of ids whose first copy went away in this run take their place.
    for (int round = 0; round < 3; ++round) {
        auto again = writer->take_rereads();
        if (again.empty()) break;
        std::vector<CorpusFile> files;
        for (const auto& path : again)
            for (const auto& f : listing.files)
                if (f.path.string() == path) files.push_back(f);
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
        fmt::print("Indexed {} into {}\n", root.string(), db);
        fmt::print("  cables: {} added, {} updated, {} deleted\n", c.added, c.updated, c.deleted);
        fmt::print("  files:  {} read, {} unchanged, {} deleted, {} failed\n", c.files_read, c.files_unchanged,
                   c.files_deleted, c.files_failed + listing.problems.size());
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
