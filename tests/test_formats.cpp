// The three release formats, gzip, legacy encodings and files that hold no cable.

#include "formats/CableReader.h"
#include "formats/CsvDump.h"
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
    CHECK_THROWS_WITH(read_all(dir / "cut.txt.gz"), Catch::Contains("cut.txt.gz"));
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
