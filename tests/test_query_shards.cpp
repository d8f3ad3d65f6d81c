// cable-query over an index of two shards finds every match on each shard
// by a thread of its own and maps the shards' document ids to the index's.
// Whatever the query, a user must see the same cables, the same exact count
// and the same facets as over one database: the fixture's cables split
// between two shards as cable-index splits them (by the document key's
// hash), against the fixture itself.

#include "index/CableDocument.h"
#include "index/Schema.h"
#include "index/ShardLayout.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;

namespace {

// The hits' ids in page order, then the summary line (count and facets).
std::vector<std::string> answer(const std::string& query, const std::string& db, const std::vector<std::string>& env)
{
    ToolResult r = run_tool(CABLE_QUERY_BIN,
                            {query, "--db", db, "--json", "--limit", "100", "--facets",
                             "tag,post,year,month,class,caveat", "--facet-limit", "100"},
                            env);
    INFO(query << " on " << db << ": " << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    std::vector<std::string> out;
    for (const auto& line : lines_of(r.out)) {
        auto j = nlohmann::json::parse(line);
        out.push_back(j["type"] == "hit" ? j["id"].get<std::string>() : j.dump());
    }
    return out;
}

} // namespace

TEST_CASE("shards: every kind of query finds the same cables, count and facets over two shards as over one",
          "[query][shards]")
{
    TempDir dir;
    const std::filesystem::path two = dir.path() / "two";
    write_two_shard_index(two, fixture_cables());
    REQUIRE(shard_folders(two.string()).size() == 2);

    // Words and filters (posting lists read directly), and what goes through
    // the matcher: phrases, OR, NOT, NEAR, ranges, wildcards, fields.
    const char* queries[] = {"trafficking",
                             "trafficking poverty",
                             "tag:PGOV",
                             "post:tripoli terrorist",
                             "\"human rights\"",
                             "trafficking OR terrorist",
                             "trafficking NOT gangs",
                             "poverty NEAR/3 trade",
                             "date:2007..2008",
                             "traffick*",
                             "subject:tripoli OR class:secret",
                             "(trafficking OR terrorist) AND NOT date:2007",
                             "xylophone"};
    TempDir cache;
    // With the facet table (made for any size here) and with value streams.
    const std::vector<std::vector<std::string>> ways = {
        {"CABLESEARCH_CACHE_DIR=" + cache.path().string(), "CABLESEARCH_FACET_TABLE_MIN_DOCS=1"}, {}};
    for (const auto& env : ways)
        for (const char* query : queries) {
            INFO(query << (env.empty() ? " (value streams)" : " (facet table)"));
            std::vector<std::string> one = answer(query, fixture_index(), env);
            std::vector<std::string> sharded = answer(query, two.string(), env);
            REQUIRE(!one.empty());
            // The same cables in the same order (ties too: ResultOrder.h),
            // the same count and facets.
            CHECK(sharded == one);
        }
}
