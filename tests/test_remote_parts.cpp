// One corpus indexed as three parts (cable-index --part K/3), each served by
// its own xapian-tcpsrv on a loopback port and listed in a search folder
// (cable-index remote add), must answer every query as one local index of
// the whole corpus: the same cables in the same order, the same count, the
// same facet counts, snippets and "did you mean". And a part whose server
// hangs or dies is named, or left out and labelled with --allow-partial.

#include "OpenIndex.h"
#include "Search.h"
#include "support/TcpServer.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

using namespace cablesearch;
using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kParts = 3;

// A generated corpus, one index of all of it, and its three parts; made once
// per test process.
struct SplitCorpus {
    TempDir dir;
    fs::path corpus = dir / "corpus", whole = dir / "whole";
    std::vector<fs::path> parts;

    SplitCorpus()
    {
        ToolResult made = run_tool(CABLE_MAKE_CORPUS_BIN, {"--count", "600", "--seed", "14", "--out", corpus.string(), "-q"});
        REQUIRE(made.status == 0);
        ToolResult all = cable_index({corpus.string(), "--db", whole.string(), "--quiet"});
        INFO(all.err);
        REQUIRE(all.status == 0);
        for (int k = 1; k <= kParts; ++k) {
            parts.push_back(dir / ("part" + std::to_string(k)));
            ToolResult part = cable_index(
                {corpus.string(), "--db", parts.back().string(), "--part", std::to_string(k) + "/3", "--quiet"});
            INFO(part.err);
            REQUIRE(part.status == 0);
        }
    }
};

const SplitCorpus& split_corpus()
{
    static SplitCorpus split;
    return split;
}

// Each part served by its own xapian-tcpsrv, and a search folder listing them.
struct PartServers {
    TempDir dir;
    std::string folder = (dir / "search").string();
    std::vector<std::unique_ptr<TcpServer>> servers;

    explicit PartServers(const SplitCorpus& split)
    {
        REQUIRE_FALSE(find_tcpsrv().empty()); // package xapian-tools, in scripts/lib/common.sh
        for (const auto& part : split.parts) {
            servers.push_back(std::make_unique<TcpServer>(part.string()));
            REQUIRE(servers.back()->ready());
            ToolResult added = cable_index({"remote", "add", folder, servers.back()->address()});
            INFO(added.err);
            REQUIRE(added.status == 0);
        }
    }
};

// Every line cable-query prints for a search as JSON, without the scores:
// their last digits may differ where Xapian adds up the shards' statistics
// in another order; the order of the hits, their percentages, paragraphs
// and highlights may not.
struct Answer {
    int status = -1;
    std::vector<nlohmann::json> lines;
    std::string err;
    nlohmann::json summary() const { return lines.empty() ? nlohmann::json() : lines.back(); }
    std::vector<std::string> ids() const
    {
        std::vector<std::string> out;
        for (const auto& l : lines)
            if (l["type"] == "hit") out.push_back(l["released_id"].is_string() ? l["released_id"] : l["id"]);
        return out;
    }
};

Answer json_answer(const std::string& db, std::vector<std::string> args)
{
    auto has = [&](const char* option) { return std::find(args.begin(), args.end(), option) != args.end(); };
    if (!has("--facets")) args.insert(args.end(), {"--facets", "tag,post,year,month,class,caveat", "--facet-limit", "1000"});
    if (!has("--limit")) args.insert(args.end(), {"--limit", "40"});
    args.insert(args.end(), {"--db", db, "--json"});
    ToolResult r = cable_query(args);
    Answer a{r.status, {}, r.err};
    for (const auto& line : lines_of(r.out)) {
        auto j = nlohmann::json::parse(line);
        j.erase("score");
        a.lines.push_back(std::move(j));
    }
    return a;
}

std::string some_cable_id(const SplitCorpus& split)
{
    std::set<std::string> names;
    for (const auto& e : fs::recursive_directory_iterator(split.corpus))
        if (e.is_regular_file()) names.insert(e.path().stem().string());
    REQUIRE(names.size() > 100);
    return *std::next(names.begin(), 100);
}

Xapian::doccount count_of(const std::string& db, const std::string& query)
{
    ToolResult r = cable_query({query, "--db", db, "--count"});
    REQUIRE((r.status == 0 || r.status == 1));
    return static_cast<Xapian::doccount>(std::stoul(r.out));
}

} // namespace

TEST_CASE("parts: --part K/N splits a corpus into disjoint indexes that together hold it, and keeps them so",
          "[index][parts]")
{
    TempDir dir;
    const fs::path corpus = dir / "corpus";
    REQUIRE(run_tool(CABLE_MAKE_CORPUS_BIN, {"--count", "90", "--seed", "3", "--out", corpus.string(), "-q"}).status == 0);
    auto ids_of = [](const fs::path& db) {
        Answer a = json_answer(db.string(), {"", "--limit", "1000", "--facets", "none"});
        REQUIRE(a.status == 0);
        return a.ids();
    };
    auto index_parts = [&](bool name_the_part) {
        std::vector<std::string> all;
        for (int k = 1; k <= kParts; ++k) {
            const fs::path db = dir / ("part" + std::to_string(k));
            std::vector<std::string> args = {corpus.string(), "--db", db.string()};
            if (name_the_part) args.insert(args.end(), {"--part", std::to_string(k) + "/3"});
            ToolResult r = cable_index(args);
            INFO(r.err);
            REQUIRE(r.status == 0);
            CHECK(r.out.find("part " + std::to_string(k) + " of 3") != std::string::npos);
            std::vector<std::string> ids = ids_of(db);
            CHECK(ids.size() > 10); // each part has its share
            all.insert(all.end(), ids.begin(), ids.end());
        }
        REQUIRE(cable_index({corpus.string(), "--db", (dir / "whole").string(), "--quiet"}).status == 0);
        std::vector<std::string> whole = ids_of(dir / "whole");
        // Disjoint, and together the whole corpus.
        CHECK(std::set<std::string>(all.begin(), all.end()).size() == all.size());
        CHECK(sorted(all) == sorted(whole));
    };
    index_parts(true);

    // Files changed, added and deleted: each part's next run (with --part
    // left out: the index remembers it) takes its own share of them.
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(corpus))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (size_t i = 0; i < 10; ++i) fs::remove(files[i]);
    REQUIRE(run_tool(CABLE_MAKE_CORPUS_BIN, {"--count", "30", "--seed", "4", "--out", (corpus / "more").string(), "-q"})
                .status == 0);
    index_parts(false);

    // A different part, or a part of an index of the whole corpus, is refused.
    ToolResult other = cable_index({corpus.string(), "--db", (dir / "part1").string(), "--part", "2/3"});
    CHECK(other.status == 2);
    CHECK(other.err.find("holds part 1/3") != std::string::npos);
    ToolResult whole = cable_index({corpus.string(), "--db", (dir / "whole").string(), "--part", "1/3"});
    CHECK(whole.status == 2);
    CHECK(whole.err.find("holds the whole corpus") != std::string::npos);
    for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0"}) {
        ToolResult r = cable_index({corpus.string(), "--db", (dir / "bad").string(), "--part", bad});
        INFO(bad);
        CHECK(r.status == 2);
        CHECK(r.err.find("--part") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "bad"));
    }
}

TEST_CASE("remote parts: every kind of query answers over three servers as over one local index",
          "[query][remote][parts]")
{
    const SplitCorpus& split = split_corpus();
    PartServers servers(split);
    const std::string id = some_cable_id(split);

    const std::vector<std::vector<std::string>> searches = {
        // words, phrases, proximity, wildcards
        {"minister"},
        {"trafficking election"},
        {"\"deputy minister\""},
        {"minister NEAR/3 trade"},
        {"deputy ADJ/2 minister"},
        {"minist*"},
        {"subject:offic* OR traffick*"},
        {"anss* OR borh*"}, // names spread over the parts: each part's vocabulary has some
        // fields, filters and ranges
        {"tag:PGOV"},
        {"tag:PGOV tag:PREL election"},
        {"post:ankara OR post:baghdad"},
        {"class:unclassified minister"},
        {"date:2006-01..2007-06 election"},
        {"year:2003..2005"},
        {"minister", "--tag", "PREL", "--since", "2006", "--until", "2008-06"},
        {id},
        // the citation graph (every hit also has its cited-by count, summed over the parts)
        {"cited-by:" + id + " OR cites:" + id},
        {"ref:" + id, "--sort", "date"},
        // OR, NOT
        {"trafficking OR hostage"},
        {"minister NOT election"},
        {"election -tag:PGOV"},
        {"(trafficking OR hostage) AND NOT date:2007"},
        // orders and pages
        {"election", "--sort", "date"},
        {"tag:PREL", "--sort", "-date"},
        {"minister", "--limit", "7", "--offset", "13"},
        {"minister", "--limit", "3", "--facets", "year,post"}, // a page match's spies once miscounted short pages
        {"", "--limit", "5", "--offset", "590"},
        {"", "--sort", "-date", "--limit", "25", "--offset", "100"},
        // nothing, and "did you mean"
        {"xylophone"},
        {"govermnet"}, // two edits away: the generator's typos are one edit, "goverment" is in its text
        {"parliment electon"},
        {"trade agrement"},
    };
    size_t suggestions = 0;
    for (const auto& args : searches) {
        INFO(args.front());
        Answer local = json_answer(split.whole.string(), args);
        Answer remote = json_answer(servers.folder, args);
        INFO(remote.err);
        CHECK(remote.status == local.status);
        REQUIRE(!local.lines.empty());
        CHECK(remote.ids() == local.ids());
        CHECK(remote.summary() == local.summary()); // count, facets, did_you_mean; partial false
        CHECK(remote.lines == local.lines);         // hits: percent, paragraphs, highlights
        CHECK(remote.summary()["partial"] == false);
        suggestions += local.summary()["did_you_mean"].is_string();
    }
    CHECK(suggestions == 3);
    // The suggestions come from the search folder's dictionary: the one the
    // whole corpus's index has, word for word and count for count.
    std::vector<std::pair<std::string, Xapian::doccount>> whole_words, search_words;
    Xapian::Database whole_db(split.whole.string()), search_db((fs::path(servers.folder) / "spelling").string());
    for (auto w = whole_db.spellings_begin(); w != whole_db.spellings_end(); ++w) whole_words.emplace_back(*w, w.get_termfreq());
    for (auto w = search_db.spellings_begin(); w != search_db.spellings_end(); ++w) search_words.emplace_back(*w, w.get_termfreq());
    CHECK(whole_words.size() > 1000);
    CHECK(search_words == whole_words);
    CHECK(json_answer(split.whole.string(), {"minister"}).summary()["matches"] > 100);

    // The other outputs, byte for byte.
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"election", "--color", "never", "--facets", "tag,post,year,month,class,caveat"},
             {"election", "--csv"},
             {"tag:PGOV", "--count"},
             {"show", id, "minister", "--color", "never"},
             {"show", id, "--json"},
             {"refs", id, "--depth", "2"},
             {"refs", id, "--json", "--direction", "cited-by"}}) {
        INFO(args.front());
        std::vector<std::string> local = args, remote = args;
        local.insert(local.end(), {"--db", split.whole.string()});
        remote.insert(remote.end(), {"--db", servers.folder});
        ToolResult l = cable_query(local), r = cable_query(remote);
        CHECK(r.status == l.status);
        CHECK(r.out == l.out);
        CHECK(!l.out.empty());
    }

    // One part on this host, two on the others: the same answers.
    const fs::path mixed = servers.dir / "mixed";
    fs::create_directories(mixed);
    std::ofstream(mixed / "XAPIANDB") << "auto " << split.parts[0].string() << "\nremote " << servers.servers[1]->address()
                                      << "\nremote " << servers.servers[2]->address() << "\n";
    ToolResult refreshed = cable_index({"remote", "refresh", mixed.string()});
    INFO(refreshed.err);
    CHECK(refreshed.status == 0);
    for (const auto& args : {std::vector<std::string>{"minist*"}, {"tag:PREL", "--sort", "-date"}, {"parliment electon"}}) {
        INFO(args.front());
        CHECK(json_answer(mixed.string(), args).lines == json_answer(split.whole.string(), args).lines);
    }
}

TEST_CASE("remote parts: a server that hangs is named after --timeout, or left out and said with --allow-partial",
          "[query][remote][parts]")
{
    const SplitCorpus& split = split_corpus();
    PartServers servers(split);
    const Xapian::doccount whole = count_of(split.whole.string(), "minister");
    const Xapian::doccount in_part2 = count_of(split.parts[1].string(), "minister");
    REQUIRE(in_part2 > 0);

    servers.servers[1]->pause();
    const std::string hung = servers.servers[1]->address();
    ToolResult stopped = cable_query({"minister", "--db", servers.folder, "--timeout", "1.5"});
    CHECK(stopped.status == 2);
    CHECK(stopped.err.find("shard " + hung + " did not answer within 1.5 s") != std::string::npos);
    CHECK(stopped.err.find("--allow-partial") != std::string::npos);

    Answer partial = json_answer(servers.folder, {"minister", "--timeout", "1.5", "--allow-partial"});
    CHECK(partial.status == 0);
    CHECK(partial.summary()["partial"] == true);
    CHECK(partial.summary()["missing_shards"] == nlohmann::json::array({hung}));
    CHECK(partial.summary()["matches"] == whole - in_part2);
    CHECK(partial.err.find("warning: shard " + hung) != std::string::npos);
    CHECK(partial.err.find("every count is partial") != std::string::npos);
    // cable-query refs the same way.
    const std::string id = some_cable_id(split);
    ToolResult refs_stopped = cable_query({"refs", id, "--db", servers.folder, "--timeout", "1.5"});
    CHECK(refs_stopped.status == 2);
    CHECK(refs_stopped.err.find("shard " + hung + " did not answer within 1.5 s") != std::string::npos);
    ToolResult refs_partial = cable_query({"refs", id, "--json", "--db", servers.folder, "--timeout", "1.5", "--allow-partial"});
    CHECK(refs_partial.err.find("warning: shard " + hung) != std::string::npos);
    if (refs_partial.status == 0) {
        CHECK(nlohmann::json::parse(refs_partial.out)["partial"] == true);
        CHECK(nlohmann::json::parse(refs_partial.out)["missing_shards"] == nlohmann::json::array({hung}));
    }
    servers.servers[1]->resume();
    CHECK(json_answer(servers.folder, {"minister"}).summary()["matches"] == whole);
}

TEST_CASE("remote parts: a server killed during a search loop is named, or left out with --allow-partial",
          "[query][remote][parts]")
{
    const SplitCorpus& split = split_corpus();
    PartServers servers(split);
    const Xapian::doccount whole = count_of(split.whole.string(), "minister");
    const Xapian::doccount without_part3 = whole - count_of(split.parts[2].string(), "minister");
    const std::string dead = servers.servers[2]->address();

    // In this process: connections open, then the server dies between two
    // searches over them, so the second meets it gone in the middle.
    {
        OpenOptions options;
        options.allow_partial = true;
        CableIndex index = open_index(servers.folder, options);
        SearchOptions o;
        o.query = "minister";
        o.facets = {FacetKind::Tag};
        CHECK(run_search(index, o).total == whole);
        CableIndex strict = open_index(servers.folder);
        CHECK(run_search(strict, o).total == whole);
        servers.servers[2]->kill_now();
        SearchResult r = run_search(index, o);
        CHECK(r.total == without_part3);
        REQUIRE(r.missing_shards.size() == 1);
        CHECK(r.missing_shards[0].name == dead);
        CHECK(r.hits.size() == 10);
        try {
            run_search(strict, o);
            FAIL("a search over a dead server succeeded");
        } catch (const std::runtime_error& e) {
            CHECK(std::string(e.what()).find("shard " + dead) != std::string::npos);
        }
    }

    // A loop of searches, one process each, while a server is killed: each
    // answers in full, or in part and says so; without --allow-partial, each
    // answers in full or names the server.
    PartServers again(split);
    const std::string victim = again.servers[1]->address();
    const Xapian::doccount without_part2 = whole - count_of(split.parts[1].string(), "minister");
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::vector<Answer> loose, strict;
    std::thread loop([&] {
        while (!stop) {
            loose.push_back(json_answer(again.folder, {"minister", "--allow-partial", "--timeout", "2"}));
            strict.push_back(json_answer(again.folder, {"minister", "--timeout", "2"}));
            ++done;
        }
    });
    while (done < 2) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    again.servers[1]->kill_now();
    const int at_kill = done;
    while (done < at_kill + 3) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    stop = true;
    loop.join();

    size_t full = 0, partial = 0, refused = 0;
    for (const auto& a : loose) {
        INFO(a.err);
        REQUIRE(a.status == 0);
        if (a.summary()["partial"] == false) {
            CHECK(a.summary()["matches"] == whole);
            ++full;
        } else {
            CHECK(a.summary()["matches"] == without_part2);
            CHECK(a.summary()["missing_shards"] == nlohmann::json::array({victim}));
            CHECK(a.err.find("warning: shard " + victim) != std::string::npos);
            ++partial;
        }
    }
    for (const auto& a : strict) {
        INFO(a.err);
        if (a.status == 0) {
            CHECK(a.summary()["matches"] == whole);
        } else {
            CHECK(a.status == 2);
            CHECK(a.err.find("shard " + victim + " did not answer") != std::string::npos);
            CHECK(a.lines.empty()); // nothing half printed
            ++refused;
        }
    }
    CHECK(full >= 2);
    CHECK(partial >= 2);
    CHECK(refused >= 2);
}

TEST_CASE("remote: cable-index remote add, list, remove and refresh keep a search folder right", "[index][remote][parts]")
{
    REQUIRE_FALSE(find_tcpsrv().empty());
    TempDir dir;
    const fs::path corpus = dir / "corpus";
    REQUIRE(run_tool(CABLE_MAKE_CORPUS_BIN, {"--count", "80", "--seed", "9", "--out", corpus.string(), "-q"}).status == 0);
    const std::string part1 = (dir / "part1").string(), part2 = (dir / "part2").string(), whole = (dir / "whole").string();
    REQUIRE(cable_index({corpus.string(), "--db", part1, "--part", "1/2", "--quiet"}).status == 0);
    REQUIRE(cable_index({corpus.string(), "--db", part2, "--part", "2/2", "--quiet"}).status == 0);
    REQUIRE(cable_index({corpus.string(), "--db", whole, "--quiet"}).status == 0);
    TcpServer one(part1), two(part2), again(part1), all(whole);
    const std::string folder = (dir / "search").string();
    auto stub = [&] { return read_file(fs::path(folder) / "XAPIANDB"); };

    // Nobody there: refused, and nothing made.
    ToolResult nobody = cable_index({"remote", "add", folder, "127.0.0.1:" + std::to_string(free_loopback_port())});
    CHECK(nobody.status == 2);
    CHECK(nobody.err.find("did not answer") != std::string::npos);
    CHECK_FALSE(fs::exists(fs::path(folder) / "XAPIANDB"));
    CHECK(cable_index({"remote", "add", folder, "no-port"}).status == 2);

    REQUIRE(cable_index({"remote", "add", folder, one.address()}).status == 0);
    ToolResult second = cable_index({"remote", "add", folder, two.address()});
    INFO(second.err);
    REQUIRE(second.status == 0);
    CHECK(second.out.find("part 2/2") != std::string::npos);
    CHECK(stub() == "remote " + one.address() + "\nremote " + two.address() + "\n");
    CHECK(cable_index({"remote", "add", folder, two.address()}).out.find("already lists") != std::string::npos);
    // The same part twice, or the whole corpus beside its parts: counted twice.
    ToolResult twice = cable_index({"remote", "add", folder, again.address()});
    CHECK(twice.status == 2);
    CHECK(twice.err.find("searched twice") != std::string::npos);
    CHECK(cable_index({"remote", "add", folder, all.address()}).status == 2);
    CHECK(stub() == "remote " + one.address() + "\nremote " + two.address() + "\n");

    CHECK(count_of(folder, "") == count_of(whole, ""));
    ToolResult listed = cable_index({"remote", "list", folder});
    CHECK(listed.status == 0);
    CHECK(listed.out.find(two.address()) != std::string::npos);
    CHECK(listed.out.find("spelling dictionary: in line") != std::string::npos);
    Answer typo = json_answer(folder, {"govermnet"});
    CHECK(typo.summary()["did_you_mean"] == "government");
    CHECK(typo.summary()["did_you_mean"] == json_answer(whole, {"govermnet"}).summary()["did_you_mean"]);

    // A part indexed again: no suggestion from the older dictionary, but a
    // word on what to do; then refreshed, suggestions again.
    REQUIRE(run_tool(CABLE_MAKE_CORPUS_BIN, {"--count", "5", "--seed", "10", "--out", (corpus / "more").string(), "-q"})
                .status == 0);
    REQUIRE(cable_index({corpus.string(), "--db", part2, "--quiet"}).status == 0);
    Answer stale = json_answer(folder, {"govermnet"});
    CHECK(stale.summary()["did_you_mean"].is_null());
    CHECK(stale.err.find("cable-index remote refresh " + folder) != std::string::npos);
    CHECK(cable_index({"remote", "list", folder}).out.find("older than") != std::string::npos);
    ToolResult refreshed = cable_index({"remote", "refresh", folder});
    INFO(refreshed.err);
    CHECK(refreshed.status == 0);
    CHECK(json_answer(folder, {"govermnet"}).summary()["did_you_mean"] == "government");

    // A host down: list says so, exit status 1.
    two.kill_now();
    ToolResult down = cable_index({"remote", "list", folder, "--timeout", "2"});
    CHECK(down.status == 1);
    CHECK(down.out.find("NOT ANSWERING") != std::string::npos);
    ToolResult removed = cable_index({"remote", "remove", folder, two.address()});
    CHECK(removed.status == 0);
    CHECK(stub() == "remote " + one.address() + "\n");
    CHECK(cable_index({"remote", "remove", folder, two.address()}).status == 2);
    CHECK(cable_index({"remote", "remove", folder, one.address()}).status == 0);
    CHECK_FALSE(fs::exists(fs::path(folder) / "XAPIANDB"));
    CHECK(cable_query({"govermnet", "--db", folder}).status == 2);
}
