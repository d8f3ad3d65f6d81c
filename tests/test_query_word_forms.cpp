// Words a plain search must find wherever the cable wrote them: each part of
// a word an apostrophe joins (D'ESTAING), and the words of the TAGS field
// ("TAGS: ELAB, PHUM, PREL, SMIG, BM, Human Rights"). The lines are real ones
// from ../shared/cables, in cables of our own.

#include "parse/CableParser.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <catch2/catch.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;
using V = std::vector<std::string>;

namespace {

Cable cable(std::string id, std::string subject, std::vector<std::string> paragraphs, std::string tags_text = {})
{
    Cable c;
    c.id = std::move(id);
    c.date = DateTime{2004, 12, 16, 10, 0};
    c.origin = "Embassy Paris";
    c.classification = "UNCLASSIFIED";
    c.subject = std::move(subject);
    c.tags_text = std::move(tags_text);
    int n = 0;
    for (auto& text : paragraphs) c.paragraphs.push_back({++n, "", "", "", std::move(text)});
    c.source_format = "text";
    c.source_path = "word-forms/" + c.id + ".txt";
    return c;
}

const std::string& word_forms_index()
{
    static TempDir dir;
    static const std::string path = [] {
        std::string p = (dir / "index").string();
        write_index(p, {
            cable("04PARIS8990", "MEDIA REACTION REPORT - MIDDLE EAST U.S. DEFICIT",
                  {"IN HIS OPEN LETTER TO `DEAR PRESIDENT BUSH,' VALERY GISCARD D'ESTAING POINTED TO THE DANGERS OF "
                   "THE U.S. DEFICIT FOR THE INTERNATIONAL FINANCIAL SYSTEM."}),
            cable("05OTTAWA100", "AMBASSADOR'S TOUR D'HORIZON WITH FOREIGN MINISTER",
                  {"Dr. Crane's tour d\xE2\x80\x99horizon among Canadian government officials went well.",
                   "\"SECURITY SERVICE\" WON'T SOLVE THE PROBLEM OF NON-PAYMENT."}),
            cable("05ABIDJAN200", "EVACUATION OF U.S. CITIZENS FROM COTE D'IVOIRE",
                  {"The women's groups asked for the evacuation to begin."}),
            cable("06PARIS300", "FRENCH VIEWS", {"The horizon is clear; the ministry will not act."}),
            cable("02RANGOON1291", "BURMESE GOVERNMENT REPORTS TO THE USG ON TRAFFICKING IN PERSONS",
                  {"The government said it had made progress against forced labor."},
                  "ELAB, PHUM, PREL, SMIG, BM, Human Rights"),
        });
        return p;
    }();
    return path;
}

V ids(const std::string& query) { return sorted(hit_ids({query}, word_forms_index())); }

} // namespace

TEST_CASE("word forms: a word an apostrophe joins is found by each part and whole", "[query][words]")
{
    CHECK(ids("estaing") == V{"04PARIS8990"});
    CHECK(ids("giscard estaing") == V{"04PARIS8990"});
    CHECK(ids("\"giscard estaing\"") == V{"04PARIS8990"});
    CHECK(ids("\"giscard d'estaing\"") == V{"04PARIS8990"});
    CHECK(ids("d'estaing") == V{"04PARIS8990"});
    CHECK(ids("D\xE2\x80\x99" "ESTAING") == V{"04PARIS8990"}); // a typographic apostrophe
    CHECK(ids("estai*") == V{"04PARIS8990"});                  // the parts are in the vocabulary
    CHECK(ids("horizon") == V{"05OTTAWA100", "06PARIS300"});
    CHECK(ids("\"tour horizon\"") == V{"05OTTAWA100"});
    CHECK(ids("\"tour d'horizon\"") == V{"05OTTAWA100"});
    CHECK(ids("subject:horizon") == V{"05OTTAWA100"});
    CHECK(ids("ivoire") == V{"05ABIDJAN200"});
    CHECK(ids("won't") == V{"05OTTAWA100"});
    CHECK(ids("won") == V{"05OTTAWA100"});
    // "women's" stems to women either way; nothing is found twice or lost.
    CHECK(ids("women") == V{"05ABIDJAN200"});
    CHECK(ids("\"women's groups\"") == V{"05ABIDJAN200"});
    // Positions are the whole word's: no phrase runs across it.
    CHECK(ids("\"giscard horizon\"").empty());
}

TEST_CASE("word forms: highlights cover a word matched by its part", "[query][words]")
{
    ToolResult r = cable_query({"giscard estaing", "--color", "always", "--db", word_forms_index()});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("\033[1;31mGISCARD\033[0m \033[1;31mD'ESTAING\033[0m POINTED") != std::string::npos);
    ToolResult shown = cable_query({"show", "05OTTAWA100", "horizon", "--color", "always", "--db", word_forms_index()});
    REQUIRE(shown.status == 0);
    CHECK(shown.out.find("tour \033[1;31md\xE2\x80\x99horizon\033[0m among") != std::string::npos);
    ToolResult listed = cable_query({"horizon", "--color", "always", "--db", word_forms_index()});
    CHECK(listed.out.find("TOUR \033[1;31mD'HORIZON\033[0m WITH") != std::string::npos); // the subject line
}

TEST_CASE("word forms: the words of the TAGS field are found by a plain search", "[query][words]")
{
    // The real line: prose in the list is no tag, but its words are the cable's.
    Cable parsed = parse_cable_text("UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: ELAB, PHUM, PREL, SMIG, BM, Human Rights \n"
                                    "SUBJECT: BURMESE GOVERNMENT REPORTS TO THE USG ON TRAFFICKING IN PERSONS\n\n"
                                    "1. The government said it had made progress.\n",
                                    {});
    CHECK(parsed.tags == V{"ELAB", "PHUM", "PREL", "SMIG", "BM"});
    CHECK(parsed.tags_text == "ELAB, PHUM, PREL, SMIG, BM, Human Rights");

    CHECK(ids("\"human rights\"") == V{"02RANGOON1291"});
    CHECK(ids("human rights labor") == V{"02RANGOON1291"});
    CHECK(ids("smig") == V{"02RANGOON1291"});
    // In a field of their own, apart from the text: no phrase across.
    CHECK(ids("\"labor human\"").empty());
    CHECK(ids("\"persons elab\"").empty());
}
