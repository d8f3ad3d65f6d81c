// End to end: cable-index builds an index of corpus/ in a temporary folder,
// cable-query answers with exactly the expected cables.

#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cablesearch::testing;

namespace {

// One index of corpus/ for all the tests here.
const std::string& corpus_index()
{
    static TempDir dir;
    static std::string db = [] {
        std::string path = (dir / "index").string();
        ToolResult r = cable_index({source_dir() + "/corpus", "--db", path});
        INFO(r.err);
        REQUIRE(r.status == 0);
        return path;
    }();
    return db;
}

// The ids cable-query returns, in order.
std::vector<std::string> ids(const std::string& query, std::vector<std::string> extra = {})
{
    std::vector<std::string> args = {query, "--db", corpus_index(), "--json", "--limit", "100"};
    args.insert(args.end(), extra.begin(), extra.end());
    ToolResult r = cable_query(args);
    INFO(query << "\n" << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    std::vector<std::string> out;
    for (const auto& line : lines_of(r.out)) {
        auto j = nlohmann::json::parse(line);
        if (j["type"] == "hit") out.push_back(j["id"]);
    }
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

using V = std::vector<std::string>;

} // namespace

TEST_CASE("cable-index reports what it indexed", "[e2e]")
{
    TempDir dir;
    ToolResult r = cable_index({source_dir() + "/corpus", "--db", (dir / "i").string()});
    CHECK(r.status == 0);
    CHECK(r.out.find("9 added") != std::string::npos);
    CHECK(r.out.find("7 read") != std::string::npos);
}

TEST_CASE("keyword search with stemming", "[e2e]")
{
    CHECK(ids("trafficking") == V{"07CHENGDU32"});
    CHECK(ids("traffickers") == V{"07CHENGDU32"}); // same stem
    CHECK(sorted(ids("terrorist")) == V{"72TEHRAN5055", "85ATHENS12991"});
    CHECK(ids("xylophone").empty());
}

TEST_CASE("phrases match within a paragraph, never across two", "[e2e]")
{
    CHECK(ids("\"human trafficking\"") == V{"07CHENGDU32"});
    CHECK(ids("\"financial resources to fight\"") == V{"07CHENGDU32"});
    // ¶4 ends "largely illiterate." and ¶5 starts "Li also noted".
    CHECK(ids("\"largely illiterate\"") == V{"07CHENGDU32"});
    CHECK(ids("\"li also noted\"") == V{"07CHENGDU32"});
    CHECK(ids("\"largely illiterate li also\"").empty());
    // ¶2 ends "migrant workers."; the heading of ¶3 starts "Guizhou Lacks".
    CHECK(ids("\"migrant workers guizhou\"").empty());
}

TEST_CASE("boolean logic", "[e2e]")
{
    CHECK(sorted(ids("trafficking OR savak")) == V{"07CHENGDU32", "72TEHRAN5055"});
    CHECK(ids("terrorist NOT athens") == V{"72TEHRAN5055"});
    CHECK(ids("terrorist -athens") == V{"72TEHRAN5055"});
    CHECK(ids("trafficking AND savak").empty());
    CHECK(sorted(ids("(trafficking OR savak) AND guerrilla")) == V{"72TEHRAN5055"});
}

TEST_CASE("each filter", "[e2e]")
{
    CHECK(ids("tag:ktip") == V{"07CHENGDU32"});
    CHECK(ids("tag:KTIP tag:PGOV") == V{"07CHENGDU32"});               // both tags
    // 85ATHENS12991 writes its PTER as OCR left it: "TAGS:  P'ER, GR".
    CHECK(sorted(ids("tag:KTIP OR tag:PTER")) == V{"07CHENGDU32", "09BAGHDAD759", "72TEHRAN5055", "85ATHENS12991"});
    CHECK(ids("post:chengdu") == V{"07CHENGDU32"});
    CHECK(ids("post:\"Consulate Chengdu\"") == V{"07CHENGDU32"});
    CHECK(sorted(ids("post:tehran")) == V{"72TEHRAN5055", "73TEHRAN8233", "78TEHRAN389"});
    CHECK(sorted(ids("class:secret")) == V{"09BAGHDAD759", "73TEHRAN8233"});
    CHECK(ids("id:07chengdu32") == V{"07CHENGDU32"});
    CHECK(ids("ref:85STATE200090") == V{"85ATHENS12991"});
    CHECK(ids("signer:boughner") == V{"07CHENGDU32"});
    CHECK(ids("subject:guizhou") == V{"07CHENGDU32"});
    CHECK(ids("to:\"nsc washington\"") == V{"07CHENGDU32"});
}

TEST_CASE("date filters and ranges", "[e2e]")
{
    CHECK(sorted(ids("date:2007")) == V{"07CHENGDU32", "07DUBAI59"});
    CHECK(ids("date:2007-02") == V{"07CHENGDU32"});
    CHECK(ids("date:2007-02-01") == V{"07CHENGDU32"});
    CHECK(sorted(ids("date:2007-01-01..2007-01-31")) == V{"07DUBAI59"});
    CHECK(sorted(ids("date:2009..")) == V{"09BAGHDAD759", "10WARSAW94"});
    CHECK(sorted(ids("date:..1975")) == V{"72TEHRAN5055", "73TEHRAN8233"});
    CHECK(sorted(ids("year:1978")) == V{"78TEHRAN389"});
    CHECK(ids("", {"--since", "2010"}) == V{"10WARSAW94"});
}

TEST_CASE("sorting by date", "[e2e]")
{
    V by_date = ids("", {"--sort", "date"});
    REQUIRE(by_date.size() == 9);
    CHECK(by_date.front() == "72TEHRAN5055");
    // 04MADRID4687 is a partial cable without a date: last either way.
    CHECK(by_date[7] == "10WARSAW94");
    CHECK(by_date.back() == "04MADRID4687");
    V newest = ids("", {"--sort", "-date"});
    CHECK(newest.front() == "10WARSAW94");
    CHECK(newest.back() == "04MADRID4687");
}

TEST_CASE("facet counts over all matches", "[e2e]")
{
    ToolResult r = cable_query({"--db", corpus_index(), "--json", "--limit", "1", "--facet-limit", "100"});
    REQUIRE(r.status == 0);
    auto summary = nlohmann::json::parse(lines_of(r.out).back());
    CHECK(summary["matches"] == 9);
    auto count_of = [&](const char* facet, const char* value) {
        for (auto& v : summary["facets"][facet])
            if (v["value"] == value) return v["count"].get<int>();
        return 0;
    };
    CHECK(count_of("post", "Embassy Tehran") == 3);
    CHECK(count_of("class", "CONFIDENTIAL") == 6);
    CHECK(count_of("year", "2007") == 2);
    CHECK(count_of("tag", "KTIP") == 1);
    CHECK(count_of("tag", "PGOV") == 4);
}

TEST_CASE("text output shows the matching paragraph with number and marking", "[e2e]")
{
    ToolResult r = cable_query({"illiterate", "--db", corpus_index()});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("07CHENGDU32  2007-02-01 07:41  Consulate Chengdu  CONFIDENTIAL") != std::string::npos);
    CHECK(r.out.find("\xC2\xB6" "4 (C) \xE2\x80\xA6") != std::string::npos);
    CHECK(r.out.find("were largely illiterate.") != std::string::npos);
    CHECK(r.out.find("1 cable matched") != std::string::npos);
    CHECK(r.out.find("KTIP  1  Trafficking in Persons") != std::string::npos);
}
