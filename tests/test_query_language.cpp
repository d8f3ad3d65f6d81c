// The query language of cable-query, element by element, on the hand-written
// cables of test_query_fixture.h: each query must return exactly these ids.

#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace cablesearch::testing;
using V = std::vector<std::string>;

namespace {
V ids(const std::string& query, V options = {})
{
    options.insert(options.begin(), query);
    return sorted(hit_ids(options));
}
} // namespace

TEST_CASE("query: words match any form, also quoted", "[query]")
{
    // trafficking, trafficked, traffickers all share the stem; the index
    // holds stems only (index/TextAnalysis.h), so a quoted word is no exact form.
    CHECK(ids("trafficking") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("trafficked") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("\"trafficked\"") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("Trafficking") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("xylophone").empty());
}

TEST_CASE("query: phrases", "[query]")
{
    CHECK(ids("\"human rights\"") == V{"06ATHENS700", "07TRIPOLI100"});
    // The words apart (09BAGHDAD1: "rights of humans") match without quotes.
    CHECK(ids("human rights") == V{"06ATHENS700", "07TRIPOLI100", "09BAGHDAD1"});
    CHECK(ids("\"rights human\"").empty());
}

TEST_CASE("query: AND, OR, NOT, +, - and parentheses", "[query]")
{
    CHECK(ids("trafficking AND poverty") == V{"07CHENGDU32", "08TRIPOLI5"});
    CHECK(ids("trafficking poverty") == V{"07CHENGDU32", "08TRIPOLI5"}); // AND is the default
    CHECK(ids("trafficking OR terrorist") == V{"06ATHENS700", "07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("trafficking NOT gangs") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("trafficking -gangs") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("(trafficking OR terrorist) AND athens") == V{"06ATHENS700"});
    CHECK(ids("trafficking OR (terrorist AND police)") == V{"06ATHENS700", "07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("trafficking OR (terrorist AND guizhou)") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    // Every word must be there already (AND is the default): + changes
    // nothing, - excludes.
    CHECK(ids("+poverty +trafficking") == V{"07CHENGDU32", "08TRIPOLI5"});
    CHECK(ids("+poverty -trafficking") == V{"09BAGHDAD1"});
}

TEST_CASE("query: NEAR/n in any order, ADJ/n in order", "[query]")
{
    // 07CHENGDU32 "poverty drives the trade"; 09BAGHDAD1 "the trade deepens rural poverty";
    // 08TRIPOLI5 has both words 13 apart.
    CHECK(ids("poverty NEAR/3 trade") == V{"07CHENGDU32", "09BAGHDAD1"});
    CHECK(ids("poverty NEAR/2 trade").empty());
    CHECK(ids("poverty NEAR/20 trade") == V{"07CHENGDU32", "08TRIPOLI5", "09BAGHDAD1"});
    CHECK(ids("poverty ADJ/3 trade") == V{"07CHENGDU32"});
    CHECK(ids("trade ADJ/3 poverty") == V{"09BAGHDAD1"});
}

TEST_CASE("query: NEAR and ADJ take wildcards, fields and more words around them", "[query]")
{
    // 07TRIPOLI100 "Women were trafficked"; 08TRIPOLI5 "traffickers and
    // smugglers"; 07CHENGDU32 "trafficking in persons".
    CHECK(ids("traffick* NEAR/3 women") == V{"07TRIPOLI100"});
    CHECK(ids("traffick* NEAR/3 women") == ids("trafficked NEAR/3 women"));
    CHECK(ids("smuggl* NEAR/2 traffick*") == V{"08TRIPOLI5"});
    CHECK(ids("traffick* ADJ/2 persons") == V{"07CHENGDU32"});
    CHECK(ids("persons ADJ/2 traffick*").empty());
    CHECK(ids("TRAFFICKIN* ADJ/2 persons") == V{"07CHENGDU32"});
    CHECK(ids("subject:traffick* NEAR/2 subject:persons") == V{"07CHENGDU32"});
    // A chain beside other words and filters (Xapian alone read these as
    // the words "NEAR" and "3", finding nothing).
    CHECK(ids("poverty NEAR/3 trade guizhou") == V{"07CHENGDU32"});
    CHECK(ids("traffick* NEAR/3 women tag:LY") == V{"07TRIPOLI100"});
    CHECK(ids("(poverty NEAR/3 trade) OR (traffick* NEAR/3 women)") == V{"07CHENGDU32", "07TRIPOLI100", "09BAGHDAD1"});
    CHECK(ids("-poverty NEAR/3 trade") == V{"04MADRID10", "06ATHENS700", "07TRIPOLI100", "08TRIPOLI5", "85STATE200090"});
    CHECK(ids("one NEAR/3 two NEAR/3 three").empty());
}

TEST_CASE("query: a query made only of exclusions is every cable but those", "[query]")
{
    const V all = {"04MADRID10", "06ATHENS700", "07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5", "09BAGHDAD1", "85STATE200090"};
    auto all_but = [&](V out) {
        V rest;
        for (const auto& id : all)
            if (std::find(out.begin(), out.end(), id) == out.end()) rest.push_back(id);
        return rest;
    };
    // Xapian reads "-tag:KTIP" alone as tag:KTIP.
    CHECK(ids("-tag:KTIP") == all_but({"07CHENGDU32"}));
    CHECK(ids("-trafficking") == all_but({"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"}));
    CHECK(ids("-tag:LY -trafficking") == all_but({"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"}));
    CHECK(ids("-\"human rights\"") == all_but({"06ATHENS700", "07TRIPOLI100"}));
    CHECK(ids("-(trafficking OR terrorist)") == all_but({"06ATHENS700", "07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"}));
    CHECK(ids("-1.4(b)") == all_but({"07CHENGDU32"}));
    CHECK(ids("NOT trafficking") == ids("-trafficking"));
}

TEST_CASE("query: trailing wildcard", "[query]")
{
    CHECK(ids("traffick*") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("smuggl*") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("zzz*").empty());
    // The words are looked up, not the stems: "traffickin" is no stem's
    // beginning (trafficking -> traffick), but it is trafficking's.
    CHECK(ids("traffickin*") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("TRAFFICKIN*") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("traffickers*") == ids("traffickers"));
    // In the subject, and combined with other words.
    CHECK(ids("subject:traffick*") == ids("subject:trafficking"));
    CHECK(ids("smuggl* -id:08TRIPOLI5") == V{"07TRIPOLI100"});
}

TEST_CASE("query: identifiers survive tokenization", "[query]")
{
    // A reference id finds the cable, and the cables that cite it.
    CHECK(ids("07CHENGDU32") == V{"07CHENGDU32", "07TRIPOLI100"});
    CHECK(ids("07chengdu32") == V{"07CHENGDU32", "07TRIPOLI100"});
    CHECK(ids("1.4(b)") == V{"07CHENGDU32"});
    CHECK(ids("1.4(d)").empty()); // the text says "1.4(b) and (d)"
    CHECK(ids("U.S.") == V{"07CHENGDU32"});
    CHECK(ids("E.O. 12958") == V{"07CHENGDU32"});
    CHECK(ids("\"E.O. 12958\"") == V{"07CHENGDU32"});
}

TEST_CASE("query: tag: is exact and case-insensitive; two tags mean both", "[query]")
{
    CHECK(ids("tag:KTIP") == V{"07CHENGDU32"});
    CHECK(ids("tag:ktip") == V{"07CHENGDU32"});
    CHECK(ids("TAG:Ktip") == V{"07CHENGDU32"});
    CHECK(ids("tag:LY") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("tag:LY tag:PTER") == V{"07TRIPOLI100"});
    CHECK(ids("tag:LY AND tag:PTER") == V{"07TRIPOLI100"});
    CHECK(ids("tag:LY OR tag:GR") == V{"06ATHENS700", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("tag:PGOV poverty") == V{"07CHENGDU32", "09BAGHDAD1"});
    CHECK(ids("tag:PGOV -tag:IZ") == V{"07CHENGDU32"});
}

TEST_CASE("query: post: by place, full name or FM form", "[query]")
{
    CHECK(ids("post:tripoli") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("post:TRIPOLI") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("post:\"Embassy Tripoli\"") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("post:\"embassy tripoli\"") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("post:\"AMEMBASSY TRIPOLI\"") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("post:chengdu") == V{"07CHENGDU32"});
    CHECK(ids("post:\"Consulate Chengdu\"") == V{"07CHENGDU32"});
    CHECK(ids("post:cairo").empty()); // Cairo is only an addressee
}

TEST_CASE("query: to: searches TO and INFO addressees", "[query]")
{
    CHECK(ids("to:secstate") == V{"06ATHENS700", "07CHENGDU32", "07TRIPOLI100", "09BAGHDAD1"});
    CHECK(ids("to:SECSTATE") == V{"06ATHENS700", "07CHENGDU32", "07TRIPOLI100", "09BAGHDAD1"});
    CHECK(ids("to:\"nsc washington\"") == V{"07CHENGDU32"}); // an INFO addressee
    CHECK(ids("to:cairo") == V{"07TRIPOLI100"});
    CHECK(ids("to:rabat") == V{"08TRIPOLI5"});
}

TEST_CASE("query: class: by classification or any part of it", "[query]")
{
    CHECK(ids("class:secret") == V{"07TRIPOLI100", "09BAGHDAD1"});
    CHECK(ids("class:SECRET") == V{"07TRIPOLI100", "09BAGHDAD1"});
    CHECK(ids("class:noforn") == V{"07TRIPOLI100"});
    CHECK(ids("class:\"secret//noforn\"") == V{"07TRIPOLI100"});
    CHECK(ids("class:confidential") == V{"06ATHENS700", "07CHENGDU32"});
    CHECK(ids("class:fouo") == V{"08TRIPOLI5"});
    CHECK(ids("class:unclassified") == V{"04MADRID10", "08TRIPOLI5", "85STATE200090"});
}

TEST_CASE("query: caveat:, id:, subject:, ref:, signer:", "[query]")
{
    CHECK(ids("caveat:sipdis") == V{"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("caveat:NOFORN") == V{"07TRIPOLI100"});
    CHECK(ids("id:07chengdu32") == V{"07CHENGDU32"});
    CHECK(ids("id:07TRIPOLI100") == V{"07TRIPOLI100"});
    CHECK(ids("id:07TRIPOLI1").empty());
    CHECK(ids("subject:libya") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("subject:LIBYA") == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("subject:poverty") == V{"09BAGHDAD1"}); // not the cables with poverty in the text only
    CHECK(ids("ref:07chengdu32") == V{"07TRIPOLI100"});
    CHECK(ids("ref:06CHENGDU1000") == V{"07CHENGDU32"});
    CHECK(ids("signer:boughner") == V{"07CHENGDU32"});
    CHECK(ids("signer:Stevens") == V{"07TRIPOLI100"});
}

TEST_CASE("query: date: as a year, month, day or range with open ends", "[query]")
{
    CHECK(ids("date:2007") == V{"07CHENGDU32", "07TRIPOLI100"});
    CHECK(ids("date:2007-02") == V{"07CHENGDU32"});
    CHECK(ids("date:2007-02-01") == V{"07CHENGDU32"});
    CHECK(ids("date:2006-12-31") == V{"06ATHENS700"}); // 23:59 is still that day
    CHECK(ids("date:2007-02-01..2007-03-31") == V{"07CHENGDU32", "07TRIPOLI100"});
    CHECK(ids("date:2007-02-02..2007-03-14").empty());
    CHECK(ids("date:2008..") == V{"08TRIPOLI5", "09BAGHDAD1"});
    CHECK(ids("date:..2006") == V{"06ATHENS700", "85STATE200090"}); // never the undated cable
    CHECK(ids("date:1985..1985") == V{"85STATE200090"});
    CHECK(ids("trafficking date:2008..") == V{"08TRIPOLI5"});
}

TEST_CASE("query: year: including the year of an undated cable's id", "[query]")
{
    CHECK(ids("year:2007") == V{"07CHENGDU32", "07TRIPOLI100"});
    CHECK(ids("year:2004") == V{"04MADRID10"});
    CHECK(ids("year:2006..2008") == V{"06ATHENS700", "07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("year:2009..") == V{"09BAGHDAD1"});
}

TEST_CASE("query: the same filters as options", "[query]")
{
    CHECK(ids("", {"--tag", "LY"}) == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("", {"--tag", "ly", "--tag", "PTER"}) == V{"07TRIPOLI100"});
    CHECK(ids("", {"--post", "tripoli"}) == V{"07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("", {"--post", "tripoli", "--post", "Embassy Athens"}) == V{"06ATHENS700", "07TRIPOLI100", "08TRIPOLI5"});
    CHECK(ids("", {"--class", "secret"}) == V{"07TRIPOLI100", "09BAGHDAD1"});
    CHECK(ids("", {"--class", "noforn"}) == V{"07TRIPOLI100"});
    CHECK(ids("", {"--since", "2008"}) == V{"08TRIPOLI5", "09BAGHDAD1"});
    CHECK(ids("", {"--until", "2006"}) == V{"06ATHENS700", "85STATE200090"});
    CHECK(ids("", {"--since", "2007-02", "--until", "2007-02"}) == V{"07CHENGDU32"});
    CHECK(ids("trafficking", {"--post", "tripoli", "--since", "2008-01-01"}) == V{"08TRIPOLI5"});
}

TEST_CASE("query: malformed queries name the problem, point at it, exit 2", "[query]")
{
    struct Case {
        std::string query, message;
        size_t column;
    };
    const Case cases[] = {
        {"\"human rights", "quote is never closed", 0},
        {"trafficking \"human rights", "quote is never closed", 12},
        {"(trafficking OR poverty", "'(' is never closed", 0},
        {"trafficking)", "')' closes nothing", 11},
        {"colour:red", "unknown field 'colour:'", 0},
        {"trafficking Colour:red", "unknown field 'colour:'", 12},
        {"date:2007-02-30", "2007-02 has no day 30", 5},
        {"date:2007-13", "there is no month 13", 5},
        {"date:2008..2007", "ends before it starts", 5},
        {"year:20x7", "'20x7' is not a year", 5},
        {"tag: KTIP", "'tag:' needs a value", 4},
        {"poverty NEAR/3 \"human rights\"", "NEAR joins two single words", 8},
        {"poverty NEAR/x trade", "NEAR needs a number of words", 13},
        {"tag:KTIP NEAR/3 women", "'tag:KTIP' is a filter", 0},
        {"poverty NEAR/3 trade ADJ/2 routes", "NEAR and ADJ cannot join the same words", 15},
        {"ZANU-PF NEAR/3 mugabe", "'ZANU-PF' is not one", 0},
        {"subject:traffick* NEAR/2 persons", "words of one field", 0},
        {"poverty NEAR/3 -trade", "put it before the first word", 15},
    };
    for (const auto& c : cases) {
        ToolResult r = cable_query({c.query, "--db", fixture_index()});
        INFO(c.query << "\n" << r.err);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.find("  " + c.query + "\n") != std::string::npos); // the query, then the caret under it
        CHECK(caret_column(r.err) == c.column);
    }
}

TEST_CASE("query: bad option values exit 2 with a message", "[query]")
{
    ToolResult since = cable_query({"trafficking", "--since", "2007-13", "--db", fixture_index()});
    CHECK(since.status == 2);
    CHECK(since.err.find("there is no month 13") != std::string::npos);
    CHECK(since.err.find("--since 2007-13") != std::string::npos);
    CHECK(caret_column(since.err) == 8);
    ToolResult facets = cable_query({"trafficking", "--facets", "tag,colour", "--db", fixture_index()});
    CHECK(facets.status == 2);
    CHECK(facets.err.find("unknown facet 'colour'") != std::string::npos);
    ToolResult sort = cable_query({"trafficking", "--sort", "size", "--db", fixture_index()});
    CHECK(sort.status == 2);
}

TEST_CASE("query: --explain prints how the query was understood", "[query]")
{
    ToolResult r = cable_query({"trafficking tag:KTIP -\"human rights\" date:2007", "--explain", "--db", fixture_index()});
    REQUIRE(r.status == 0);
    CHECK(r.err.find("any form of \"traffick\"") != std::string::npos);
    CHECK(r.err.find("tag KTIP") != std::string::npos);
    CHECK(r.err.find("but not:") != std::string::npos);
    CHECK(r.err.find("the phrase") != std::string::npos);
    CHECK(r.err.find("date from 2007-01-01 00:00 to 2007-12-31 23:59") != std::string::npos);
    // Results still go to standard output, unchanged.
    CHECK(r.out.find("07CHENGDU32") != std::string::npos);

    ToolResult near = cable_query({"poverty NEAR/3 trade", "--explain", "--count", "--db", fixture_index()});
    CHECK(near.err.find("within 3 words of each other, in any order") != std::string::npos);
    ToolResult wildcard = cable_query({"traffick*", "--explain", "--count", "--db", fixture_index()});
    CHECK(wildcard.err.find("any form of \"traffick\"") != std::string::npos); // the stem of its words
    ToolResult id = cable_query({"07CHENGDU32", "--explain", "--count", "--db", fixture_index()});
    CHECK(id.err.find("cites 07CHENGDU32") != std::string::npos);
}
