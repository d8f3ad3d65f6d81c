// The citation graph: cites:, cited-by: (and ref:), cable-query refs (tree,
// --json, --dot), the cited-by count of each hit and --sort cited, on an
// index of cables written for it with known references: a cycle (08PARIS10
// and 08PARIS20 cite each other), ids the index does not hold (99STATE1),
// cables released under malformed ids and cited under either id, an
// undated cable, several dates.

#include "index/CableDocument.h"
#include "index/Schema.h"
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

Cable cable(std::string id, std::string released, std::optional<DateTime> date, std::string post, std::string subject,
            V references, std::string body)
{
    Cable c;
    c.id = std::move(id);
    c.released_id = std::move(released);
    c.date = date;
    c.origin = std::move(post);
    c.classification = "UNCLASSIFIED";
    c.tags = {"PREL"};
    c.subject = std::move(subject);
    c.references = std::move(references);
    c.paragraphs = {{1, "U", "", "", std::move(body)}};
    c.source_format = "text";
    c.source_path = "citations/" + c.id + ".txt";
    return c;
}

//                 cites                                          cited by
// 07PARIS5        -                                              08PARIS10 08MANAMA492 08ROME7 09LONDON3 05BERN1 (5)
// 08PARIS10       07PARIS5 99STATE1 08PARIS20                    08PARIS20 (1)
// 08PARIS20       08PARIS10                                      08PARIS10 (1)
// 08MANAMA492     07PARIS5                                       08ROME7 (under both ids) 08ROME8 (as released) (2)
// 08ROME7         08MANAMA492 08ECTION01OF02MANAMA492 07PARIS5   -
// 08ROME8         08ECTION01OF02MANAMA492                        -
// 90STATE255195   -                                              09LONDON3 (1)
// 09LONDON3       90STATE255195 07PARIS5 99STATE1                -
// 05BERN1 (no date) 07PARIS5                                     -
// 99STATE1 is in no index: cited by 08PARIS10 and 09LONDON3.
std::vector<Cable> citation_cables()
{
    return {
        cable("07PARIS5", "", DateTime{2007, 5, 5, 9, 0}, "Embassy Paris", "FRENCH OIL POLICY", {}, "Oil oil oil and gas."),
        cable("08PARIS10", "", DateTime{2008, 1, 10, 9, 0}, "Embassy Paris", "OIL TALKS", {"07PARIS5", "99STATE1", "08PARIS20"},
              "The oil talks went on."),
        cable("08PARIS20", "", DateTime{2008, 2, 1, 9, 0}, "Embassy Paris", "MORE TALKS", {"08PARIS10"}, "Talks again."),
        cable("08MANAMA492", "08ECTION01OF02MANAMA492", DateTime{2008, 3, 3, 9, 0}, "Embassy Manama", "BAHRAIN OIL",
              {"07PARIS5"}, "Oil in Bahrain."),
        cable("08ROME7", "", DateTime{2008, 4, 4, 9, 0}, "Embassy Rome", "ITALY AND BAHRAIN",
              {"08MANAMA492", "08ECTION01OF02MANAMA492", "07PARIS5"}, "Oil oil in Italy."),
        cable("08ROME8", "", DateTime{2008, 4, 4, 10, 0}, "Embassy Rome", "ITALY AGAIN", {"08ECTION01OF02MANAMA492"},
              "Gas in Italy."),
        cable("90STATE255195", "90STATE255195TOSEC140301", DateTime{1990, 8, 10, 12, 0}, "Secretary of State",
              "GULF CRISIS", {}, "The gulf."),
        cable("09LONDON3", "", DateTime{2009, 1, 1, 9, 0}, "Embassy London", "LONDON ON THE GULF",
              {"90STATE255195", "07PARIS5", "99STATE1"}, "Oil and the gulf."),
        cable("05BERN1", "", std::nullopt, "Embassy Bern", "SWISS VIEW", {"07PARIS5"}, "Oil in Switzerland."),
    };
}

const std::string& citation_index()
{
    static TempDir dir;
    static std::string path = [] {
        std::string p = (dir / "index").string();
        write_index(p, citation_cables());
        return p;
    }();
    return path;
}

ToolResult query(V args, const std::string& db = citation_index())
{
    args.insert(args.end(), {"--db", db});
    return run_tool(CABLE_QUERY_BIN, args, {"NO_COLOR=1"});
}

V ids(V args) { return hit_ids(std::move(args), citation_index()); }

// id -> cited_by of every hit of the JSON output
std::map<std::string, int> cited_by_of(const std::string& out)
{
    std::map<std::string, int> counts;
    for (const auto& line : lines_of(out)) {
        json j = json::parse(line);
        if (j["type"] == "hit") counts[j["id"].get<std::string>()] = j["cited_by"].get<int>();
    }
    return counts;
}

} // namespace

TEST_CASE("citations: cites: finds the cables a cable references, by either of its ids", "[query][citations]")
{
    CHECK(sorted(ids({"cites:08PARIS10"})) == V{"07PARIS5", "08PARIS20"}); // 99STATE1 is not in the index
    CHECK(sorted(ids({"cites:08paris10"})) == V{"07PARIS5", "08PARIS20"});
    CHECK(ids({"cites:08MANAMA492"}) == V{"07PARIS5"});
    CHECK(ids({"cites:08ECTION01OF02MANAMA492"}) == V{"07PARIS5"});
    // A reference written as released finds the cable too.
    CHECK(ids({"cites:08ROME8"}) == V{"08MANAMA492"});
    CHECK(sorted(ids({"cites:09LONDON3"})) == V{"07PARIS5", "90STATE255195"});
    CHECK(ids({"cites:07PARIS5"}).empty()); // it cites nothing
    ToolResult none = query({"cites:07PARIS5", "--explain", "--count"});
    CHECK(none.err.find("no cable (the cable of cites: cites none) (filter)") != std::string::npos);
    CHECK(none.err.find("but not") == std::string::npos);
    CHECK(sorted(ids({"cites:08PARIS10 OR cites:08ROME7"})) == V{"07PARIS5", "08MANAMA492", "08PARIS20"});
    CHECK(ids({"cites:08PARIS10 oil"}) == V{"07PARIS5"});

    // An id the index does not hold: its references are unknown, which is an error, not "none".
    ToolResult missing = query({"cites:99STATE1"});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("'99STATE1' is not in the index, so the cables it cites are unknown "
                           "(cited-by:99STATE1 finds the cables that cite it)") != std::string::npos);
}

TEST_CASE("citations: cited-by: and ref: find the cables that reference a cable, by either of its ids",
          "[query][citations]")
{
    CHECK(sorted(ids({"cited-by:07PARIS5"})) == V{"05BERN1", "08MANAMA492", "08PARIS10", "08ROME7", "09LONDON3"});
    CHECK(sorted(ids({"CITED-BY:07paris5"})) == sorted(ids({"cited-by:07PARIS5"})));
    CHECK(sorted(ids({"ref:07PARIS5"})) == sorted(ids({"cited-by:07PARIS5"})));
    // Cited under its canonical id by one cable, as released by another.
    for (const std::string id : {"08MANAMA492", "08ECTION01OF02MANAMA492"}) {
        CHECK(sorted(ids({"cited-by:" + id})) == V{"08ROME7", "08ROME8"});
        CHECK(sorted(ids({"ref:" + id})) == V{"08ROME7", "08ROME8"});
    }
    CHECK(ids({"cited-by:90STATE255195TOSEC140301"}) == V{"09LONDON3"});
    CHECK(ids({"cited-by:90STATE255195"}) == V{"09LONDON3"});
    // An id no cable of the index has is still cited.
    CHECK(sorted(ids({"cited-by:99STATE1"})) == V{"08PARIS10", "09LONDON3"});
    CHECK(ids({"cited-by:99XYZ9"}).empty());
    // With words and other fields; excluded.
    CHECK(ids({"cited-by:07PARIS5 gulf"}) == V{"09LONDON3"});
    CHECK(sorted(ids({"oil -cited-by:07PARIS5"})) == V{"07PARIS5"});
    CHECK(sorted(ids({"(cited-by:08PARIS10)"})) == V{"08PARIS20"});
    // A bare id still finds the cable, the cables citing it and its text.
    CHECK(sorted(ids({"08MANAMA492"})) == V{"08MANAMA492", "08ROME7", "08ROME8"});
}

TEST_CASE("citations: every hit says how many cables cite it, in text, JSON and CSV", "[query][citations]")
{
    ToolResult j = query({"", "--json", "--limit", "100"});
    REQUIRE(j.status == 0);
    CHECK(cited_by_of(j.out) == std::map<std::string, int>{{"05BERN1", 0},
                                                           {"07PARIS5", 5},
                                                           {"08MANAMA492", 2}, // once for 08ROME7, which names both ids
                                                           {"08PARIS10", 1},
                                                           {"08PARIS20", 1},
                                                           {"08ROME7", 0},
                                                           {"08ROME8", 0},
                                                           {"09LONDON3", 0},
                                                           {"90STATE255195", 1}});

    ToolResult t = query({"id:07PARIS5 OR id:08ROME8", "--sort", "date", "--facets", "none"});
    REQUIRE(t.status == 0);
    CHECK(lines_of(t.out)[0] == "07PARIS5  2007-05-05 09:00  Embassy Paris  UNCLASSIFIED  cited by 5");
    CHECK(lines_of(t.out)[4] == "08ROME8  2008-04-04 10:00  Embassy Rome  UNCLASSIFIED"); // none: nothing said

    ToolResult c = query({"id:08MANAMA492 OR id:08ROME8", "--csv", "--sort", "date"});
    REQUIRE(c.status == 0);
    V rows = lines_of(c.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "id,date,post,classification,subject,tags,paragraph,marking,snippet,cited_by");
    CHECK(rows[1].starts_with("\"08MANAMA492\","));
    CHECK(rows[1].ends_with(",\"2\""));
    CHECK(rows[2].ends_with(",\"0\""));
}

TEST_CASE("citations: --sort cited ranks the matches by their cited-by count, relevance breaking ties",
          "[query][citations]")
{
    // No words: every weight is 0, and ties go oldest first (undated last).
    CHECK(ids({"", "--sort", "cited"}) == V{"07PARIS5", "08MANAMA492", "90STATE255195", "08PARIS10", "08PARIS20",
                                            "08ROME7", "08ROME8", "09LONDON3", "05BERN1"});
    // Pages of it.
    auto page = [](V args) {
        args.insert(args.end(), {"--json", "--sort", "cited"});
        V out;
        for (const auto& line : lines_of(query(args).out))
            if (json j = json::parse(line); j["type"] == "hit") out.push_back(j["id"]);
        return out;
    };
    CHECK(page({"", "--limit", "3", "--offset", "2"}) == V{"90STATE255195", "08PARIS10", "08PARIS20"});
    CHECK(page({"", "--limit", "2", "--offset", "7"}) == V{"09LONDON3", "05BERN1"});
    CHECK(page({"", "--limit", "4", "--offset", "1"}) == V{"08MANAMA492", "90STATE255195", "08PARIS10", "08PARIS20"});
    // Among the cables cited once or never, the more relevant first.
    V by_relevance = ids({"oil"});
    V by_cited = ids({"oil", "--sort", "cited"});
    REQUIRE(by_cited.size() == 6);
    CHECK(V(by_cited.begin(), by_cited.begin() + 3) == V{"07PARIS5", "08MANAMA492", "08PARIS10"});
    V uncited_by_relevance;
    for (const auto& id : by_relevance)
        if (id == "08ROME7" || id == "09LONDON3" || id == "05BERN1") uncited_by_relevance.push_back(id);
    CHECK(V(by_cited.begin() + 3, by_cited.end()) == uncited_by_relevance);
    // The counts and facets are those of the search, whatever the order.
    CHECK(query({"oil", "--sort", "cited", "--count"}).out == query({"oil", "--count"}).out);
}

TEST_CASE("refs: the tree around a cable, what it cites and what cites it, one line each", "[query][citations][refs]")
{
    ToolResult r = query({"refs", "08PARIS10"});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(lines_of(r.out) == V{
                                 "08PARIS10  2008-01-10  Embassy Paris  OIL TALKS",
                                 "|- cites -> 07PARIS5  2007-05-05  Embassy Paris  FRENCH OIL POLICY",
                                 "|- cites -> 08PARIS20  2008-02-01  Embassy Paris  MORE TALKS",
                                 "|- cites -> 99STATE1  (not in the index)",
                                 "`- cited by <- 08PARIS20  (shown above)",
                             });
    // Two levels: the cycle ends at the cable printed already.
    CHECK(lines_of(query({"refs", "08paris10", "--depth", "2"}).out) ==
          V{
              "08PARIS10  2008-01-10  Embassy Paris  OIL TALKS",
              "|- cites -> 07PARIS5  2007-05-05  Embassy Paris  FRENCH OIL POLICY",
              "|- cites -> 08PARIS20  2008-02-01  Embassy Paris  MORE TALKS",
              "|  `- cites -> 08PARIS10  (shown above)",
              "|- cites -> 99STATE1  (not in the index)",
              "`- cited by <- 08PARIS20  (shown above)",
          });
    CHECK(lines_of(query({"refs", "08PARIS10", "--depth", "0"}).out) == V{"08PARIS10  2008-01-10  Embassy Paris  OIL TALKS"});
}

TEST_CASE("refs: children by date then id, undated and unknown ids last; a path keeps its direction",
          "[query][citations][refs]")
{
    // Box drawing and arrows with --color always (as on a terminal).
    ToolResult r = query({"refs", "07PARIS5", "--depth", "3", "--color", "always"});
    CHECK(r.status == 0);
    CHECK(lines_of(r.out) ==
          V{
              "07PARIS5  2007-05-05  Embassy Paris  FRENCH OIL POLICY",
              "\u251c\u2500 cited by \u2190 08PARIS10  2008-01-10  Embassy Paris  OIL TALKS",
              "\u2502  \u2514\u2500 cited by \u2190 08PARIS20  2008-02-01  Embassy Paris  MORE TALKS",
              "\u2502     \u2514\u2500 cited by \u2190 08PARIS10  (shown above)",
              "\u251c\u2500 cited by \u2190 08MANAMA492 (08ECTION01OF02MANAMA492)  2008-03-03  Embassy Manama  BAHRAIN OIL",
              "\u2502  \u251c\u2500 cited by \u2190 08ROME7  2008-04-04  Embassy Rome  ITALY AND BAHRAIN",
              "\u2502  \u2514\u2500 cited by \u2190 08ROME8  2008-04-04  Embassy Rome  ITALY AGAIN",
              "\u251c\u2500 cited by \u2190 08ROME7  (shown above)",
              "\u251c\u2500 cited by \u2190 09LONDON3  2009-01-01  Embassy London  LONDON ON THE GULF",
              "\u2514\u2500 cited by \u2190 05BERN1  (no date)  Embassy Bern  SWISS VIEW",
          });
    CHECK(lines_of(query({"refs", "09LONDON3", "--direction", "cites", "--depth", "2"}).out) ==
          V{
              "09LONDON3  2009-01-01  Embassy London  LONDON ON THE GULF",
              "|- cites -> 90STATE255195 (90STATE255195TOSEC140301)  1990-08-10  Secretary of State  GULF CRISIS",
              "|- cites -> 07PARIS5  2007-05-05  Embassy Paris  FRENCH OIL POLICY",
              "`- cites -> 99STATE1  (not in the index)",
          });
}

TEST_CASE("refs: a released id, an id the index does not hold, one nobody cites", "[query][citations][refs]")
{
    CHECK(lines_of(query({"refs", "90STATE255195TOSEC140301", "--direction", "cited-by"}).out) ==
          V{
              "90STATE255195 (90STATE255195TOSEC140301)  1990-08-10  Secretary of State  GULF CRISIS",
              "`- cited by <- 09LONDON3  2009-01-01  Embassy London  LONDON ON THE GULF",
          });
    // Not in the index, but cited: still a node, with the cables citing it.
    ToolResult missing = query({"refs", "99STATE1"});
    CHECK(missing.status == 0);
    CHECK(lines_of(missing.out) == V{
                                       "99STATE1  (not in the index)",
                                       "|- cited by <- 08PARIS10  2008-01-10  Embassy Paris  OIL TALKS",
                                       "`- cited by <- 09LONDON3  2009-01-01  Embassy London  LONDON ON THE GULF",
                                   });
    ToolResult nowhere = query({"refs", "99XYZ1"});
    CHECK(nowhere.status == 1);
    CHECK(nowhere.out == "99XYZ1  (not in the index)\n");
    CHECK(nowhere.err == "cable-query: no cable 99XYZ1 in the index, and no cable of the index cites it\n");
    CHECK(query({"refs", "08PARIS10", "--direction", "sideways"}).status == 2);
}

TEST_CASE("refs: --json gives the nodes and the edges, --dot Graphviz input", "[query][citations][refs]")
{
    ToolResult j = query({"refs", "08ECTION01OF02MANAMA492", "--depth", "2", "--json"});
    CHECK(j.status == 0);
    CHECK(json::parse(j.out) == json::parse(R"({"root":"08MANAMA492","depth":2,"direction":"both","nodes":[
        {"id":"08MANAMA492","released_id":"08ECTION01OF02MANAMA492","in_index":true,"date":"2008-03-03T09:00Z","post":"Embassy Manama","subject":"BAHRAIN OIL","cited_by":2},
        {"id":"07PARIS5","released_id":null,"in_index":true,"date":"2007-05-05T09:00Z","post":"Embassy Paris","subject":"FRENCH OIL POLICY","cited_by":5},
        {"id":"08ROME7","released_id":null,"in_index":true,"date":"2008-04-04T09:00Z","post":"Embassy Rome","subject":"ITALY AND BAHRAIN","cited_by":0},
        {"id":"08ROME8","released_id":null,"in_index":true,"date":"2008-04-04T10:00Z","post":"Embassy Rome","subject":"ITALY AGAIN","cited_by":0}],
        "edges":[{"from":"08MANAMA492","to":"07PARIS5"},{"from":"08ROME7","to":"08MANAMA492"},{"from":"08ROME8","to":"08MANAMA492"}],
        "partial":false,"missing_shards":[]})"));
    CHECK(lines_of(j.out).size() == 1);

    // Each edge once, though the tree shows 08PARIS20 twice; unknown ids have nulls.
    json cycle = json::parse(query({"refs", "08PARIS10", "--json"}).out);
    CHECK(cycle["edges"] == json::parse(R"([{"from":"08PARIS10","to":"07PARIS5"},{"from":"08PARIS10","to":"08PARIS20"},
        {"from":"08PARIS10","to":"99STATE1"},{"from":"08PARIS20","to":"08PARIS10"}])"));
    CHECK(cycle["nodes"].size() == 4);
    CHECK(cycle["nodes"][3] == json::parse(R"({"id":"99STATE1","released_id":null,"in_index":false,"date":null,
        "post":null,"subject":null,"cited_by":2})"));

    ToolResult d = query({"refs", "99STATE1", "--dot"});
    CHECK(d.status == 0);
    CHECK(d.out == "// cable-query refs 99STATE1: an edge goes from the citing cable to the cited one\n"
                   "digraph citations {\n"
                   "  node [shape=box];\n"
                   "  \"99STATE1\" [label=\"99STATE1\\n(not in the index)\", style=dashed, penwidth=2];\n"
                   "  \"08PARIS10\" [label=\"08PARIS10\\n2008-01-10  Embassy Paris\\nOIL TALKS\"];\n"
                   "  \"09LONDON3\" [label=\"09LONDON3\\n2009-01-01  Embassy London\\nLONDON ON THE GULF\"];\n"
                   "  \"08PARIS10\" -> \"99STATE1\";\n"
                   "  \"09LONDON3\" -> \"99STATE1\";\n"
                   "}\n");
    CHECK(query({"refs", "99STATE1", "--dot", "--json"}).status == 2);
}

TEST_CASE("citations: the same answers over two shards", "[query][citations][shards]")
{
    // A document of a shard is known to a match decider by the shard's own
    // docid (Xapian 1.4): --sort cited must not rely on it.
    TempDir dir;
    const std::filesystem::path two = dir.path() / "two";
    write_two_shard_index(two, citation_cables());
    for (const V& args : {V{"", "--sort", "cited", "--json", "--limit", "100"},
                          V{"", "--sort", "cited", "--json", "--limit", "3", "--offset", "2"},
                          V{"oil", "--sort", "cited", "--json"},
                          V{"cited-by:07PARIS5 OR cites:08ROME7", "--csv"},
                          V{"refs", "07PARIS5", "--depth", "3"},
                          V{"refs", "08PARIS10", "--json", "--depth", "2"}}) {
        INFO(args.front() << " " << args[1]);
        ToolResult one = query(args), split = query(args, two.string());
        CHECK(one.status == 0);
        CHECK(split.status == one.status);
        // Scores may differ in the last digits (each shard's statistics are the same here, but not their sums).
        auto without_scores = [](const std::string& out) {
            V lines = lines_of(out);
            for (auto& l : lines)
                if (l.starts_with("{\"type\"")) {
                    json j = json::parse(l);
                    j.erase("score");
                    l = j.dump();
                }
            return lines;
        };
        CHECK(without_scores(split.out) == without_scores(one.out));
    }
}

TEST_CASE("citations: --sort cited from a table cached per index revision, counted again when the index changes",
          "[query][citations]")
{
    TempDir dir, cache;
    const std::string db = (dir.path() / "index").string();
    write_index(db, citation_cables());
    const V env = {"NO_COLOR=1", "CABLESEARCH_CACHE_DIR=" + cache.path().string(), "CABLESEARCH_FACET_TABLE_MIN_DOCS=1"};
    auto top = [&](size_t n) {
        ToolResult r = run_tool(CABLE_QUERY_BIN, {"", "--sort", "cited", "--json", "--db", db}, env);
        REQUIRE(r.status == 0);
        std::vector<std::pair<std::string, int>> out;
        for (const auto& line : lines_of(r.out))
            if (json j = json::parse(line); j["type"] == "hit" && out.size() < n) out.emplace_back(j["id"], j["cited_by"]);
        return out;
    };
    auto tables = [&] {
        V names;
        for (const auto& e : std::filesystem::directory_iterator(cache.path()))
            if (e.path().filename().string().starts_with("cited-")) names.push_back(e.path().filename().string());
        return names;
    };
    using Top = std::vector<std::pair<std::string, int>>;
    const Top before = {{"07PARIS5", 5}, {"08MANAMA492", 2}, {"90STATE255195", 1}, {"08PARIS10", 1}};
    CHECK(top(4) == before); // counted and written
    REQUIRE(tables().size() == 1);
    CHECK(top(4) == before); // read
    {
        Xapian::WritableDatabase w(db, Xapian::DB_OPEN);
        CableDocumentBuilder builder;
        for (const std::string id : {"09ROME1", "09ROME2"}) {
            Cable c = citation_cables()[5]; // 08ROME8
            c.id = id;
            c.references = {"08ROME8"};
            w.replace_document(schema::id_term(document_key(c)), builder.build(c));
        }
        w.commit();
    }
    CHECK(top(4) == Top{{"07PARIS5", 5}, {"08MANAMA492", 2}, {"08ROME8", 2}, {"90STATE255195", 1}});
    CHECK(tables().size() == 1); // the earlier revision's is gone
}
