// cable-index killed with SIGKILL (a power cut, the OOM killer) at random
// moments, inside and between commits, first building an index and then
// updating one: afterwards the index opens, xapian-check passes, it holds
// exactly the cables its last commit recorded, and running cable-index again
// completes it with every cable once.
//
// The moments come from a seeded generator; the seed is printed when a check
// fails, and CABLESEARCH_CRASH_SEED=N replays a run.

#include "support/ChildProcess.h"
#include "support/IndexInspection.h"
#include "support/SyntheticCables.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <random>
#include <thread>
#include <xapian.h>

using namespace cablesearch::testing;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr size_t kCables = 5000;
constexpr double kTextShare = 0.2;
constexpr int kKills = 10;
// Small batches: a kill lands inside a commit as often as between two.
const std::string kBatch = "100";

unsigned crash_seed()
{
    const char* env = std::getenv("CABLESEARCH_CRASH_SEED");
    return env ? static_cast<unsigned>(std::strtoul(env, nullptr, 10)) : 20240611u;
}

// "" when both hold the same ids, else how they differ (a few examples).
std::string difference(const std::set<std::string>& index, const std::set<std::string>& expected,
                       const std::string& expected_name)
{
    auto only_in = [](const std::set<std::string>& a, const std::set<std::string>& b) {
        std::string out;
        size_t n = 0;
        for (const auto& id : a)
            if (!b.count(id) && n++ < 5) out += " " + id;
        return n ? std::to_string(n) + " (" + out.substr(1) + (n > 5 ? " ..." : "") + ")" : std::string{};
    };
    std::string extra = only_in(index, expected), missing = only_in(expected, index);
    std::string out;
    if (!extra.empty()) out += "documents not in " + expected_name + ": " + extra + "; ";
    if (!missing.empty()) out += expected_name + " without a document: " + missing;
    return out;
}

// The index is whole: it opens, xapian-check finds nothing in any shard, and
// it holds each cable its file states record, once. Killed between the
// commits of two shards, it may also hold cables of the corpus that no state
// records yet (see IndexWriter::commit); a run that finishes leaves exactly
// the recorded ones.
void check_whole(const fs::path& db, const std::string& xapian_check, const std::set<std::string>& corpus,
                 bool finished)
{
    std::string report;
    bool checked = xapian_check_index(xapian_check, db, report);
    INFO("xapian-check: " << report);
    CHECK(checked);
    IndexContents c = inspect_index(db);
    CHECK(c.ids_on_two_documents == 0);
    CHECK(c.documents == c.ids.size());
    if (finished) {
        CHECK(difference(c.ids, c.recorded_ids, "the file states") == "");
        return;
    }
    std::set<std::string> missing, phantom;
    for (const auto& id : c.recorded_ids)
        if (!c.ids.count(id)) missing.insert(id);
    for (const auto& id : c.ids)
        if (!c.recorded_ids.count(id) && !corpus.count(id)) phantom.insert(id);
    CHECK(difference(missing, {}, "the index") == "");  // every cable of the last commit is there
    CHECK(difference(phantom, {}, "the corpus") == ""); // and nothing that is not a cable of the corpus
}

} // namespace

TEST_CASE("crash safety: cable-index killed at random moments keeps its last commit", "[crash]")
{
    std::string xapian_check = xapian_check_program();
    if (xapian_check.empty()) {
        WARN("xapian-check not found (Debian package xapian-tools): skipping the crash-safety test");
        return;
    }
    unsigned seed = crash_seed();
    INFO("seed " << seed << " (replay with CABLESEARCH_CRASH_SEED=" << seed << ")");
    TempDir dir;
    fs::path corpus = dir / "corpus", db = dir / "index";
    // A fifth one cable per text file, the rest in csv dumps of 250 records,
    // whose commits fall in the middle of a file.
    SyntheticCorpus written = write_synthetic_corpus(corpus, kCables, kTextShare, 250);
    REQUIRE(written.ids.size() == kCables);
    std::vector<std::string> index_args = {corpus.string(), "--db", db.string(), "--batch", kBatch, "--quiet",
                                           "--shards", "2"};

    // One run without a kill: how long it takes is the range of kill moments.
    Clock::time_point start = Clock::now();
    ToolResult first = cable_index(index_args);
    auto full_run = Clock::now() - start;
    INFO(first.err);
    REQUIRE(first.status == 0);
    REQUIRE(difference(inspect_index(db).ids, written.ids, "the corpus") == "");

    std::mt19937 random(seed);
    std::uniform_real_distribution<double> moment(0.05, 0.95);
    int kills = 0, update_kills = 0;
    for (int trial = 0; kills < kKills && trial < 3 * kKills; ++trial) {
        // Even trials build a new index, odd ones update every cable of it.
        // New indexes have one shard or two in turn (their commits differ:
        // IndexWriter::commit), and the updates keep the count.
        bool update = trial % 2 == 1;
        if (!update) index_args[index_args.size() - 1] = trial % 4 == 0 ? "1" : "2";
        int revision = trial + 1;
        if (update) written = write_synthetic_corpus(corpus, kCables, kTextShare, 250, revision);
        else fs::remove_all(db);
        auto delay = std::chrono::duration_cast<Clock::duration>(full_run * moment(random));
        INFO("trial " << trial << (update ? " (update)" : " (new index)") << ", kill after "
                      << std::chrono::duration_cast<std::chrono::milliseconds>(delay).count() << " ms");

        ChildProcess indexer(CABLE_INDEX_BIN, index_args);
        std::this_thread::sleep_for(delay);
        if (indexer.kill_now() != 128 + SIGKILL) continue; // it finished first: not a kill
        ++kills;
        update_kills += update;
        // Killed before the index existed (its list of shards is written last): nothing to check.
        if (!fs::exists(db / "XAPIANDB")) continue;

        check_whole(db, xapian_check, written.ids, false);
        ToolResult count = cable_query({"", "--db", db.string(), "--count"});
        CHECK((count.status == 0 || count.err.find("the index is empty") != std::string::npos));

        ToolResult again = cable_index(index_args);
        INFO(again.err);
        CHECK(again.status == 0);
        check_whole(db, xapian_check, written.ids, true);
        CHECK(difference(inspect_index(db).ids, written.ids, "the corpus") == "");
        if (update) {
            // No update is lost: every cable has this revision's wording.
            ToolResult updated = cable_query({"subject:" + revision_word(revision), "--db", db.string(), "--count"});
            CHECK(updated.out == std::to_string(kCables) + "\n");
        }
    }
    CHECK(kills == kKills);
    CHECK(update_kills > 0);
}
