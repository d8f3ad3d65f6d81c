// cable-query run over and over, by several processes at once, while
// cable-index updates the same index again and again: a query never fails
// (cable-query reopens the index when a commit lands under it), the count
// never moves (an update replaces cables, never drops one), and every cable
// it prints is whole. A second cable-index is turned away meanwhile.

#include "support/ChildProcess.h"
#include "support/SyntheticCables.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>
#include <xapian.h>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

constexpr size_t kCables = 1500;
constexpr int kUpdates = 4;
constexpr int kQueryThreads = 3;

struct Problems {
    std::mutex mutex;
    std::vector<std::string> found;
    void add(std::string p)
    {
        std::lock_guard lock(mutex);
        if (found.size() < 20) found.push_back(std::move(p));
    }
};

// A synthetic cable is whole when it has its subject, tags, post, date and
// classification, and its two paragraphs, numbered 1 and 2, with one text.
std::string incomplete(const nlohmann::json& cable)
{
    static const std::regex subject(R"([a-z]+ REPORT NUMBER \d+ rev\d+)", std::regex::icase);
    for (const char* field : {"id", "date", "classification", "subject", "tags", "paragraphs"})
        if (!cable.contains(field) || cable[field].is_null()) return std::string("no ") + field;
    // A hit names the post "post", the whole cable (show --json) "origin".
    if (!cable.contains("post") && !cable.contains("origin")) return "no post";
    if (!std::regex_match(cable["subject"].get<std::string>(), subject)) return "subject " + cable["subject"].dump();
    if (cable["tags"].empty()) return "no tags";
    const auto& ps = cable["paragraphs"];
    if (ps.size() != 2) return std::to_string(ps.size()) + " paragraphs";
    if (ps[0]["number"] != 1 || ps[1]["number"] != 2) return "paragraph numbers " + ps.dump();
    if (ps[0]["text"] != ps[1]["text"] || ps[0]["text"].get<std::string>().empty()) return "paragraph texts differ";
    return {};
}

void query_until(const std::atomic<bool>& done, const std::string& db, int thread, Problems& problems,
                 std::atomic<int>& queries)
{
    const std::vector<std::vector<std::string>> kinds = {
        {"trafficking", "--json", "--limit", "20", "--paragraphs", "5"},
        {"border tag:PGOV", "--json", "--limit", "20", "--paragraphs", "5", "--sort", "-date"},
        {"", "--count"},
        {"show", "00ATHENS1000", "--json"},
    };
    for (int n = thread; !done; ++n) {
        std::vector<std::string> args = kinds[static_cast<size_t>(n) % kinds.size()];
        std::string what = args[0] + (args[0] == "show" ? " " + args[1] : std::string{}) + ": ";
        args.insert(args.end(), {"--db", db});
        ToolResult r = cable_query(args);
        ++queries;
        if (r.status != 0) {
            problems.add(what + "status " + std::to_string(r.status) + ": " + r.err);
            continue;
        }
        if (args[1] == "--count") {
            if (r.out != std::to_string(kCables) + "\n") problems.add(what + "count " + r.out);
            continue;
        }
        for (const auto& line : lines_of(r.out)) {
            auto j = nlohmann::json::parse(line, nullptr, false);
            if (j.is_discarded()) {
                problems.add(what + "not JSON: " + line.substr(0, 80));
                continue;
            }
            if (j.contains("type") && j["type"] == "summary") continue;
            // Hits show the matching paragraphs; both paragraphs of a
            // synthetic cable hold every word queried here, so both match.
            std::string why = incomplete(j);
            if (!why.empty()) problems.add(what + j.value("id", std::string("?")) + ": " + why);
        }
    }
}

} // namespace

TEST_CASE("concurrency: cable-query never fails nor shows half a cable while cable-index updates", "[concurrency]")
{
    TempDir dir;
    fs::path corpus = dir / "corpus";
    std::string db = (dir / "index").string();
    write_synthetic_corpus(corpus, kCables, 0.5, 150);
    REQUIRE(cable_index({corpus.string(), "--db", db, "--quiet"}).status == 0);
    REQUIRE(cable_query({"", "--db", db, "--count"}).out == std::to_string(kCables) + "\n");

    std::atomic<bool> done{false};
    std::atomic<int> queries{0};
    Problems problems;
    std::vector<std::thread> threads;
    for (int t = 0; t < kQueryThreads; ++t)
        threads.emplace_back([&, t] { query_until(done, db, t, problems, queries); });

    // Each update rewrites every cable (a new word in each subject) and is
    // committed in small batches, so that commits land under running queries.
    std::vector<int> statuses;
    for (int revision = 1; revision <= kUpdates; ++revision) {
        write_synthetic_corpus(corpus, kCables, 0.5, 150, revision);
        ChildProcess indexer(CABLE_INDEX_BIN, {corpus.string(), "--db", db, "--batch", "50", "--quiet"});
        statuses.push_back(indexer.wait());
    }
    done = true;
    for (auto& t : threads) t.join();

    CHECK(statuses == std::vector<int>(kUpdates, 0));
    CHECK(queries > 0);
    INFO(queries << " queries");
    for (const auto& p : problems.found) FAIL_CHECK(p);
    ToolResult last = cable_query({"subject:" + revision_word(kUpdates), "--db", db, "--count"});
    CHECK(last.out == std::to_string(kCables) + "\n");
}

TEST_CASE("concurrency: a second cable-index on an index being written is refused at once", "[concurrency]")
{
    TempDir dir;
    std::string db = (dir / "index").string();
    REQUIRE(cable_index({source_dir() + "/corpus", "--db", db, "--quiet"}).status == 0);
    // This process holds the index's write lock, as a running cable-index does.
    Xapian::WritableDatabase writer(db, Xapian::DB_OPEN);
    ToolResult second = cable_index({source_dir() + "/corpus", "--db", db});
    CHECK(second.status == 2);
    CHECK(lines_of(second.err).size() == 1);
    CHECK(second.err.find("being written by another cable-index") != std::string::npos);
    // Searching goes on meanwhile.
    CHECK(cable_query({"trafficking", "--db", db, "--count"}).status == 0);
}
