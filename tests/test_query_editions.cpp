// Editions: one cable in three files of a corpus written for the test (a
// release page with runs of X, the same cable unredacted in a cables.csv,
// and a shorter text copy). Which edition is indexed, show --editions, diff,
// and the takeover when files come and go between runs.

#include "support/TcpServer.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include "editions/EditionDiff.h"
#include "index/Editions.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;
using json = nlohmann::json;
using V = std::vector<std::string>;
namespace fs = std::filesystem;

namespace {

const std::string kHeader = "R 051000Z JAN 10\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC 0001\n";
const std::string kFull = "C O N F I D E N T I A L ROME 000077\n\nSIPDIS\n\nE.O. 12958: DECL: 01/05/2020\n"
                          "TAGS: PREL IT\nSUBJECT: TALKS WITH THE MINISTER\n\n"
                          "1. (C) The Ambassador met Giulio Bianchi on Tuesday to discuss the talks.\n\n"
                          "2. (C) Bianchi's deputy Marco Rossi said the talks failed, and Rossi left early.\n\n"
                          "3. (U) The embassy will follow the talks closely.\n\nSMITH\n";

std::string replaced(std::string s, const std::string& from, const std::string& to)
{
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
}

// The release page's edition: the names are runs of X.
std::string redacted_text()
{
    std::string s = replaced(kHeader + kFull, "Giulio Bianchi", "XXXXXXXXXXXX");
    s = replaced(s, "Bianchi's", "XXXXXXXXXXXX's");
    s = replaced(s, "Marco Rossi", "XXXXXXXXXXXX");
    return replaced(s, "and Rossi", "and XXXXXXXXXXXX");
}

std::string release_page(const std::string& id, const std::string& text)
{
    std::string body;
    for (char c : text) {
        if (c == '\n') body += "&#x000A;";
        else if (c == '<') body += "&lt;";
        else if (c == '&') body += "&amp;";
        else body.push_back(c);
    }
    return "<html><body><table class='cable'><tr><th>Reference ID</th></tr><tr><td>" + id +
           "</td></tr></table><code><pre>" + body + "</pre></code></body></html>";
}

std::string csv_row(int n, const std::string& id, const std::string& header, const std::string& content)
{
    auto esc = [](const std::string& s) { return replaced(replaced(s, "\\", "\\\\"), "\"", "\\\""); };
    return "\"" + std::to_string(n) + "\",\"1/5/2010 10:00\",\"" + id + "\",\"Embassy Rome\",\"CONFIDENTIAL\",\"\",\"" +
           esc(header) + "\",\"" + esc(content) + "\"\n";
}

// Another cable, in the csv only.
std::string other_cable()
{
    return replaced(replaced(replaced(kFull, "000077", "000078"), "Giulio", "Paolo"), "Rossi", "Verdi");
}

// The line of the csv where 10ROME78's record starts.
long second_record_line() { return 2 + static_cast<long>(std::count(kHeader.begin(), kHeader.end(), '\n') + std::count(kFull.begin(), kFull.end(), '\n')); }

// 10ROME77 in three editions; 10ROME78 in the csv only.
struct EditionCorpus {
    TempDir dir;
    fs::path root = dir / "corpus";
    fs::path csv = root / "csv" / "cables.csv";
    fs::path html = root / "html" / "10ROME77.html";
    fs::path text = root / "text" / "10ROME77.txt";
    std::string db = (dir / "index").string();

    void write_csv(const std::string& content77)
    {
        write_file(csv, csv_row(1, "10ROME77", kHeader, content77) +
                            csv_row(2, "10ROME78", kHeader, other_cable()));
    }
    void write_html() { write_file(html, release_page("10ROME77", redacted_text())); }
    void write_text() { write_file(text, kHeader + replaced(kFull, "3. (U) The embassy will follow the talks closely.\n\n", "")); }
    void write_all()
    {
        write_csv(kFull);
        write_html();
        write_text();
    }
    ToolResult index() { return cable_index({root.string(), "--db", db}); }
    ToolResult query(V args) const
    {
        args.insert(args.end(), {"--db", db, "--color", "never"});
        return cable_query(args);
    }
    long count(const std::string& q) const
    {
        ToolResult r = cable_query({q, "--db", db, "--count"});
        INFO(q << ": " << r.err);
        return std::stol(r.out);
    }
    std::vector<std::string> edition_files(const std::string& id = "10ROME77") const
    {
        ToolResult r = cable_query({"show", id, "--editions", "--json", "--db", db});
        INFO(r.err);
        REQUIRE(r.status == 0);
        std::vector<std::string> files;
        const json j = json::parse(r.out);
        for (const auto& e : j["editions"]) files.push_back(e["path"].get<std::string>());
        return files;
    }
};

EditionCorpus& indexed_corpus()
{
    static EditionCorpus corpus;
    static bool made = [] {
        corpus.write_all();
        ToolResult r = corpus.index();
        INFO(r.out << r.err);
        return r.status == 0;
    }();
    REQUIRE(made);
    return corpus;
}

} // namespace

TEST_CASE("editions: the measure, no redactions before the longer text, then the first path", "[editions]")
{
    EditionMeasure m = measure_edition("  The  source\nXXXXXXXXXXXX's brother  ");
    CHECK(m.redactions == 1);
    CHECK(m.length == std::string("The source brother").size());
    EditionMeasure clean{0, 10}, longer{0, 20}, redacted{2, 50};
    CHECK(is_fuller(clean, "b", redacted, "a"));
    CHECK(is_fuller(longer, "b", clean, "a"));
    CHECK(is_fuller(clean, "a", clean, "b"));
    CHECK_FALSE(is_fuller(clean, "b", clean, "a"));
    CHECK(why_fuller(clean, redacted) == "no redactions (the other has 2)");
    std::vector<Edition> editions{{"a", 0, "text", {0, 5}, false, ""}, {"b", 3, "csv", {1, 9}, false, "XXXXXXXX was"}};
    CHECK(decode_editions(encode_editions(editions)).at(1).text == "XXXXXXXX was");
}

TEST_CASE("editions: diff reads a run glued to a word; a run both editions have hides nothing", "[editions]")
{
    RedactionDiff d = diff_redactions("SUBJECT LINE\n\nThe source told Ana Lima, that oil rose. Then XXXXXXXXXXXX met us.",
                                      "SUBJECT LINE\n\nThe source toldXXXXXXXXXXXX, that oil rose. Then XXXXXXXXXXXX met us.");
    REQUIRE(d.compared);
    REQUIRE(d.hidden.size() == 1);
    CHECK(d.hidden[0].words == "Ana Lima");
    CHECK(d.hidden[0].before == "The source told"); // not the subject: another block
    CHECK(d.hidden[0].after == "that oil rose. Then");
    CHECK(d.hidden[0].runs == 1);
}

TEST_CASE("editions: the unredacted edition is indexed, and every edition listed with its file", "[editions][query]")
{
    EditionCorpus& c = indexed_corpus();
    CHECK(c.count("Giulio") == 1);
    CHECK(c.count("id:10ROME77") == 1);
    CHECK(c.count("redacted:yes") == 0);

    ToolResult text = c.query({"show", "10ROME77", "--editions"});
    INFO(text.err);
    CHECK(text.status == 0);
    const std::string expected = "10ROME77: 3 editions\n"
                                 "   1  indexed  csv   no redactions  213 characters  " + c.csv.string() + ":1\n"
                                 "   2           text  no redactions  170 characters  " + c.text.string() + "\n"
                                 "   3           html  4 redactions   170 characters  " + c.html.string() + "\n";
    CHECK(text.out == expected);

    ToolResult js = c.query({"show", "10ROME77", "--editions", "--json"});
    CHECK(js.status == 0);
    json j = json::parse(js.out);
    CHECK(j == json::parse(R"({"id":"10ROME77","editions":[
        {"edition":1,"indexed":true,"path":")" + c.csv.string() + R"(","line":1,"format":"csv","redactions":0,"length":213},
        {"edition":2,"indexed":false,"path":")" + c.text.string() + R"(","format":"text","redactions":0,"length":170},
        {"edition":3,"indexed":false,"path":")" + c.html.string() + R"(","format":"html","redactions":4,"length":170}]})"));

    // A cable the corpus holds once.
    ToolResult one = c.query({"show", "10ROME78", "--editions"});
    CHECK(one.out == "10ROME78: 1 edition\n   1  indexed  csv  no redactions  212 characters  " + c.csv.string() + ":" + std::to_string(second_record_line()) + "\n");
}

TEST_CASE("editions: diff shows the words each run of X hid, in context", "[editions][query]")
{
    EditionCorpus& c = indexed_corpus();
    ToolResult r = c.query({"diff", "10ROME77"});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "10ROME77: what the 4 redactions of edition 3 (html, " + c.html.string() +
                       ") hide, read from edition 1 (csv, " + c.csv.string() + ":1)\n"
                       "  Giulio Bianchi  The Ambassador met Giulio Bianchi on Tuesday to discuss\n"
                       "  Bianchi's       Bianchi's deputy Marco Rossi said\n"
                       "  Marco Rossi     Bianchi's deputy Marco Rossi said the talks failed,\n"
                       "  Rossi           the talks failed, and Rossi left early.\n");
    // The same by number or by file; on a terminal the words stand out as matches do.
    CHECK(c.query({"diff", "10ROME77", "--edition", "3"}).out == r.out);
    CHECK(c.query({"diff", "10ROME77", "--edition", "html/10ROME77.html"}).out == r.out);
    ToolResult colour = cable_query({"diff", "10ROME77", "--db", c.db, "--color", "always"});
    CHECK(colour.out.find("met \033[1;31mGiulio Bianchi\033[0m on") != std::string::npos);

    ToolResult js = c.query({"diff", "10ROME77", "--json"});
    CHECK(js.status == 0);
    json j = json::parse(js.out);
    CHECK(j["against"]["path"] == c.csv.string());
    REQUIRE(j["diffs"].size() == 1);
    CHECK(j["diffs"][0]["edition"] == 3);
    CHECK(j["diffs"][0]["hidden"][0] ==
          json::parse(R"({"words":"Giulio Bianchi","before":"The Ambassador met","after":"on Tuesday to discuss","runs":1})"));
    std::vector<std::string> words;
    for (const auto& h : j["diffs"][0]["hidden"]) words.push_back(h["words"]);
    CHECK(words == V{"Giulio Bianchi", "Bianchi's", "Marco Rossi", "Rossi"});

    // Nothing to compare: exit 0, and why.
    ToolResult one = c.query({"diff", "10ROME78"});
    CHECK(one.status == 0);
    CHECK(one.out == "10ROME78 has one edition (" + c.csv.string() + ":" + std::to_string(second_record_line()) + "): nothing to compare\n");
    ToolResult clean = c.query({"diff", "10ROME77", "--edition", "2"});
    CHECK(clean.status == 0);
    CHECK(clean.out == "edition 2 of 10ROME77 (" + c.text.string() + ") has no redactions: it hides nothing\n");
    // What is not there: exit status and message as show's.
    ToolResult unknown = c.query({"diff", "10ROME99"});
    CHECK(unknown.status == 1);
    CHECK(unknown.err == "cable-query: no cable 10ROME99 in the index\n");
    ToolResult no_edition = c.query({"diff", "10ROME77", "--edition", "7"});
    CHECK(no_edition.status == 2);
    CHECK(no_edition.err.find("10ROME77 has no edition 7") != std::string::npos);
}

TEST_CASE("editions: show --editions and diff through xapian-tcpsrv as locally", "[editions][query][remote]")
{
    REQUIRE_FALSE(find_tcpsrv().empty());
    EditionCorpus& c = indexed_corpus();
    TcpServer server(c.db);
    REQUIRE(server.ready());
    for (const V& args : {V{"show", "10ROME77", "--editions", "--json"}, V{"diff", "10ROME77", "--color", "never"}}) {
        auto [local, remote] = cable_query_local_and_remote(args, c.db, server.location());
        INFO(args.front() << "\n" << remote.err);
        CHECK(local.status == 0);
        CHECK(remote.status == 0);
        CHECK(remote.out == local.out);
    }
}

TEST_CASE("editions: a fuller edition takes over when it comes, the next-best when it goes", "[editions][incremental]")
{
    EditionCorpus c;
    c.write_html();
    REQUIRE(c.index().status == 0);
    CHECK(c.count("Giulio") == 0);
    CHECK(c.count("redacted:yes") == 1);

    // The unredacted csv comes: it is indexed, the page is remembered.
    c.write_csv(kFull);
    ToolResult added = c.index();
    INFO(added.out << added.err);
    CHECK(added.status == 0);
    CHECK(added.err.find("10ROME77 is in both " + c.csv.string() + " and " + c.html.string() + "; kept the copy in " +
                         c.csv.string() + ": no redactions (the other has 4)") != std::string::npos);
    CHECK(c.count("Giulio") == 1);
    CHECK(c.count("redacted:yes") == 0);
    CHECK(c.edition_files() == V{c.csv.string(), c.html.string()});

    // A shorter text edition comes later: it is remembered, not indexed.
    c.write_text();
    ToolResult shorter = c.index();
    CHECK(shorter.err.find("kept the copy in " + c.csv.string() + ": longer text (213 characters against 170)") !=
          std::string::npos);
    CHECK(c.edition_files() == V{c.csv.string(), c.text.string(), c.html.string()});

    // The csv loses its last paragraphs: the text edition, now the fullest,
    // is read again from its unchanged file and takes over.
    c.write_csv(replaced(kFull, "2. (C) Bianchi's deputy Marco Rossi said the talks failed, and Rossi left early.\n\n"
                                "3. (U) The embassy will follow the talks closely.\n\n",
                         ""));
    ToolResult shrunk = c.index();
    INFO(shrunk.out << shrunk.err);
    CHECK(shrunk.status == 0);
    CHECK(c.count("Rossi") == 1);
    CHECK(c.edition_files() == V{c.text.string(), c.csv.string(), c.html.string()});

    // The winners' files go: the page is all that is left, and is indexed again.
    fs::remove(c.text);
    fs::remove(c.csv);
    ToolResult gone = c.index();
    INFO(gone.out << gone.err);
    CHECK(gone.status == 0);
    CHECK(c.count("id:10ROME77") == 1);
    CHECK(c.count("Giulio") == 0);
    CHECK(c.count("redacted:yes") == 1);
    CHECK(c.edition_files() == V{c.html.string()});
    CHECK(c.query({"diff", "10ROME77"}).out.find("has one edition") != std::string::npos);
}

TEST_CASE("editions: a copy that could not take over when the kept one went does at the next run", "[editions][incremental]")
{
    EditionCorpus c;
    c.write_html();
    c.write_text();
    write_file(c.root / "other" / "10ROME78.txt", kHeader + other_cable()); // the index is never empty
    REQUIRE(c.index().status == 0);
    REQUIRE(c.edition_files() == V{c.text.string(), c.html.string()});

    // The kept copy goes while the next-best is unreadable (same size and
    // time: the index cannot tell it changed).
    const std::string page = read_file(c.html);
    const auto time = fs::last_write_time(c.html);
    write_file(c.html, std::string(page.size(), '\0'));
    fs::last_write_time(c.html, time);
    fs::remove(c.text);
    ToolResult failed = c.index();
    INFO(failed.out << failed.err);
    CHECK(failed.status == 1);
    CHECK(c.count("id:10ROME77") == 0);

    // Readable again, unchanged to the index: read anyway, and indexed.
    write_file(c.html, page);
    fs::last_write_time(c.html, time);
    ToolResult recovered = c.index();
    INFO(recovered.out << recovered.err);
    CHECK(recovered.status == 0);
    CHECK(c.count("id:10ROME77") == 1);
    CHECK(c.edition_files() == V{c.html.string()});
}
