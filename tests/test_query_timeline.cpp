// cable-query --timeline: every match counted by year, quarter or month, on
// an index of cables written for it with known dates, gaps (no cable at all
// in 2008) and undated cables (whose ids still carry a year: they must not
// be counted in it). The exact histogram lines and JSON series, per-volume
// rates, plain and block bars, and the same answer over two shards, with
// and without the facet table.

#include "index/CableDocument.h"
#include "index/Schema.h"
#include "output/TimelineOutput.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;
using json = nlohmann::ordered_json;
using V = std::vector<std::string>;

namespace {

Cable dated(std::string id, std::optional<DateTime> date, std::string word)
{
    Cable c;
    c.id = std::move(id);
    c.date = date;
    c.origin = "Embassy Paris";
    c.origin_raw = "AMEMBASSY PARIS";
    c.classification = "UNCLASSIFIED";
    c.tags = {"ENRG"};
    c.subject = "ENERGY";
    c.paragraphs = {{1, "U", "", "", "The ministry discussed " + word + " prices."}};
    c.source_format = "text";
    c.source_path = "timeline/" + c.id + ".txt";
    return c;
}

//   oil: 2006-11, 2006-12, 2007-01, 2007-02, 2007-07, 2009-03, and one undated
//   gas: 2007-02, 2009-12, and one undated
// Nothing in 2007-03..06 nor in 2008.
std::vector<Cable> timeline_cables()
{
    return {
        dated("06PARIS100", DateTime{2006, 11, 20, 9, 0}, "oil"),
        dated("06PARIS200", DateTime{2006, 12, 5, 9, 0}, "oil"),
        dated("07PARIS1", DateTime{2007, 1, 15, 9, 0}, "oil"),
        dated("07PARIS50", DateTime{2007, 2, 1, 0, 0}, "oil"),
        dated("07PARIS60", DateTime{2007, 2, 28, 23, 59}, "gas"),
        dated("07PARIS300", DateTime{2007, 7, 4, 12, 0}, "oil"),
        dated("09PARIS10", DateTime{2009, 3, 31, 23, 59}, "oil"),
        dated("09PARIS900", DateTime{2009, 12, 31, 23, 59}, "gas"),
        dated("07PARIS5", std::nullopt, "oil"),
        dated("08PARIS5", std::nullopt, "gas"),
    };
}

const std::string& timeline_index()
{
    static TempDir dir;
    static std::string path = [] {
        std::string p = (dir / "index").string();
        write_index(p, timeline_cables());
        return p;
    }();
    return path;
}

ToolResult query(V args, const std::string& db = timeline_index(), const V& env = {})
{
    args.insert(args.end(), {"--db", db});
    // Off a terminal, no width given: bars up to 60 columns, unless env says.
    V full_env = env;
    for (std::string d : {"NO_COLOR=1", "COLUMNS="}) {
        std::string name = d.substr(0, d.find('=') + 1);
        if (std::none_of(env.begin(), env.end(), [&](const std::string& e) { return e.starts_with(name); }))
            full_env.push_back(d);
    }
    return run_tool(CABLE_QUERY_BIN, args, full_env);
}

// The lines after the facets: from "timeline by" to the end.
V timeline_lines(const std::string& out)
{
    V lines = lines_of(out), tail;
    bool in = false;
    for (const auto& l : lines) {
        in = in || l.starts_with("timeline by");
        if (in) tail.push_back(l);
    }
    return tail;
}

json summary_of(const std::string& out)
{
    json j = json::parse(lines_of(out).back());
    REQUIRE(j["type"] == "summary");
    return j;
}

std::string bar(size_t n, char c = '#') { return std::string(n, c); }

} // namespace

TEST_CASE("timeline: by year, from the first match to the last, empty years included", "[query][timeline]")
{
    ToolResult r = query({"oil", "--timeline", "year"});
    REQUIRE(r.status == 0);
    // Bars of '#' off a terminal, 60 columns for the largest count.
    CHECK(timeline_lines(r.out) == V{
                                       "timeline by year: 6 dated matches from 2006 to 2009, 1 undated (not shown)",
                                       "2006  2 " + bar(40),
                                       "2007  3 " + bar(60),
                                       "2008  0",
                                       "2009  1 " + bar(20),
                                   });
    // After the hits and the facets, a blank line before it.
    V lines = lines_of(r.out);
    auto at = std::find(lines.begin(), lines.end(), "timeline by year: 6 dated matches from 2006 to 2009, 1 undated (not shown)");
    REQUIRE(at != lines.begin());
    CHECK(*(at - 1) == "");
    CHECK((at - 2)->starts_with("class:"));
}

TEST_CASE("timeline: by quarter and by month, gaps as zero lines", "[query][timeline]")
{
    ToolResult quarters = query({"oil", "--timeline", "quarter", "--count"});
    REQUIRE(quarters.status == 0);
    // --count: the number, then the timeline, no hits.
    CHECK(lines_of(quarters.out) == V{
                                        "7",
                                        "timeline by quarter: 6 dated matches from 2006-Q4 to 2009-Q1, 1 undated (not shown)",
                                        "2006-Q4  2 " + bar(60),
                                        "2007-Q1  2 " + bar(60),
                                        "2007-Q2  0",
                                        "2007-Q3  1 " + bar(30),
                                        "2007-Q4  0",
                                        "2008-Q1  0",
                                        "2008-Q2  0",
                                        "2008-Q3  0",
                                        "2008-Q4  0",
                                        "2009-Q1  1 " + bar(30),
                                    });

    ToolResult months = query({"oil", "--timeline", "month", "--count"});
    REQUIRE(months.status == 0);
    V lines = timeline_lines(months.out);
    REQUIRE(lines.size() == 1 + 29); // 2006-11 to 2009-03
    CHECK(lines.front() == "timeline by month: 6 dated matches from 2006-11 to 2009-03, 1 undated (not shown)");
    CHECK(lines[1] == "2006-11  1 " + bar(60));
    CHECK(lines[2] == "2006-12  1 " + bar(60));
    CHECK(lines[4] == "2007-02  1 " + bar(60));
    CHECK(lines[5] == "2007-03  0");
    CHECK(lines[9] == "2007-07  1 " + bar(60));
    CHECK(lines[10] == "2007-08  0");
    CHECK(lines.back() == "2009-03  1 " + bar(60));
    size_t with_bars = std::count_if(lines.begin() + 1, lines.end(), [](auto& l) { return l.ends_with("#"); });
    CHECK(with_bars == 6);

    // One period, and no dated match at all.
    CHECK(timeline_lines(query({"oil date:2007-07", "--timeline", "month"}).out) ==
          V{"timeline by month: 1 dated match in 2007-07", "2007-07  1 " + bar(60)});
    ToolResult undated = query({"id:08PARIS5", "--timeline", "year"});
    CHECK(undated.status == 0);
    CHECK(timeline_lines(undated.out) == V{"timeline by year: no dated match, 1 undated (not shown)"});
    ToolResult none = query({"xylophone", "--timeline", "year"});
    CHECK(none.status == 1);
    CHECK(timeline_lines(none.out) == V{"timeline by year: no dated match"});
}

TEST_CASE("timeline: --per-volume, per 1,000 cables the index has in each period", "[query][timeline]")
{
    // The index has 2 cables in 2006, 4 in 2007, none in 2008, 2 in 2009.
    ToolResult r = query({"oil", "--timeline", "year", "--per-volume"});
    REQUIRE(r.status == 0);
    CHECK(timeline_lines(r.out) ==
          V{
              "timeline by year, per 1,000 cables the index has in each year: 6 dated matches from 2006 to 2009, 1 undated (not shown)",
              "2006  2 of 2  1000.00 " + bar(60),
              "2007  3 of 4   750.00 " + bar(45),
              "2008  0 of 0     0.00",
              "2009  1 of 2   500.00 " + bar(30),
          });

    json j = summary_of(query({"gas", "--timeline", "quarter", "--per-volume", "--json"}).out);
    CHECK(j["timeline"]["by"] == "quarter");
    CHECK(j["timeline"]["per_volume"] == true);
    CHECK(j["timeline"]["dated"] == 2);
    CHECK(j["timeline"]["undated"] == 1);
    const json& series = j["timeline"]["series"];
    REQUIRE(series.size() == 12); // 2007-Q1 to 2009-Q4
    CHECK(series[0] == json{{"period", "2007-Q1"}, {"count", 1}, {"volume", 3}, {"per_1000", 1000.0 / 3}});
    CHECK(series[1] == json{{"period", "2007-Q2"}, {"count", 0}, {"volume", 0}, {"per_1000", 0.0}});
    CHECK(series[2] == json{{"period", "2007-Q3"}, {"count", 0}, {"volume", 1}, {"per_1000", 0.0}});
    CHECK(series[8] == json{{"period", "2009-Q1"}, {"count", 0}, {"volume", 1}, {"per_1000", 0.0}});
    CHECK(series[11] == json{{"period", "2009-Q4"}, {"count", 1}, {"volume", 1}, {"per_1000", 1000.0}});
}

TEST_CASE("timeline: the JSON summary carries the series", "[query][timeline]")
{
    ToolResult r = query({"oil", "--timeline", "year", "--json", "--limit", "2"});
    REQUIRE(r.status == 0);
    json j = summary_of(r.out);
    CHECK(j["matches"] == 7);
    CHECK(j["timeline"] == json{{"by", "year"},
                                {"per_volume", false},
                                {"dated", 6},
                                {"undated", 1},
                                {"series",
                                 {{{"period", "2006"}, {"count", 2}},
                                  {{"period", "2007"}, {"count", 3}},
                                  {{"period", "2008"}, {"count", 0}},
                                  {{"period", "2009"}, {"count", 1}}}}});
    // No histogram lines in JSON output, no timeline when not asked for.
    CHECK(lines_of(r.out).size() == 3);
    CHECK_FALSE(summary_of(query({"oil", "--json"}).out).contains("timeline"));
    // The month facet shown or not, the timeline is the same and the facets as asked.
    json with_month = summary_of(query({"oil", "--timeline", "year", "--json", "--facets", "month,year"}).out);
    CHECK(with_month["timeline"] == j["timeline"]);
    CHECK(with_month["facets"].size() == 2);
    CHECK(j["facets"].size() == 4); // tag, post, year, class: the default
    CHECK_FALSE(j["facets"].contains("month"));
    // Months: every one from the first to the last.
    json months = summary_of(query({"", "--timeline", "month", "--json"}).out)["timeline"];
    CHECK(months["dated"] == 8);
    CHECK(months["undated"] == 2);
    REQUIRE(months["series"].size() == 38); // 2006-11 to 2009-12
    CHECK(months["series"][3] == json{{"period", "2007-02"}, {"count", 2}});
}

TEST_CASE("timeline: eighth blocks on a terminal or with --color always, '#' with --color never", "[query][timeline]")
{
    // "2007-Q3  1 " is 11 columns: 23 columns leave a bar of 11 (one kept
    // free); 1 of 2 is 5.5 cells, five full blocks and a half.
    ToolResult blocks = query({"oil", "--timeline", "quarter", "--count", "--color", "always"}, timeline_index(), {"COLUMNS=23"});
    REQUIRE(blocks.status == 0);
    V lines = lines_of(blocks.out);
    REQUIRE(lines.size() == 12);
    CHECK(lines[1] == "\033[1mtimeline by quarter: 6 dated matches from 2006-Q4 to 2009-Q1, 1 undated (not shown)\033[0m");
    const std::string full = "\xE2\x96\x88", half = "\xE2\x96\x8C";
    auto blocks_of = [&](size_t n) {
        std::string b;
        for (size_t i = 0; i < n; ++i) b += full;
        return b;
    };
    CHECK(lines[2] == "2006-Q4  2 " + blocks_of(11));
    CHECK(lines[5] == "2007-Q3  1 " + blocks_of(5) + half);
    CHECK(lines[6] == "2007-Q4  0");

    // Narrow terminals still get bars of 10; '#' rounds to whole cells.
    ToolResult narrow = query({"oil", "--timeline", "quarter", "--count", "--color", "never"}, timeline_index(), {"COLUMNS=5"});
    V plain = lines_of(narrow.out);
    REQUIRE(plain.size() == 12);
    CHECK(plain[2] == "2006-Q4  2 " + bar(10));
    CHECK(plain[5] == "2007-Q3  1 " + bar(5));
    CHECK(narrow.out.find("\xE2\x96") == std::string::npos);
    CHECK(narrow.out.find("\033[") == std::string::npos);

    // Eighths in between; the smallest share still shows: one eighth, one '#'.
    CHECK(timeline_bar(3, 8, 1, true) == "\xE2\x96\x8D");
    CHECK(timeline_bar(1, 1000, 60, true) == "\xE2\x96\x8F");
    CHECK(timeline_bar(1, 1000, 60, false) == "#");
    CHECK(timeline_bar(0, 1000, 60, true).empty());
    CHECK(timeline_bar(15, 16, 2, true) == full + "\xE2\x96\x89");
}

TEST_CASE("timeline: bad uses are refused with status 2", "[query][timeline][errors]")
{
    ToolResult period = query({"oil", "--timeline", "week"});
    CHECK(period.status == 2);
    CHECK(period.err.find("--timeline") != std::string::npos);
    ToolResult alone = query({"oil", "--per-volume"});
    CHECK(alone.status == 2);
    CHECK(alone.err.find("--timeline") != std::string::npos);
    ToolResult csv = query({"oil", "--timeline", "year", "--csv"});
    CHECK(csv.status == 2);
    CHECK(csv.err.find("--csv") != std::string::npos);
}

TEST_CASE("timeline: the same over two shards, with and without the facet table", "[query][timeline][shards]")
{
    TempDir dir;
    const std::filesystem::path two = dir.path() / "two";
    write_two_shard_index(two, timeline_cables());

    TempDir cache;
    const V table = {"CABLESEARCH_CACHE_DIR=" + cache.path().string(), "CABLESEARCH_FACET_TABLE_MIN_DOCS=1"};
    for (const char* q : {"oil", "gas OR oil", "\"gas prices\"", "", "date:2007"}) {
        for (const char* period : {"year", "quarter", "month"}) {
            INFO(q << " by " << period);
            ToolResult one = query({q, "--timeline", period, "--per-volume", "--json"});
            REQUIRE(one.status == 0);
            json expected = summary_of(one.out)["timeline"];
            CHECK(summary_of(query({q, "--timeline", period, "--per-volume", "--json"}, two.string()).out)["timeline"] == expected);
            CHECK(summary_of(query({q, "--timeline", period, "--per-volume", "--json"}, timeline_index(), table).out)["timeline"] ==
                  expected);
            CHECK(summary_of(query({q, "--timeline", period, "--per-volume", "--json"}, two.string(), table).out)["timeline"] ==
                  expected);
        }
    }
}
