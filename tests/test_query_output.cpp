// What cable-query prints: facets counted exactly over every match, sorting
// and paging, snippets with paragraph numbers and highlights, JSON and CSV
// exports with stable names, `show`, colour, and exit statuses.

#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <xapian.h>

using namespace cablesearch::testing;
using json = nlohmann::ordered_json;
using V = std::vector<std::string>;

namespace {

// cable-query ARGS --json on the fixture: the hit objects and the summary.
struct JsonRun {
    std::vector<json> hits;
    json summary;
    int status = -1;
};

JsonRun json_run(std::vector<std::string> args)
{
    args.insert(args.end(), {"--db", fixture_index(), "--json"});
    ToolResult r = cable_query(args);
    INFO(r.err);
    JsonRun run;
    run.status = r.status;
    for (const auto& line : lines_of(r.out)) {
        json j = json::parse(line);
        if (j["type"] == "hit") run.hits.push_back(j);
        else run.summary = j;
    }
    return run;
}

std::map<std::string, int> facet(const json& summary, const char* name)
{
    std::map<std::string, int> counts;
    for (const auto& v : summary["facets"][name]) counts[v["value"]] = v["count"];
    return counts;
}

std::vector<std::string> keys(const json& j)
{
    std::vector<std::string> k;
    for (auto it = j.begin(); it != j.end(); ++it) k.push_back(it.key());
    return k;
}

bool has_colour(const std::string& s) { return s.find("\033[") != std::string::npos; }

} // namespace

TEST_CASE("facets: a cable with five tags counts once under each", "[query][facets]")
{
    JsonRun r = json_run({"id:07CHENGDU32", "--facets", "tag"});
    REQUIRE(r.status == 0);
    CHECK(facet(r.summary, "tag") == std::map<std::string, int>{{"CH", 1}, {"ELAB", 1}, {"KTIP", 1}, {"PGOV", 1}, {"PHUM", 1}});
}

TEST_CASE("facets: counted over every match, not just the page", "[query][facets]")
{
    JsonRun r = json_run({"", "--limit", "1", "--facets", "tag,post,year,month,class,caveat", "--facet-limit", "100"});
    REQUIRE(r.status == 0);
    CHECK(r.hits.size() == 1);
    CHECK(r.summary["matches"] == 7);
    CHECK(facet(r.summary, "tag") == std::map<std::string, int>{{"CH", 1}, {"ECON", 1}, {"ELAB", 1}, {"GR", 1},
                                                                {"IZ", 1}, {"KTIP", 1}, {"LY", 2}, {"PGOV", 2},
                                                                {"PHUM", 1}, {"PREL", 2}, {"PTER", 2}, {"SMIG", 1},
                                                                {"SP", 1}});
    CHECK(facet(r.summary, "post") == std::map<std::string, int>{{"Consulate Chengdu", 1}, {"Embassy Athens", 1},
                                                                 {"Embassy Baghdad", 1}, {"Embassy Madrid", 1},
                                                                 {"Embassy Tripoli", 2}, {"Secretary of State", 1}});
    // The undated Madrid cable has the year of its id, and no month.
    CHECK(facet(r.summary, "year") == std::map<std::string, int>{{"1985", 1}, {"2004", 1}, {"2006", 1}, {"2007", 2},
                                                                 {"2008", 1}, {"2009", 1}});
    CHECK(facet(r.summary, "month") == std::map<std::string, int>{{"1985-08", 1}, {"2006-12", 1}, {"2007-02", 1},
                                                                  {"2007-03", 1}, {"2008-01", 1}, {"2009-06", 1}});
    CHECK(facet(r.summary, "class") == std::map<std::string, int>{{"CONFIDENTIAL", 2}, {"SECRET", 1},
                                                                  {"SECRET//NOFORN", 1},
                                                                  {"UNCLASSIFIED", 2},
                                                                  {"UNCLASSIFIED//FOR OFFICIAL USE ONLY", 1}});
    CHECK(facet(r.summary, "caveat") == std::map<std::string, int>{{"NOFORN", 1}, {"SIPDIS", 3}});
}

TEST_CASE("facets: follow the query and the filters", "[query][facets]")
{
    JsonRun r = json_run({"trafficking", "--facets", "post,tag", "--limit", "1"});
    REQUIRE(r.status == 0);
    CHECK(r.summary["matches"] == 3);
    CHECK(facet(r.summary, "post") == std::map<std::string, int>{{"Consulate Chengdu", 1}, {"Embassy Tripoli", 2}});
    CHECK(facet(r.summary, "tag")["LY"] == 2);
    JsonRun filtered = json_run({"trafficking", "--tag", "LY", "--facets", "post"});
    CHECK(facet(filtered.summary, "post") == std::map<std::string, int>{{"Embassy Tripoli", 2}});
}

TEST_CASE("facets: --facets picks them, --facet-limit keeps the top N", "[query][facets]")
{
    JsonRun r = json_run({"", "--facets", "year,caveat", "--limit", "0"});
    CHECK(keys(r.summary["facets"]) == V{"year", "caveat"});
    JsonRun none = json_run({"", "--facets", "none", "--limit", "0"});
    CHECK(none.summary["facets"].empty());

    JsonRun top = json_run({"", "--facets", "tag", "--facet-limit", "2", "--limit", "0"});
    REQUIRE(top.summary["facets"]["tag"].size() == 2);
    // Most frequent first, equal counts by value: LY, PGOV, PREL and PTER have 2.
    CHECK(top.summary["facets"]["tag"][0]["value"] == "LY");
    CHECK(top.summary["facets"]["tag"][1]["value"] == "PGOV");

    ToolResult text = cable_query({"", "--db", fixture_index(), "--facets", "tag", "--facet-limit", "2", "--limit", "0"});
    CHECK(text.out.find("tag:   LY    2  Libya\n       PGOV  2  Internal Governmental Affairs\n       (+11 more)\n") !=
          std::string::npos);
}

TEST_CASE("results: ranked by relevance, or sorted by date either way", "[query][results]")
{
    CHECK(hit_ids({"trafficking"}).front() == "07CHENGDU32"); // the word in its subject and text, three times
    CHECK(hit_ids({"", "--sort", "date"}) == V{"85STATE200090", "06ATHENS700", "07CHENGDU32", "07TRIPOLI100",
                                             "08TRIPOLI5", "09BAGHDAD1", "04MADRID10"});
    // The undated cable comes last both ways.
    CHECK(hit_ids({"", "--sort", "-date"}) == V{"09BAGHDAD1", "08TRIPOLI5", "07TRIPOLI100", "07CHENGDU32",
                                              "06ATHENS700", "85STATE200090", "04MADRID10"});
}

TEST_CASE("results: --offset and --limit page through, --count prints the number", "[query][results]")
{
    JsonRun page = json_run({"", "--sort", "date", "--offset", "2", "--limit", "2"});
    REQUIRE(page.hits.size() == 2);
    CHECK(page.hits[0]["id"] == "07CHENGDU32");
    CHECK(page.hits[0]["rank"] == 3);
    CHECK(page.hits[1]["id"] == "07TRIPOLI100");
    CHECK(page.summary["matches"] == 7);
    CHECK(page.summary["offset"] == 2);
    CHECK(page.summary["returned"] == 2);

    JsonRun past = json_run({"", "--offset", "50"});
    CHECK(past.hits.empty());
    CHECK(past.summary["matches"] == 7);
    CHECK(past.status == 0); // there are matches, just not on this page

    ToolResult count = cable_query({"trafficking", "--count", "--db", fixture_index()});
    CHECK(count.status == 0);
    CHECK(count.out == "3\n");
    ToolResult zero = cable_query({"xylophone", "--count", "--db", fixture_index()});
    CHECK(zero.status == 1);
    CHECK(zero.out == "0\n");
}

TEST_CASE("results: the best paragraphs, in order, with number and marking", "[query][results]")
{
    ToolResult r = cable_query({"poverty", "--db", fixture_index(), "--sort", "date"});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("09BAGHDAD1  2009-06-15 12:30  Embassy Baghdad  SECRET\n") != std::string::npos);
    CHECK(r.out.find("  \xC2\xB6" "1 (S) Officials told the embassy the trade deepens rural poverty.\n") != std::string::npos);
    CHECK(r.out.find("  tags: PGOV IZ\n") != std::string::npos);
    CHECK(r.out.find("3 cables matched, showing 1-3") != std::string::npos);

    // Two matching paragraphs of one cable are listed in document order.
    JsonRun two = json_run({"trafficking OR gangs", "--paragraphs", "5"});
    REQUIRE(!two.hits.empty());
    REQUIRE(two.hits[0]["id"] == "07CHENGDU32");
    const json& paragraphs = two.hits[0]["paragraphs"];
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[0]["number"] == 1);
    CHECK(paragraphs[1]["number"] == 2);

    // --paragraphs 1 keeps the best one only.
    JsonRun best = json_run({"gangs OR persons", "--paragraphs", "1", "--limit", "1"});
    REQUIRE(best.hits[0]["paragraphs"].size() == 1);
}

TEST_CASE("results: highlights cover the words that matched, phrases as a whole", "[query][results]")
{
    auto highlighted = [](const json& paragraph) {
        std::vector<std::string> words;
        std::string text = paragraph["text"];
        for (const auto& span : paragraph["highlights"]) {
            size_t a = span[0], b = span[1];
            words.push_back(text.substr(a, b - a));
        }
        return words;
    };
    JsonRun stems = json_run({"id:07CHENGDU32 trafficking", "--paragraphs", "5"});
    REQUIRE(stems.hits.size() == 1);
    CHECK(highlighted(stems.hits[0]["paragraphs"][0]) == V{"trafficking"});
    CHECK(highlighted(stems.hits[0]["paragraphs"][1]) == V{"Traffickers"});

    // "human" alone is not highlighted in 07TRIPOLI100, only within the phrase.
    JsonRun phrase = json_run({"\"human rights\" id:06ATHENS700"});
    REQUIRE(phrase.hits.size() == 1);
    CHECK(highlighted(phrase.hits[0]["paragraphs"][0]) == V{"Human", "rights"});

    JsonRun ids = json_run({"U.S. 1.4(b)"});
    REQUIRE(ids.hits.size() == 1);
    CHECK(highlighted(ids.hits[0]["paragraphs"][0]) == V{"1.4", "b", "U.S."});

    JsonRun wildcard = json_run({"smuggl*", "id:08TRIPOLI5"});
    CHECK(highlighted(wildcard.hits[0]["paragraphs"][0]) == V{"smugglers"});
}

TEST_CASE("results: JSON field names are stable", "[query][results]")
{
    JsonRun r = json_run({"\"human rights\" id:06ATHENS700"});
    REQUIRE(r.status == 0);
    REQUIRE(r.hits.size() == 1);
    CHECK(keys(r.hits[0]) == V{"type", "rank", "id", "released_id", "date", "post", "classification", "subject", "tags", "caveats",
                               "references", "cited_by", "redacted", "score", "percent", "paragraphs"});
    CHECK(keys(r.hits[0]["paragraphs"][0]) == V{"number", "marking", "text", "truncated", "highlights"});
    CHECK(keys(r.summary) == V{"type", "matches", "offset", "returned", "facets", "did_you_mean", "partial", "missing_shards"});
    CHECK(r.summary["partial"] == false);
    CHECK(r.summary["did_you_mean"].is_null());
    CHECK(r.hits[0]["date"] == "2006-12-31T23:59Z");

    JsonRun headed = json_run({"follow", "--limit", "1"});
    CHECK(keys(headed.hits[0]["paragraphs"][0]) == V{"number", "marking", "heading", "text", "truncated", "highlights"});
    CHECK(headed.hits[0]["paragraphs"][0]["heading"] == "Comment");

    JsonRun undated = json_run({"id:04MADRID10"});
    CHECK(undated.hits[0]["date"].is_null());
}

TEST_CASE("results: CSV, one row per hit, quoted as RFC 4180", "[query][results]")
{
    ToolResult r = cable_query({"oil", "--csv", "--db", fixture_index()});
    REQUIRE(r.status == 0);
    auto rows = lines_of(r.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == "id,date,post,classification,subject,tags,paragraph,marking,snippet,cited_by");
    CHECK(rows[1] == "\"08TRIPOLI5\",\"2008-01-10T09:00Z\",\"Embassy Tripoli\",\"UNCLASSIFIED//FOR OFFICIAL USE ONLY\","
                     "\"LIBYA: \"\"OPEN FOR BUSINESS,\"\" SAYS MINISTER\",\"ECON LY\",\"1\",\"SBU\","
                     "\"Oil exports rose; traffickers and smugglers exploit the new trade routes.\",\"0\"");
    ToolResult none = cable_query({"xylophone", "--csv", "--db", fixture_index()});
    CHECK(none.status == 1);
    CHECK(none.out == "id,date,post,classification,subject,tags,paragraph,marking,snippet,cited_by\n");
}

TEST_CASE("show: one cable, header then paragraphs, query words highlighted", "[query][show]")
{
    ToolResult plain = cable_query({"show", "07chengdu32", "--db", fixture_index()});
    REQUIRE(plain.status == 0);
    CHECK(plain.out.find("Id              07CHENGDU32\n") != std::string::npos);
    CHECK(plain.out.find("Subject         GUIZHOU LACKS RESOURCES TO COMBAT TRAFFICKING IN PERSONS\n") != std::string::npos);
    CHECK(plain.out.find("Tags            PGOV (Internal Governmental Affairs), PHUM (Human Rights), KTIP (Trafficking in "
                         "Persons), CH (China), ELAB (Labor Sector Affairs)\n") != std::string::npos);
    CHECK(plain.out.find("\xC2\xB6" "2 (C) Traffickers are forming") != std::string::npos);
    CHECK(plain.out.find("Comment\n\n\xC2\xB6" "3 (SBU)") != std::string::npos);
    CHECK(plain.out.find("Subject") < plain.out.find("\xC2\xB6" "1 (C)"));
    CHECK(!has_colour(plain.out));

    ToolResult lit = cable_query({"show", "07CHENGDU32", "trafficking", "--color", "always", "--db", fixture_index()});
    REQUIRE(lit.status == 0);
    CHECK(lit.out.find("\033[1;31mtrafficking\033[0m in persons") != std::string::npos);
    CHECK(lit.out.find("\033[1;31mTraffickers\033[0m are forming") != std::string::npos);
    CHECK(lit.out.find("\033[1;31mgangs") == std::string::npos);

    ToolResult js = cable_query({"show", "07CHENGDU32", "--json", "--db", fixture_index()});
    REQUIRE(js.status == 0);
    CHECK(json::parse(js.out)["id"] == "07CHENGDU32");

    ToolResult missing = cable_query({"show", "99NOWHERE1", "--db", fixture_index()});
    CHECK(missing.status == 1);
    CHECK(missing.err.find("no cable 99NOWHERE1") != std::string::npos);
}

TEST_CASE("colour only on a terminal or when asked", "[query][results]")
{
    // The test's pipe is no terminal; run without NO_COLOR set by the helper.
    ToolResult piped = run_tool(CABLE_QUERY_BIN, {"trafficking", "--db", fixture_index()});
    REQUIRE(piped.status == 0);
    CHECK(!has_colour(piped.out));
    ToolResult always = run_tool(CABLE_QUERY_BIN, {"trafficking", "--db", fixture_index(), "--color", "always"});
    CHECK(always.out.find("\033[1;31mtrafficking\033[0m") != std::string::npos);
    ToolResult never = run_tool(CABLE_QUERY_BIN, {"trafficking", "--db", fixture_index(), "--color", "never"});
    CHECK(!has_colour(never.out));
    CHECK(never.out == piped.out);
}

TEST_CASE("exit status as grep; a missing or empty index says to run cable-index", "[query][errors]")
{
    CHECK(cable_query({"trafficking", "--db", fixture_index()}).status == 0);
    CHECK(cable_query({"xylophone", "--db", fixture_index()}).status == 1);
    CHECK(cable_query({"\"unclosed", "--db", fixture_index()}).status == 2);

    TempDir dir;
    ToolResult missing = cable_query({"trafficking", "--db", (dir / "nothing").string()});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("no index here; run `cable-index") != std::string::npos);

    std::string empty = (dir / "empty").string();
    Xapian::WritableDatabase(empty, Xapian::DB_CREATE).commit();
    ToolResult none = cable_query({"trafficking", "--db", empty});
    CHECK(none.status == 2);
    CHECK(none.err.find("the index is empty; run `cable-index") != std::string::npos);

    write_file(dir / "junk/file", "not an index");
    ToolResult junk = cable_query({"trafficking", "--db", (dir / "junk").string()});
    CHECK(junk.status == 2);
    CHECK(junk.err.find("run `cable-index") != std::string::npos);
}

TEST_CASE("facets: counted from the cached facet table, the same as without it", "[query][facets]")
{
    const std::vector<std::string> args = {"trafficking OR poverty OR class:unclassified", "--db", fixture_index(), "--json",
                                           "--facets", "tag,post,year,month,class,caveat", "--facet-limit", "100"};
    ToolResult plain = cable_query(args);
    REQUIRE(plain.status == 0);
    TempDir cache;
    // The fixture is far below the size that gets a table: lower the bar.
    std::vector<std::string> env = {"CABLESEARCH_CACHE_DIR=" + cache.path().string(), "CABLESEARCH_FACET_TABLE_MIN_DOCS=1"};
    ToolResult built = run_tool(CABLE_QUERY_BIN, args, env);
    REQUIRE(built.status == 0);
    CHECK(lines_of(built.out).back() == lines_of(plain.out).back());
    auto tables = [&] {
        std::vector<std::string> names;
        for (const auto& f : std::filesystem::directory_iterator(cache.path())) names.push_back(f.path().filename().string());
        return names;
    };
    auto first = tables();
    REQUIRE(first.size() == 1);
    CHECK(first[0].starts_with("facets-"));
    ToolResult reused = run_tool(CABLE_QUERY_BIN, args, env);
    CHECK(lines_of(reused.out).back() == lines_of(plain.out).back());
    CHECK(tables() == first);

    // A damaged table is rebuilt, not trusted.
    write_file(cache.path() / first[0], "CSFACET1 and then nonsense");
    ToolResult repaired = run_tool(CABLE_QUERY_BIN, args, env);
    CHECK(lines_of(repaired.out).back() == lines_of(plain.out).back());

    // A new revision of the index gets a new table, and the old one goes.
    TempDir other;
    std::string db = (other / "index").string();
    write_index(db, fixture_cables());
    std::vector<std::string> on_other = args;
    on_other[2] = db;
    REQUIRE(run_tool(CABLE_QUERY_BIN, on_other, env).status == 0);
    {
        Xapian::WritableDatabase w(db, Xapian::DB_OPEN);
        w.delete_document("Q07TRIPOLI100");
        w.commit();
    }
    ToolResult changed = run_tool(CABLE_QUERY_BIN, on_other, env);
    REQUIRE(changed.status == 0);
    auto summary = json::parse(lines_of(changed.out).back());
    CHECK(facet(summary, "caveat") == std::map<std::string, int>{{"SIPDIS", 2}});
    CHECK(tables().size() == 2); // one per index
}
