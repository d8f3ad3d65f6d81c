// cable-query's arguments: a query word may begin with a dash, and only the
// names --help lists are options.

#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <catch2/catch.hpp>

using namespace cablesearch::testing;
using V = std::vector<std::string>;

TEST_CASE("command line: a query that starts with a minus is a query, not an option", "[query][command-line]")
{
    // 07CHENGDU32 is the one cable tagged KTIP; three cables speak of trafficking.
    const V others = {"07TRIPOLI100", "08TRIPOLI5"};
    CHECK(sorted(hit_ids({"-tag:KTIP trafficking"})) == others);
    // The same words as separate arguments, in either order.
    CHECK(sorted(hit_ids({"-tag:KTIP", "trafficking"})) == others);
    CHECK(sorted(hit_ids({"trafficking", "-tag:KTIP"})) == others);
    CHECK(sorted(hit_ids({"trafficking", "-gangs"})) == others);
    // Options still work around them, also with a value that starts with a dash.
    ToolResult newest = cable_query({"-tag:KTIP", "--sort", "-date", "trafficking", "--count", "--db", fixture_index()});
    CHECK(newest.status == 0);
    CHECK(newest.out == "2\n");
    // After --, everything is the query.
    ToolResult dashes = cable_query({"--db", fixture_index(), "--count", "--", "-tag:KTIP", "trafficking"});
    CHECK(dashes.out == "2\n");
}

TEST_CASE("command line: each option takes one value; a misspelt option is refused", "[query][command-line]")
{
    // --tag takes one tag: "trafficking" is a word of the query, not a second tag.
    CHECK(hit_ids({"--tag", "KTIP", "trafficking"}) == V{"07CHENGDU32"});
    CHECK(hit_ids({"--tag", "KTIP", "--tag", "CH", "trafficking"}) == V{"07CHENGDU32"});
    ToolResult typo = cable_query({"--limt", "5", "trafficking", "--db", fixture_index()});
    CHECK(typo.status == 2);
    CHECK(typo.err.find("--limt") != std::string::npos);
    CHECK(typo.out.empty());
}

TEST_CASE("command line: show takes words that start with a minus", "[query][command-line][show]")
{
    ToolResult r = cable_query({"show", "07CHENGDU32", "-gangs", "--color", "always", "--db", fixture_index()});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("07CHENGDU32") != std::string::npos);
    // An excluded word is not what the reader looks for: not highlighted.
    CHECK(r.out.find("organized gangs") != std::string::npos);
    ToolResult both = cable_query({"show", "07CHENGDU32", "poverty", "-gangs", "--color", "always", "--db", fixture_index()});
    REQUIRE(both.status == 0);
    CHECK(both.out.find("\033[1;31mpoverty\033[0m drives") != std::string::npos);
    CHECK(both.out.find("organized gangs") != std::string::npos);
}
