// The three release formats, gzip, legacy encodings and files that hold no cable.

#include "formats/CableReader.h"
#include "formats/CsvDump.h"
#include "formats/HtmlPage.h"
#include "formats/ReleasePage.h"
#include "formats/TextDecoding.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <zlib.h>

using namespace cablesearch;
using testing::TempDir;
using testing::write_file;

namespace {

std::vector<Cable> read_all(const std::filesystem::path& p, FileReport* report = nullptr)
{
    std::vector<Cable> out;
    FileReport r = read_cables(p, [&](Cable&& c) { out.push_back(std::move(c)); });
    if (report) *report = r;
    return out;
}

const char* kTextCable = "R 220927Z AUG 72\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 9461\n"
                         "UNCLASSIFIED TEHRAN 5055\n\nTAGS: IR, PTER\nSUBJECT: CONTINUING TERRORIST VIOLENCE\n\n"
                         "REF: TEHRAN 4887\n\n1. IN WAKE OF ASSASSINATION.\n\nFARLAND\n";

std::string csv_row(int n, const std::string& id, const std::string& header, const std::string& content)
{
    auto esc = [](std::string s) {
        std::string o;
        for (char c : s) {
            if (c == '"' || c == '\\') o.push_back('\\');
            o.push_back(c);
        }
        return o;
    };
    return "\"" + std::to_string(n) + "\",\"8/22/1972 9:27\",\"" + id + "\",\"Embassy Tehran\",\"UNCLASSIFIED\",\"\",\"" +
           esc(header) + "\",\"" + esc(content) + "\"\n";
}

} // namespace

TEST_CASE("csv dump: escapes, multi-line fields, metadata columns", "[formats][csv]")
{
    TempDir dir;
    std::string content = "UNCLASSIFIED TEHRAN 5055\n\nSUBJECT: A \"QUOTED\" WORD, A BACKSLASH \\ AND AN END\n\n1. TEXT.\n";
    write_file(dir / "dump.csv", csv_row(5, "72TEHRAN5055", "R 220927Z AUG 72\nFM AMEMBASSY TEHRAN\n", content) +
                                     csv_row(6, "72TEHRAN5056", "", "UNCLASSIFIED TEHRAN 5056\n\n1. MORE.\n"));
    FileReport report;
    auto cables = read_all(dir / "dump.csv", &report);
    CHECK(report.format == SourceFormat::Csv);
    REQUIRE(cables.size() == 2);
    CHECK(cables[0].id == "72TEHRAN5055");
    CHECK(cables[0].subject == "A \"QUOTED\" WORD, A BACKSLASH \\ AND AN END");
    CHECK(cables[0].origin == "Embassy Tehran");
    CHECK(cables[0].source_line == 1);
    CHECK(cables[1].id == "72TEHRAN5056");
    CHECK(cables[1].source_line == 9);
    CHECK(cables[1].date->iso() == "1972-08-22T09:27Z"); // from the date column: no date-time group
}

TEST_CASE("csv dump: a broken record is reported with its line and the rest is read", "[formats][csv]")
{
    TempDir dir;
    std::string broken = "\"7\",\"8/22/1972 9:27\",\"72TEHRAN7\",\"Embassy Tehran\"\n"; // four fields
    write_file(dir / "dump.csv", csv_row(5, "72TEHRAN5", "", "UNCLASSIFIED TEHRAN 5\n\n1. A.\n") + broken +
                                     csv_row(8, "72TEHRAN8", "", "UNCLASSIFIED TEHRAN 8\n\n1. B.\n"));
    FileReport report;
    auto cables = read_all(dir / "dump.csv", &report);
    REQUIRE(cables.size() == 2);
    CHECK(cables[1].id == "72TEHRAN8");
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].find("dump.csv:5:") != std::string::npos);
}

TEST_CASE("real cables.csv rows when ../shared is there", "[formats][csv][shared]")
{
    std::string shared = testing::shared_dir();
    if (shared.empty()) {
        WARN("../shared/cables is absent: skipping the real cables.csv check");
        return;
    }
    // Reading the whole file streams 4,806 records.
    size_t n = 0;
    FileReport report = read_raw_cables(shared + "/cables/csv/cables.csv", [&](RawCable&&) { ++n; });
    CHECK(n == 4806);
    CHECK(report.warnings.empty());
}

TEST_CASE("release HTML page: pre blocks, entities, metadata table", "[formats][html]")
{
    auto cables = read_all(testing::source_dir() + "/corpus/html/07DUBAI59.html");
    REQUIRE(cables.size() == 1);
    const Cable& c = cables[0];
    CHECK(c.id == "07DUBAI59");
    CHECK(c.origin == "Consulate Dubai");
    CHECK(c.date->iso() == "2007-01-28T08:12Z"); // the date-time group's minute, not the page's
    CHECK(c.tags == std::vector<std::string>{"PGOV", "PINS", "MARR", "AE", "IR", "IS", "LE"});
    CHECK(c.subject == "UNDER SECRETARY BURNS' JANUARY 23 MEETING WITH UAE VICE PRESIDENT, PRIME MINISTER AND DUBAI "
                       "RULER MOHAMMED BIN RASHID AL MAKTOUM");
    CHECK(c.references == std::vector<std::string>{"07DUBAI18"});
    CHECK(c.paragraphs.size() == 12);
    CHECK(c.signer == "SUTPHIN");
}

TEST_CASE("gzip files are read directly", "[formats][gzip]")
{
    auto cables = read_all(testing::source_dir() + "/corpus/text/04MADRID4687.txt.gz");
    REQUIRE(cables.size() == 1);
    CHECK(cables[0].id == "04MADRID4687");
    CHECK(cables[0].partial);
    CHECK(cables[0].origin == "Embassy Madrid");
}

TEST_CASE("a truncated gzip file is an error naming the file", "[formats][gzip]")
{
    TempDir dir;
    std::string gz = testing::read_file(testing::source_dir() + "/corpus/text/04MADRID4687.txt.gz");
    write_file(dir / "cut.txt.gz", gz.substr(0, gz.size() / 2));
    CHECK_THROWS_WITH(read_all(dir / "cut.txt.gz"), Catch::Contains("cut.txt.gz: cannot decompress: unexpected end of file"));
    // zlib's own name for the stream means nothing to the user.
    CHECK_THROWS_WITH(read_all(dir / "cut.txt.gz"), !Catch::Contains("<fd:"));
}

TEST_CASE("Windows-1252 text is decoded, and the file named in a warning", "[formats][encoding]")
{
    TempDir dir;
    std::string text = kTextCable;
    text.insert(text.find("IN WAKE"), "CAF\xC9 \x93QUOTED\x94 ");
    write_file(dir / "72TEHRAN5055.txt", text);
    auto cables = read_all(dir / "72TEHRAN5055.txt");
    REQUIRE(cables.size() == 1);
    CHECK(cables[0].paragraphs[0].text.find("CAF\xC3\x89 \xE2\x80\x9CQUOTED\xE2\x80\x9D") != std::string::npos);
    REQUIRE(cables[0].warnings.size() == 1);
    CHECK(cables[0].warnings[0].find("72TEHRAN5055.txt") != std::string::npos);
}

TEST_CASE("files with no cable are refused with a reason", "[formats][bad-input]")
{
    TempDir dir;
    write_file(dir / "empty.txt", "");
    write_file(dir / "binary.bin", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0", 12) + std::string(5000, '\0'));
    write_file(dir / "notes.txt", "shopping list: milk, eggs\n");
    CHECK_THROWS_WITH(read_all(dir / "empty.txt"), Catch::Contains("empty.txt: empty file"));
    CHECK_THROWS_WITH(read_all(dir / "binary.bin"), Catch::Contains("binary.bin: binary data"));
    CHECK_THROWS_WITH(read_all(dir / "notes.txt"), Catch::Contains("notes.txt: no cable in it"));
}

TEST_CASE("format is detected from content, not the name", "[formats]")
{
    TempDir dir;
    write_file(dir / "looks-like-html.html", kTextCable);
    auto cables = read_all(dir / "looks-like-html.html");
    REQUIRE(cables.size() == 1);
    CHECK(cables[0].source_format == "text");
    CHECK(cables[0].id == "72TEHRAN5055");
}

TEST_CASE("plain text: a copy forwarded by e-mail is read from its own date-time group", "[formats][text]")
{
    Cable c = parse_cable_text("From: CBPC, EACTAPP\nSent: Wednesday, July 23, 2008 7:55 PM\n"
                               "Subject: TRIPOLI 00000597 R UN 23-JUL-08 EUROPEAN OIL COMPANIES [7824779]\n\n"
                               "UNCLAS\n\nVZCZCXRO4416\nRR RUEHTRO\nDE RUEHTRO #0597 2051806\nZNR UUUUU ZZH\n"
                               "R 231806Z JUL 08\nFM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC 3695\n"
                               "UNCLAS TRIPOLI 000597\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: EPET ENRG LY\n"
                               "SUBJECT: EUROPEAN OIL COMPANIES EXTEND CONTRACTS IN LIBYA\n\n1. (U) Text.\n");
    CHECK(c.id == "08TRIPOLI597");
    REQUIRE(c.date);
    CHECK(c.date->iso() == "2008-07-23T18:06Z");
    CHECK(c.origin == "Embassy Tripoli");
    CHECK(c.subject == "EUROPEAN OIL COMPANIES EXTEND CONTRACTS IN LIBYA");
    CHECK(c.tags == std::vector<std::string>{"EPET", "ENRG", "LY"});
}

TEST_CASE("plain text: header fields run together on one line are read apart", "[formats][text]")
{
    Cable c = parse_cable_text("Cable dated:2008-05-07T17:53:00C O N F I D E N T I A L SECTION 01 OF 02 RIYADH "
                               "000732SENSITIVE SIPDISE.O. 12958: DECL: 05/07/2018TAGS: EPET ENRG ECON SA\n"
                               "SUBJECT: OIL POLICY REF: STATE 12345 Classified By: Ambassador Ford Fraker\n\n"
                               "1. (C) Text.\n",
                               {"08RIYADH732", std::nullopt, "", ""});
    CHECK(c.classification == "CONFIDENTIAL");
    CHECK(c.executive_order == "12958");
    REQUIRE(c.declassify_on);
    CHECK(c.declassify_on->iso() == "2018-05-07");
    CHECK(c.tags == std::vector<std::string>{"EPET", "ENRG", "ECON", "SA"});
    CHECK(c.subject == "OIL POLICY");
    CHECK(c.references == std::vector<std::string>{"08STATE12345"});
    CHECK(c.classified_by == "Ambassador Ford Fraker");
    REQUIRE(c.paragraphs.size() == 1);
    CHECK(c.paragraphs[0].number == 1);
}

TEST_CASE("plain text: classification from the transmission line or the markings when the line is lost",
          "[formats][text]")
{
    Cable sent = parse_cable_text("DE RUEHSN #0037/01 0261915\nZNY SSSSS ZZH\nR 261914Z JAN 10\n"
                                  "FM AMEMBASSY SAN SALVADOR\nTO RUEHC/SECSTATE WASHDC 0262\nSIPDIS\n\nE.O. 12958: DECL: 2020/01/19\nTAGS: PREL ES\n"
                                  "SUBJECT: FUNES\n\n1. (C) Text.\n");
    CHECK(sent.classification == "SECRET");
    Cable marked = parse_cable_text("This record is a partial extract of the original cable. The full text of the "
                                    "original cable is not available.\nE.O. 12958: DECL: 05/08/2014\nTAGS: PREL FR\n"
                                    "SUBJECT: JUDGE\n\n1. (S) Text.\n\n2. (C) More.\n",
                                    {"05PARIS4749", std::nullopt, "", ""});
    CHECK(marked.partial);
    CHECK(marked.classification == "SECRET");
}

TEST_CASE("plain text: caveats on lines of their own or run onto others", "[formats][text]")
{
    Cable c = parse_cable_text("C O N F I D E N T I A L SECTION 01 OF 02 OTTAWA 002931\n\nSIPDIS\n\n"
                               "CONFIDENTIAL NOFORN\n\nE.O. 12958: DECL: 1/1/2014\nTAGS: PREL CA\nSUBJECT: X\n\n"
                               "1. (C) Text.\n",
                               {"04OTTAWA2931", std::nullopt, "", ""});
    CHECK(c.classification == "CONFIDENTIAL//NOFORN");
    Cable run_on = parse_cable_text("UNCLAS SAO PAULO 000573\n\nBRASILIA FOR RSO AND LEGAT; SOUTHCOM ALSO FOR POLAD "
                                    "SENSITIVE SIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV BR\nSUBJECT: X\n\n"
                                    "1. (SBU) Text.\n",
                                    {"06SAOPAULO573", std::nullopt, "", ""});
    CHECK(run_on.classification == "UNCLASSIFIED//FOR OFFICIAL USE ONLY");
}

TEST_CASE("plain text: REF lettered items after a blank line are references too, on lines of their own",
          "[formats][text]")
{
    Cable c = parse_cable_text("CONFIDENTIAL GUATEMALA 001561\n\nE.O. 12958: DECL: 1/1/2013\nTAGS: PGOV GT\n"
                               "SUBJECT: X\n\nREF: A. GUATEMALA 1530\n\n     B. GUATEMALA 1479\n\n1. (C) Text.\n",
                               {"03GUATEMALA1561", std::nullopt, "", ""});
    CHECK(c.references == std::vector<std::string>{"03GUATEMALA1530", "03GUATEMALA1479"});
    REQUIRE(c.references_by_line.size() == 2);
    CHECK(c.references_by_line[0] == std::vector<std::string>{"03GUATEMALA1530"});
}

TEST_CASE("plain text: a wrapped TAGS line and notes between the fields", "[formats][text]")
{
    Cable c = parse_cable_text("C O N F I D E N T I A L PARTO 000009\n\nE.O. 12958: DECL: 1/1/2016\n"
                               "TAGS: OVIP RICE CONDOLEEZZA KISL PGOV PHUM LE\nSY, IS\n"
                               "SUBJECT: (U) Secretary Rice's Meeting with\nSpeaker Berri\n\n"
                               "ROME FOR DEMPSEY; MOSCOW PLS PASS TO INR\n\nREFS: A) STATE 204146 (NOTAL)\n\n"
                               "1. (C) Text.\n",
                               {"06PARTO9", std::nullopt, "", ""});
    CHECK(c.tags == std::vector<std::string>{"OVIP", "RICE", "CONDOLEEZZA", "KISL", "PGOV", "PHUM", "LE", "SY", "IS"});
    CHECK(c.subject == "(U) Secretary Rice's Meeting with Speaker Berri");
    CHECK(c.references == std::vector<std::string>{"06STATE204146"});
    REQUIRE(c.paragraphs.size() == 1);
    CHECK(c.paragraphs[0].text == "Text.");
}

TEST_CASE("plain text: database exports, line separators and malformed released ids", "[formats][text]")
{
    TempDir dir;
    // Every line ended by a backslash; U+2028 between lines.
    write_file(dir / "90STATE255195TOSEC140301.txt",
               "O 030025Z AUG 90 \\\nFM SECSTATE WASHDC \\\nTO AMEMBASSY RIYADH \\\n"
               "S E C R E T  STATE 255195 TOSEC 140301 \\\n\\\nE.O. 12356: DECL:OADR \\\n"
               "TAGS: PREL, MOPS \\\nSUBJECT: SITREP\xE2\x80\xA8NO. 3 \\\n\\\n1. SECRET-ENTIRE TEXT. \\\n");
    auto cables = read_all(dir / "90STATE255195TOSEC140301.txt");
    REQUIRE(cables.size() == 1);
    const Cable& c = cables[0];
    CHECK(c.id == "90STATE255195");
    CHECK(c.released_id == "90STATE255195TOSEC140301");
    CHECK(c.origin == "Secretary of State");
    CHECK(c.classification == "SECRET");
    CHECK(c.subject == "SITREP NO. 3");
    CHECK(c.tags == std::vector<std::string>{"PREL", "MOPS"});
}

TEST_CASE("release pages: the direct scan reads what the full HTML parser reads", "[formats][html]")
{
    for (const char* name : {"07DUBAI59.html", "10WARSAW94.html"}) {
        std::string html = decode_text(testing::read_file(testing::source_dir() + "/corpus/html/" + name)).text;
        HtmlCable scanned, parsed;
        REQUIRE(read_release_page(html, scanned));
        REQUIRE(read_html_cable_parsed(html, parsed));
        CHECK(scanned.text == parsed.text);
        CHECK(scanned.hints.id == parsed.hints.id);
        CHECK(scanned.hints.date == parsed.hints.date);
        CHECK(scanned.hints.origin == parsed.hints.origin);
        CHECK(scanned.hints.classification == parsed.hints.classification);
        CHECK(scanned.released == parsed.released);
        CHECK(scanned.heading_subject == parsed.heading_subject);
        CHECK(scanned.tag_links == parsed.tag_links);
    }
}

TEST_CASE("release pages: markup the scan cannot read exactly goes to the full parser", "[formats][html]")
{
    std::string out;
    CHECK(html_fragment_text("A &lt;&lt;142612&gt;&gt; <<142612>> R&D &amp; &#x000A;&#233;", out));
    CHECK(out == "A <<142612>> <<142612>> R&D & \n\xC3\xA9");
    out.clear();
    CHECK_FALSE(html_fragment_text("&copy 2009", out));  // decoded without ';' by HTML
    CHECK_FALSE(html_fragment_text("&eacute;", out));    // a name the scan does not know
    CHECK_FALSE(html_fragment_text("&#150;", out));      // C1 codes read as Windows-1252

    // Such a page is still read, by the full parser.
    std::string page = "<html><body><table class='cable'><tr><th>Reference ID</th></tr><tr><td>07DUBAI59</td></tr>"
                       "</table><code><pre>UNCLAS DUBAI 000059 &eacute;&#x000A;&#x000A;SUBJECT: CAF&Eacute; "
                       "&#150; X&#x000A;&#x000A;1. Text.</pre></code></body></html>";
    HtmlCable c;
    REQUIRE(read_html_cable(page, c));
    CHECK(c.hints.id == "07DUBAI59");
    CHECK(c.text.find("SUBJECT: CAF\xC3\x89 \xE2\x80\x93 X") != std::string::npos);
}

TEST_CASE("cable-index parse: folders, and --stats for benchmarks", "[formats][tool]")
{
    TempDir dir;
    write_file(dir / "a" / "72TEHRAN5055.txt", kTextCable);
    write_file(dir / "a" / "b" / "72TEHRAN5056.txt", kTextCable);
    auto r = testing::cable_index({"parse", (dir / "a").string()});
    CHECK(r.status == 0);
    CHECK(testing::lines_of(r.out).size() == 2);
    auto stats = testing::cable_index({"parse", "--stats", (dir / "a").string()});
    CHECK(stats.status == 0);
    CHECK(stats.out.starts_with("bytes " + std::to_string(2 * std::string(kTextCable).size()) + " cables 2 "));
}
