// The order of results must not depend on document ids: they follow the
// order cables were indexed in, and how an index is split into shards or
// parts. The same cables written in two orders must give the same pages,
// ties included: equal weights (a filter alone weighs nothing), cables of the
// same minute, undated cables.

#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;

namespace {

// The fixture, and cables tied with its own: the same minute as 07CHENGDU32,
// a second undated one, and a malformed id beside its canonical one.
std::vector<Cable> cables_with_ties()
{
    std::vector<Cable> all = fixture_cables();
    Cable same_minute = all.front();
    same_minute.id = "07CHENGDU31";
    same_minute.source_path = "fixture/07CHENGDU31.txt";
    all.push_back(same_minute);
    Cable undated = all.front();
    undated.id = "03MADRID9";
    undated.date.reset();
    undated.source_path = "fixture/03MADRID9.txt";
    all.push_back(undated);
    Cable section = all.front();
    section.released_id = "07SECTIO01OF02CHENGDU32";
    section.source_path = "fixture/07SECTIO01OF02CHENGDU32.txt";
    all.push_back(section);
    return all;
}

// The hits in page order, each by its id as released where it has one.
std::vector<std::string> hit_keys(std::vector<std::string> args, const std::string& db)
{
    if (std::find(args.begin(), args.end(), "--limit") == args.end()) args.insert(args.end(), {"--limit", "100"});
    args.insert(args.end(), {"--db", db, "--json", "--facets", "none"});
    ToolResult r = cable_query(args);
    INFO(args.front() << ": " << r.err);
    REQUIRE(r.status == 0);
    std::vector<std::string> keys;
    for (const auto& line : lines_of(r.out)) {
        auto j = nlohmann::json::parse(line);
        if (j["type"] == "hit") keys.push_back(j["released_id"].is_string() ? j["released_id"] : j["id"]);
    }
    return keys;
}

} // namespace

TEST_CASE("order: the same pages whatever order the cables were indexed in", "[query][order]")
{
    TempDir dir;
    std::vector<Cable> cables = cables_with_ties();
    const std::string forward = (dir / "forward").string(), backward = (dir / "backward").string();
    write_index(forward, cables);
    std::reverse(cables.begin(), cables.end());
    write_index(backward, cables);

    const std::vector<std::vector<std::string>> searches = {
        {""},
        {"tag:PGOV OR tag:SP"},
        {"trafficking"},
        {"trafficking OR poverty OR migration"},
        {"", "--sort", "date"},
        {"", "--sort", "-date"},
        {"tag:CH OR tag:SP", "--sort", "-date"},
        {"", "--limit", "3", "--offset", "4"},
    };
    for (const auto& args : searches) {
        INFO(args.front());
        std::vector<std::string> one = hit_keys(args, forward);
        CHECK(one.size() >= 2);
        CHECK(hit_keys(args, backward) == one);
    }

    // Equal weights: oldest first, undated last, ties by the key.
    const std::vector<std::string> by_date = {"85STATE200090", "06ATHENS700",  "07CHENGDU31", "07CHENGDU32",
                                              "07SECTIO01OF02CHENGDU32",   "07TRIPOLI100", "08TRIPOLI5",  "09BAGHDAD1",
                                              "03MADRID9",     "04MADRID10"};
    CHECK(hit_keys({""}, backward) == by_date);
    CHECK(hit_keys({"", "--sort", "date"}, backward) == by_date);
    // Newest first, undated still last.
    CHECK(hit_keys({"", "--sort", "-date"}, backward) ==
          std::vector<std::string>{"09BAGHDAD1", "08TRIPOLI5", "07TRIPOLI100", "07SECTIO01OF02CHENGDU32", "07CHENGDU32",
                                   "07CHENGDU31", "06ATHENS700", "85STATE200090", "04MADRID10", "03MADRID9"});
}
