// Tag meanings: the compiled-in table, `cable-query tags` (counts, kinds,
// meanings, --with and its lift, text and JSON), meanings in facets and
// `show`, `tag:` with words of a meaning, and the table's coverage of the
// tags of the real cables in ../shared.
//
// tests/data/tags holds seven cables written for these tests:
//   09TESTVILLE1  PGOV PHUM KTIP CH        trafficking in persons
//   09TESTVILLE2  PGOV PREL CH
//   09TESTVILLE3  PGOV KTIP SMIG MX        traffickers at the border
//   09TESTVILLE4  PREL PTER IZ
//   09TESTVILLE5  OVIP (KISSINGER, HENRY A.), PREL, IZ
//   09TESTVILLE6  ECON ZZZQ                (ZZZQ: a code no table knows)
//   09TESTVILLE7  PHUM MX

#include "formats/CableReader.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "tags/TagMeanings.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;

namespace {

const std::string& tags_index()
{
    static TempDir dir;
    static std::string db = [] {
        std::string path = (dir / "index").string();
        ToolResult r = cable_index({source_dir() + "/tests/data/tags", "--db", path, "--quiet"});
        INFO(r.err);
        REQUIRE(r.status == 0);
        return path;
    }();
    return db;
}

ToolResult tags(std::vector<std::string> args)
{
    args.insert(args.begin(), "tags");
    args.insert(args.end(), {"--db", tags_index()});
    return cable_query(args);
}

std::vector<nlohmann::json> json_lines(const std::string& out)
{
    std::vector<nlohmann::json> v;
    for (const auto& line : lines_of(out)) v.push_back(nlohmann::json::parse(line));
    return v;
}

std::vector<std::string> hits(const std::string& query)
{
    ToolResult r = cable_query({query, "--db", tags_index(), "--json", "--limit", "100", "--sort", "date"});
    INFO(query << "\n" << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    std::vector<std::string> ids;
    for (const auto& j : json_lines(r.out))
        if (j["type"] == "hit") ids.push_back(j["id"]);
    return ids;
}

using V = std::vector<std::string>;

} // namespace

TEST_CASE("tag table: every entry has a known kind and source; look-ups ignore case", "[tags]")
{
    const TagMeanings& table = TagMeanings::builtin();
    REQUIRE(table.entries().size() > 400);
    for (const auto& e : table.entries()) {
        INFO(e.tag);
        CHECK((e.kind == "subject" || e.kind == "program" || e.kind == "organization" || e.kind == "country" ||
               e.kind == "region" || e.kind == "post" || e.kind == "person"));
        CHECK(!e.meaning.empty());
        CHECK((e.source.starts_with("5 FAH-3 H-") || e.source.starts_with("FIPS 10-4") || e.source == "cables"));
        if (e.source == "cables") CHECK(!e.note.empty()); // says how it was read
    }
    CHECK(table.find("pgov")->meaning == "Internal Governmental Affairs");
    CHECK(table.find("PGOV")->source == "5 FAH-3 H-111");
    CHECK(table.find("ktip")->kind == "program");
    CHECK(table.find("IZ")->meaning == "Iraq");
    CHECK(table.find("IZ")->source == "FIPS 10-4");
    CHECK(table.find("ASEC")->source == "5 FAH-3 H-011.1");
    CHECK(table.find("KISSINGER, HENRY A.")->kind == "person");
    CHECK(!table.find("ZZZQ"));
    CHECK(table.tags_meaning("trafficking in persons") == V{"KTIP", "TIP"});
    CHECK(table.tags_meaning("Trafficking persons") == V{"KTIP", "TIP"});
    CHECK(table.tags_meaning("flying saucers").empty());
}

TEST_CASE("tag table: a malformed or doubled line is refused with its line", "[tags]")
{
    CHECK_THROWS_WITH(TagMeanings("tag\tkind\tmeaning\tsource\tnote\nPGOV\tsubject\n"),
                      Catch::Contains("line 2"));
    CHECK_THROWS_WITH(TagMeanings("tag\tkind\tmeaning\tsource\tnote\nCH\tcountry\tChina\tFIPS 10-4\t\n"
                                  "CH\tcountry\tChina\tFIPS 10-4\t\n"),
                      Catch::Contains("CH is there twice"));
}

TEST_CASE("tags: every tag of every cable with its count, kind and meaning", "[tags]")
{
    ToolResult r = tags({});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(lines_of(r.out) == V{
        "7 cables matched; 13 tags",
        "tag                  count  kind     meaning",
        "PGOV                     3  subject  Internal Governmental Affairs",
        "PREL                     3  subject  External Political Relations",
        "CH                       2  country  China",
        "IZ                       2  country  Iraq",
        "KTIP                     2  program  Trafficking in Persons",
        "MX                       2  country  Mexico",
        "PHUM                     2  subject  Human Rights",
        "ECON                     1  subject  Economic Conditions",
        "KISSINGER, HENRY A.      1  person",
        "OVIP                     1  subject  Visits of Very Important Persons",
        "PTER                     1  subject  Terrorists and Terrorism",
        "SMIG                     1  subject  Migration",
        "ZZZQ                     1  ?        (not in the table)",
    });

    auto j = json_lines(tags({"--json", "--limit", "3"}).out);
    REQUIRE(j.size() == 4);
    CHECK(j[0] == nlohmann::json::parse(R"({"type":"tag","tag":"PGOV","count":3,"kind":"subject",
        "meaning":"Internal Governmental Affairs","source":"5 FAH-3 H-111"})"));
    CHECK(j[2]["tag"] == "CH");
    CHECK(j[2]["source"] == "FIPS 10-4");
    CHECK(j[3] == nlohmann::json::parse(R"({"type":"summary","matches":7,"with":null,"tags":13,"returned":3,
        "index_cables":7})"));
}

TEST_CASE("tags QUERY: the tags of the matches only", "[tags]")
{
    ToolResult r = tags({"trafficking"});
    REQUIRE(r.status == 0);
    CHECK(lines_of(r.out) == V{
        "2 cables matched; 6 tags",
        "tag   count  kind     meaning",
        "KTIP      2  program  Trafficking in Persons",
        "PGOV      2  subject  Internal Governmental Affairs",
        "CH        1  country  China",
        "MX        1  country  Mexico",
        "PHUM      1  subject  Human Rights",
        "SMIG      1  subject  Migration",
    });
    ToolResult none = tags({"saucers"});
    CHECK(none.status == 1);
    CHECK(lines_of(none.out) == V{"0 cables matched; 0 tags"});
}

TEST_CASE("tags --with: the tags beside it, with count and lift over the whole index", "[tags]")
{
    // 3 cables have PGOV; CH is on 2 of them and on 2 of the 7 cables:
    // (2/3) / (2/7) = 2.33. PREL: (1/3) / (3/7) = 0.78.
    ToolResult r = tags({"--with", "pgov"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(lines_of(r.out) == V{
        "3 cables tagged PGOV matched; 6 other tags occur with it",
        "tag   count   lift  kind     meaning",
        "CH        2   2.33  country  China",
        "KTIP      2   2.33  program  Trafficking in Persons",
        "MX        1   1.17  country  Mexico",
        "PHUM      1   1.17  subject  Human Rights",
        "PREL      1   0.78  subject  External Political Relations",
        "SMIG      1   2.33  subject  Migration",
    });

    auto j = json_lines(tags({"--with", "PGOV", "--json"}).out);
    REQUIRE(j.size() == 7);
    CHECK(j[0]["tag"] == "CH");
    CHECK(j[0]["count"] == 2);
    CHECK(j[0]["lift"].get<double>() == Approx(7.0 / 3.0));
    CHECK(j[4]["tag"] == "PREL");
    CHECK(j[4]["lift"].get<double>() == Approx((1.0 / 3.0) / (3.0 / 7.0)));
    CHECK(j[6]["type"] == "summary");
    CHECK(j[6]["matches"] == 3);
    CHECK(j[6]["with"] == "PGOV");

    // With a query: the cables of the query that have the tag.
    ToolResult q = tags({"border", "--with", "KTIP"});
    CHECK(lines_of(q.out)[0] == "1 cable tagged KTIP matched; 3 other tags occur with it");
}

TEST_CASE("tag: words of a meaning pick out tags; --explain names them", "[tags][query]")
{
    CHECK(hits("tag:\"trafficking in persons\"") == V{"09TESTVILLE1", "09TESTVILLE3"});
    CHECK(hits("tag:trafficking") == V{"09TESTVILLE1", "09TESTVILLE3"});
    CHECK(hits("tag:\"human rights\"") == V{"09TESTVILLE1", "09TESTVILLE7"});
    // A code is that code only, in any case.
    CHECK(hits("tag:ch") == V{"09TESTVILLE1", "09TESTVILLE2"});
    CHECK(hits("tag:Mexico") == V{"09TESTVILLE3", "09TESTVILLE7"});
    CHECK(hits("tag:\"KISSINGER, HENRY A.\"") == V{"09TESTVILLE5"});
    // A word that is no code and in no meaning: the tag written so, which no cable has.
    CHECK(hits("tag:ZZZQ") == V{"09TESTVILLE6"});
    CHECK(hits("tag:saucers").empty());

    ToolResult explained = cable_query({"tag:\"trafficking in persons\"", "--db", tags_index(), "--count", "--explain"});
    CHECK(explained.out == "2\n");
    CHECK(explained.err.find("tag KTIP (Trafficking in Persons)") != std::string::npos);
    CHECK(explained.err.find("tag TIP (") != std::string::npos);

    ToolResult refused = cable_query({"tag:\"flying saucers\"", "--db", tags_index()});
    CHECK(refused.status == 2);
    CHECK(refused.err.find("'flying saucers' is no tag, and no tag has those words in its meaning") != std::string::npos);
}

TEST_CASE("text output: tag facets and show give each tag's meaning", "[tags][query]")
{
    ToolResult r = cable_query({"tag:PGOV", "--db", tags_index(), "--limit", "0", "--facets", "tag", "--facet-limit", "3"});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("tag:   PGOV  3  Internal Governmental Affairs\n"
                     "       CH    2  China\n"
                     "       KTIP  2  Trafficking in Persons\n"
                     "       (+4 more)\n") != std::string::npos);
    ToolResult show = cable_query({"show", "09TESTVILLE5", "--db", tags_index()});
    CHECK(show.out.find("Tags            OVIP (Visits of Very Important Persons), KISSINGER, HENRY A., "
                        "PREL (External Political Relations), IZ (Iraq)\n") != std::string::npos);
}

TEST_CASE("tag table: covers 95% of the tag occurrences of the real cables", "[tags][shared]")
{
    std::string shared = shared_dir();
    if (shared.empty()) {
        WARN("../shared/cables is absent: skipping the coverage of the tag table");
        return;
    }
    // The parser's tags of every cable of text/, html/ and csv/ (a cable in
    // two formats counts twice), and the release's own tags in expected.jsonl.
    std::map<std::string, size_t> occurrences;
    for (const char* folder : {"text", "html", "csv"})
        for (const auto& f : std::filesystem::recursive_directory_iterator(shared + "/cables/" + folder))
            if (f.is_regular_file())
                read_cables(f.path(), [&](Cable&& c) {
                    for (const auto& t : c.tags) ++occurrences[t];
                });
    std::ifstream expected(shared + "/cables/expected.jsonl");
    for (std::string line; std::getline(expected, line);)
        for (const auto& t : nlohmann::json::parse(line).value("tags", std::vector<std::string>{})) ++occurrences[t];

    size_t all = 0, known = 0;
    std::map<std::string, size_t> kinds;
    for (const auto& [tag, n] : occurrences) {
        all += n;
        if (auto m = TagMeanings::builtin().find(tag)) {
            known += n;
            kinds[m->kind] += n;
        }
    }
    double coverage = double(known) / double(all);
    INFO(known << " of " << all << " tag occurrences");
    CHECK(all > 70000);
    CHECK(coverage >= 0.95);
    CHECK(kinds["person"] > 0); // OVIP (...) and the like
}
