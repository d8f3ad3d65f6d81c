// cable-index over a corpus that changes between runs: what a re-run reads,
// updates and deletes; the same reference id in two files; bad files among
// good ones; the corpus generator. Real binaries, small corpora in a
// temporary folder.

#include "index/ShardLayout.h"
#include "support/IndexInspection.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <xapian.h>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

// A small unclassified cable from Ankara with serial `serial`; `word` is in
// its subject and body, so a search for it finds this very copy.
std::string cable(int serial, const std::string& word)
{
    return "VZCZCXYZ0000\nRR RUEHWEB\n\nDE RUEHAK #" + std::to_string(serial) +
           " 0011200\nZNR UUUUU ZZH\nR 011200Z JAN 09\nFM AMEMBASSY ANKARA\nTO RUEHC/SECSTATE WASHDC 0001\n"
           "UNCLAS ANKARA " + std::to_string(serial) + "\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV PREL TU\n"
           "SUBJECT: " + word + " REPORT\n\n1. The " + word + " question was discussed at length.\n\nJEFFREY\n";
}

std::string id_of(int serial) { return "09ANKARA" + std::to_string(serial); }

void write_cable(const fs::path& dir, int serial, const std::string& word, const std::string& sub = "")
{
    write_file(dir / sub / (id_of(serial) + ".txt"), cable(serial, word));
}

// How many cables cable-query finds.
long count(const std::string& db, const std::string& query)
{
    ToolResult r = cable_query({query, "--db", db, "--count"});
    INFO(query << ": " << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    return std::stol(r.out);
}

bool has_line(const std::string& text, std::initializer_list<std::string> parts)
{
    for (const auto& line : lines_of(text)) {
        bool all = true;
        for (const auto& p : parts) all = all && line.find(p) != std::string::npos;
        if (all) return true;
    }
    return false;
}

size_t lines_naming(const std::string& text, const std::string& name)
{
    size_t n = 0;
    for (const auto& line : lines_of(text))
        if (line.find(name) != std::string::npos) ++n;
    return n;
}

struct Corpus {
    TempDir dir;
    fs::path root = dir / "corpus";
    std::string db = (dir / "index").string();

    ToolResult index() { return cable_index({root.string(), "--db", db}); }
};

// The same id in two files of the same text length (the words are of one
// length): the copy in the path that sorts first is kept, a warning names
// both and why; when that file goes, the other copy takes over. (Editions
// of other lengths and with redactions: test_query_editions.cpp.)
void check_duplicate_rule(Corpus& c)
{
    write_cable(c.root, 77, "alphaword", "a");
    write_cable(c.root, 77, "betawords", "b");
    write_cable(c.root, 78, "otherword", "b");
    ToolResult first = c.index();
    INFO(first.err);
    CHECK(first.status == 0);
    const std::string a = (c.root / "a" / (id_of(77) + ".txt")).string();
    const std::string b = (c.root / "b" / (id_of(77) + ".txt")).string();
    CHECK(has_line(first.err, {id_of(77), a, b, "kept the copy in " + a + ": the same text length"}));
    CHECK(count(c.db, "id:" + id_of(77)) == 1);
    CHECK(count(c.db, "alphaword") == 1);
    CHECK(count(c.db, "betawords") == 0);

    // A copy in a path sorting after a/ changes nothing...
    write_cable(c.root, 77, "gammaword", "c");
    ToolResult second = c.index();
    CHECK(count(c.db, "id:" + id_of(77)) == 1);
    CHECK(count(c.db, "alphaword") == 1);
    CHECK(count(c.db, "gammaword") == 0);

    // ...the winner going away hands the id to the next copy in path order.
    fs::remove(a);
    ToolResult third = c.index();
    INFO(third.out << third.err);
    CHECK(third.status == 0);
    CHECK(count(c.db, "id:" + id_of(77)) == 1);
    CHECK(count(c.db, "alphaword") == 0);
    CHECK(count(c.db, "betawords") == 1);
    CHECK(count(c.db, "id:" + id_of(78)) == 1);
}

} // namespace

TEST_CASE("incremental: a re-run over an unchanged corpus reads nothing", "[incremental]")
{
    Corpus c;
    for (int s = 1; s <= 5; ++s) write_cable(c.root, s, "word" + std::string(1, static_cast<char>('a' + s)));
    ToolResult first = c.index();
    CHECK(first.status == 0);
    CHECK(first.out.find("5 added") != std::string::npos);
    ToolResult again = c.index();
    INFO(again.out);
    CHECK(again.status == 0);
    CHECK(again.out.find("0 read, 5 unchanged") != std::string::npos);
    CHECK(again.out.find("0 added, 0 updated, 0 deleted") != std::string::npos);
    CHECK(count(c.db, "tag:PGOV") == 5);
}

TEST_CASE("incremental: a changed file is read again and its cable updated", "[incremental]")
{
    Corpus c;
    for (int s = 1; s <= 4; ++s) write_cable(c.root, s, "stableword");
    write_cable(c.root, 9, "oldword");
    REQUIRE(c.index().status == 0);

    write_cable(c.root, 9, "newerword"); // another size
    ToolResult r = c.index();
    INFO(r.out);
    CHECK(r.out.find("1 read, 4 unchanged") != std::string::npos);
    CHECK(r.out.find("0 added, 1 updated") != std::string::npos);
    CHECK(count(c.db, "oldword") == 0);
    CHECK(count(c.db, "newerword") == 1);

    // Same size, new modification time: read again too.
    write_cable(c.root, 9, "fresherw");
    fs::last_write_time(c.root / (id_of(9) + ".txt"), fs::file_time_type::clock::now() + std::chrono::hours(1));
    ToolResult same_size = c.index();
    CHECK(same_size.out.find("1 read, 4 unchanged") != std::string::npos);
    CHECK(count(c.db, "fresherw") == 1);
    CHECK(count(c.db, "newerword") == 0);
    CHECK(count(c.db, "stableword") == 4);
}

TEST_CASE("incremental: a deleted file's cables leave the index", "[incremental]")
{
    Corpus c;
    for (int s = 1; s <= 3; ++s) write_cable(c.root, s, "keptword");
    write_cable(c.root, 4, "goneword");
    REQUIRE(c.index().status == 0);
    REQUIRE(count(c.db, "goneword") == 1);

    fs::remove(c.root / (id_of(4) + ".txt"));
    ToolResult r = c.index();
    INFO(r.out);
    CHECK(r.status == 0);
    CHECK(r.out.find("0 added, 0 updated, 1 deleted") != std::string::npos);
    CHECK(r.out.find("0 read, 3 unchanged, 1 deleted") != std::string::npos);
    CHECK(count(c.db, "goneword") == 0);
    CHECK(count(c.db, "id:" + id_of(4)) == 0);
    CHECK(count(c.db, "keptword") == 3);
}

TEST_CASE("compaction: a compacted index is updated like any other", "[incremental]")
{
    Corpus c;
    for (int s = 1; s <= 6; ++s) write_cable(c.root, s, "compactword", s % 2 ? "odd" : "even");
    ToolResult first = cable_index({c.root.string(), "--db", c.db, "--compact"});
    INFO(first.out << first.err);
    CHECK(first.status == 0);
    CHECK(first.out.find("index compacted") != std::string::npos);
    CHECK_FALSE(fs::exists(c.db + ".compacting"));

    fs::remove_all(c.root / "even");
    write_cable(c.root, 1, "changedword", "odd");
    ToolResult second = c.index();
    INFO(second.out << second.err);
    CHECK(second.status == 0);
    CHECK(count(c.db, "tag:PGOV") == 3);
    CHECK(count(c.db, "compactword") == 2);
    CHECK(count(c.db, "changedword") == 1);
    std::string report;
    CHECK(xapian_check_index("/usr/bin/xapian-check", c.db, report));
}

TEST_CASE("bulk build: shards merged from batches by compaction are updated like any other", "[incremental]")
{
    // A new index is built in batches that compaction merges into its shards
    // (IndexWriter::merge_bulk): with --batch 5, 40 cables are merged at 20
    // cables (the empty shards and four batches) and at 40 (the shards of 20
    // and four more). Xapian 1.4.22 was once seen to answer boolean searches
    // with DatabaseCorruptError after deletions in a database compacted from
    // several sources: here cables of such shards are deleted and changed,
    // then searched, and every shard checked.
    Corpus c;
    for (int s = 1; s <= 40; ++s) write_cable(c.root, s, "bulkword", s % 4 ? "kept" : "gone");
    ToolResult first = cable_index({c.root.string(), "--db", c.db, "--batch", "5"});
    INFO(first.out << first.err);
    REQUIRE(first.status == 0);
    CHECK(count(c.db, "tag:PGOV") == 40);
    CHECK(count(c.db, "bulkword") == 40);
    const std::string xapian_check = xapian_check_program();
    std::string report;
    if (!xapian_check.empty()) CHECK(xapian_check_index(xapian_check, c.db, report));
    for (const auto& shard : cablesearch::shard_folders(c.db)) CHECK_FALSE(fs::exists(shard + ".batches"));

    fs::remove_all(c.root / "gone");
    write_cable(c.root, 1, "changedword", "kept");
    ToolResult second = c.index();
    INFO(second.out << second.err);
    CHECK(second.status == 0);
    CHECK(second.out.find("0 added, 1 updated, 10 deleted") != std::string::npos);
    CHECK(count(c.db, "tag:PGOV") == 30);
    CHECK(count(c.db, "tag:PGOV year:2009") == 30);
    CHECK(count(c.db, "bulkword") == 29);
    CHECK(count(c.db, "changedword") == 1);
    CHECK(count(c.db, "id:" + id_of(4)) == 0);
    if (!xapian_check.empty()) CHECK(xapian_check_index(xapian_check, c.db, report));
}

TEST_CASE("bulk build: copies of one cable, merged before or still in a batch, leave one document each", "[incremental]")
{
    // With --batch 5 the batches are merged at 20 cables; folder b is read
    // after a's 25 (by path: 1, 10 ... 19, 2, 20 ... 25, 3 ... 9): cable 24
    // is in its shard by then, cables 7 and 8 in batches not yet merged.
    // Copies with longer text replace 8 and 24, a shorter one of 7 loses;
    // c's cables go on in batches.
    Corpus c;
    for (int s = 1; s <= 25; ++s) write_cable(c.root, s, "bulkword", "a");
    write_cable(c.root, 7, "tiny", "b");
    write_cable(c.root, 8, "fullerwordeight", "b");
    write_cable(c.root, 24, "fullerwordtwentyfour", "b");
    for (int s = 26; s <= 40; ++s) write_cable(c.root, s, "bulkword", "c");
    ToolResult first = cable_index({c.root.string(), "--db", c.db, "--batch", "5"});
    INFO(first.out << first.err);
    REQUIRE(first.status == 0);
    CHECK(count(c.db, "") == 40);
    CHECK(count(c.db, "bulkword") == 38);
    CHECK(count(c.db, "fullerwordeight id:" + id_of(8)) == 1);
    CHECK(count(c.db, "fullerwordtwentyfour id:" + id_of(24)) == 1);
    CHECK(count(c.db, "tiny") == 0);
    CHECK(count(c.db, "bulkword id:" + id_of(7)) == 1);
    CHECK(has_line(first.err, {id_of(7) + " is in both", "kept the copy in", "/a/"}));
    ToolResult editions = cable_query({"show", id_of(7), "--editions", "--db", c.db});
    CHECK(editions.status == 0);
    CHECK(lines_naming(editions.out, "/b/" + id_of(7)) == 1);
    const std::string xapian_check = xapian_check_program();
    std::string report;
    if (!xapian_check.empty()) CHECK(xapian_check_index(xapian_check, c.db, report));
    for (const auto& shard : cablesearch::shard_folders(c.db)) CHECK_FALSE(fs::exists(shard + ".batches"));

    // Without b, the copies in a take over again.
    fs::remove_all(c.root / "b");
    ToolResult second = c.index();
    INFO(second.out << second.err);
    CHECK(second.status == 0);
    CHECK(count(c.db, "") == 40);
    CHECK(count(c.db, "bulkword") == 40);
    CHECK(count(c.db, "fullerwordeight OR fullerwordtwentyfour") == 0);
    if (!xapian_check.empty()) CHECK(xapian_check_index(xapian_check, c.db, report));
}

TEST_CASE("bulk build: under a low limit on open files, batches are merged before they need more", "[incremental]")
{
    // A merge opens every waiting batch of every shard at once. Under a
    // limit of 80 open files (soft and hard, so cable-index cannot raise it)
    // each batch is merged at once; 60 cables in batches of 2 would
    // otherwise have up to 16 waiting in each shard, and the merge would
    // stop with "Too many open files".
    Corpus c;
    for (int s = 1; s <= 60; ++s) write_cable(c.root, s, "limitword");
    ToolResult r = run_tool("/bin/sh", {"-c", "ulimit -n 80 && exec \"$0\" \"$@\"", CABLE_INDEX_BIN,
                                        c.root.string(), "--db", c.db, "--batch", "2"});
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(count(c.db, "limitword") == 60);
    for (const auto& shard : cablesearch::shard_folders(c.db)) CHECK_FALSE(fs::exists(shard + ".batches"));
    const std::string xapian_check = xapian_check_program();
    std::string report;
    if (!xapian_check.empty()) CHECK(xapian_check_index(xapian_check, c.db, report));
}

TEST_CASE("duplicates: one document per id, of one length the first path wins, the next copy takes over", "[incremental]")
{
    Corpus c;
    check_duplicate_rule(c);
}

TEST_CASE("duplicates: a cable released under a malformed id is kept beside the canonical one", "[incremental]")
{
    Corpus c;
    write_cable(c.root, 77, "alphaword");
    // The release's name for a section sent apart: its canonical id is 09ANKARA77 too.
    write_file(c.root / "09SECTION02OF02ANKARA77.txt", cable(77, "betaword"));
    ToolResult r = c.index();
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(r.err.find("is in both") == std::string::npos);
    CHECK(count(c.db, "alphaword") == 1);
    CHECK(count(c.db, "betawords") == 1);
    CHECK(count(c.db, "id:09ANKARA77") == 2);
    CHECK(count(c.db, "id:09SECTION02OF02ANKARA77") == 1);
    ToolResult show = cable_query({"show", "09ANKARA77", "--db", c.db});
    CHECK(show.out.find("alphaword") != std::string::npos);
    ToolResult section = cable_query({"show", "09SECTION02OF02ANKARA77", "--db", c.db});
    CHECK(section.out.find("betaword") != std::string::npos);
    // A second run finds both files unchanged.
    ToolResult again = c.index();
    CHECK(again.out.find("2 unchanged") != std::string::npos);
}

TEST_CASE("bad input: each bad file is named once, every good cable is indexed, status 1", "[incremental]")
{
    Corpus c;
    write_cable(c.root, 1, "goodword");
    write_cable(c.root, 2, "goodword", "sub");
    write_file(c.root / "binary.dat", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + std::string(4000, '\0'));
    write_file(c.root / "empty.txt", "");
    std::string latin1 = cable(3, "legacyword");
    latin1.replace(latin1.find("question"), 8, "r\xe9sum\xe9s"); // Windows-1252, not UTF-8
    write_file(c.root / (id_of(3) + ".txt"), latin1);
    std::string prose;
    while (prose.size() < (40u << 20)) prose += "nothing but words on words in this file, and no cable at all\n";
    write_file(c.root / "huge-notes.txt", prose);
    // A gzip stream cut short: a truncated download.
    {
        TempDir gz;
        write_file(gz / (id_of(4) + ".txt"), cable(4, "truncatedword") + std::string(20000, 'x'));
        REQUIRE(std::system(("gzip -9 " + (gz / (id_of(4) + ".txt")).string()).c_str()) == 0);
        std::string bytes = read_file(gz / (id_of(4) + ".txt.gz"));
        write_file(c.root / (id_of(4) + ".txt.gz"), bytes.substr(0, bytes.size() / 2));
    }
    // A csv dump whose last record never ends.
    write_file(c.root / "dump.csv",
               "\"1\",\"1/1/2009 12:00\",\"09ANKARA5\",\"Embassy Ankara\",\"UNCLASSIFIED\",\"\",\"hdr\",\"" +
                   cable(5, "csvword") + "\"\n\"2\",\"1/2/2009 12:00\",\"09ANKARA6\",\"Embassy Ankara\",\"UNCLAS");
    fs::create_directory_symlink(".", c.root / "loop");
    fs::create_symlink("self", c.root / "self");

    ToolResult r = c.index();
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    const std::vector<std::string> named = {"binary.dat", "empty.txt", "huge-notes.txt", id_of(4) + ".txt.gz",
                                            "dump.csv",   "loop",      "self",           id_of(3) + ".txt"};
    for (const auto& name : named)
        CHECK(lines_naming(r.err, (c.root / name).string()) == 1);
    CHECK(count(c.db, "goodword") == 2);
    CHECK(count(c.db, "legacyword") == 1);
    CHECK(count(c.db, "csvword") == 1);
    CHECK(count(c.db, "truncatedword") == 0);
    CHECK(r.out.find("6 failed") != std::string::npos);
}

TEST_CASE("progress: no progress line when stderr is not a terminal", "[incremental]")
{
    Corpus c;
    for (int s = 1; s <= 3; ++s) write_cable(c.root, s, "word");
    ToolResult r = c.index();
    CHECK(r.status == 0);
    CHECK(r.err.find('\r') == std::string::npos);
    CHECK(r.err.find("ETA") == std::string::npos);
    ToolResult quiet = cable_index({c.root.string(), "--db", c.db, "--quiet"});
    CHECK(quiet.status == 0);
    CHECK(quiet.out.empty());
}

TEST_CASE("make-corpus: the same seed gives the same corpus, and cable-index reads all of it", "[incremental]")
{
    TempDir dir;
    auto make = [&](const std::string& out, const std::string& seed) {
        ToolResult r = run_tool(CABLE_MAKE_CORPUS_BIN, {"--count", "60", "--seed", seed, "--out", (dir / out).string(), "-q"});
        REQUIRE(r.status == 0);
    };
    make("a", "5");
    make("b", "5");
    make("c", "6");
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir / "a"))
        if (e.is_regular_file()) files.push_back(fs::relative(e.path(), dir / "a"));
    REQUIRE(files.size() == 60);
    size_t same = 0, differ = 0;
    for (const auto& f : files) {
        CHECK(read_file(dir / "a" / f) == read_file(dir / "b" / f));
        (read_file(dir / "a" / f) == read_file(dir / "c" / f) ? same : differ) += 1;
    }
    CHECK(differ == files.size());
    CHECK(files[0].string().starts_with("cable/"));

    ToolResult r = cable_index({(dir / "a").string(), "--db", (dir / "index").string()});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("60 read, 0 unchanged, 0 deleted, 0 failed") != std::string::npos);
}

TEST_CASE("shards: an index of two shards is searched as one; cables no file records are removed", "[incremental]")
{
    Corpus c;
    for (int s = 1; s <= 40; ++s) write_cable(c.root, s, "shardword");
    ToolResult first = cable_index({c.root.string(), "--db", c.db, "--shards", "2"});
    REQUIRE(first.status == 0);
    std::vector<std::string> shards = cablesearch::shard_folders(c.db);
    REQUIRE(shards.size() == 2);
    // Both shards hold cables, and every cable is found once.
    Xapian::doccount in_home = Xapian::Database(shards[0]).get_doccount();
    Xapian::doccount in_other = Xapian::Database(shards[1]).get_doccount();
    CHECK(in_home > 0);
    CHECK(in_other > 0);
    CHECK(in_home + in_other == 40);
    CHECK(count(c.db, "shardword") == 40);
    CHECK(count(c.db, "tag:PGOV") == 40);
    // Facets count every cable once, by posting lists (a word) and through
    // the matcher (a phrase).
    for (const char* query : {"shardword", "\"shardword question\""}) {
        ToolResult r = cable_query({query, "--db", c.db, "--json", "--facets", "tag,post"});
        auto summary = nlohmann::json::parse(lines_of(r.out).back());
        INFO(query << ": " << summary.dump());
        CHECK(summary["matches"] == 40);
        CHECK(summary["facets"]["tag"][0]["count"] == 40);
        CHECK(summary["facets"]["post"][0]["count"] == 40);
    }

    // What a run stopped between the two shards' commits leaves: a cable in
    // the other shard that no file state records.
    {
        Xapian::WritableDatabase other(shards[1], Xapian::DB_OPEN);
        Xapian::Document stray;
        stray.add_boolean_term("Q09ANKARA999");
        stray.add_posting("Zshardword", 1);
        other.add_document(stray);
        other.commit();
    }
    CHECK(count(c.db, "shardword") == 41);
    ToolResult again = c.index();
    INFO(again.out << again.err);
    CHECK(again.status == 0);
    CHECK(count(c.db, "shardword") == 40);
    CHECK(count(c.db, "id:09ANKARA999") == 0);
    CHECK(cablesearch::shard_folders(c.db).size() == 2); // kept by an update
}

TEST_CASE("shards: a new index has two shards unless asked", "[incremental]")
{
    Corpus c;
    write_cable(c.root, 1, "oneword");
    REQUIRE(c.index().status == 0);
    CHECK(cablesearch::shard_folders(c.db).size() == 2);
    CHECK(count(c.db, "oneword") == 1);

    Corpus single;
    for (int s = 1; s <= 12; ++s) write_cable(single.root, s, "oneword");
    REQUIRE(cable_index({single.root.string(), "--db", single.db, "--shards", "1"}).status == 0);
    CHECK(cablesearch::shard_folders(single.db).size() == 1);
    ToolResult r = cable_query({"oneword", "--db", single.db, "--json", "--facets", "tag"});
    auto summary = nlohmann::json::parse(lines_of(r.out).back());
    CHECK(summary["matches"] == 12);
    CHECK(summary["facets"]["tag"][0]["count"] == 12);

    ToolResult bad = cable_index({c.root.string(), "--db", c.db, "--shards", "9"});
    CHECK(bad.status == 2);
}
