// What the tools say, and the status they exit with, when the user must act.

#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <unistd.h>
#include <xapian.h>

using namespace cablesearch::testing;

TEST_CASE("cable-index: a missing corpus folder", "[errors]")
{
    TempDir dir;
    ToolResult r = cable_index({(dir / "nope").string(), "--db", (dir / "i").string()});
    CHECK(r.status == 2);
    CHECK(lines_of(r.err).size() == 1);
    CHECK(r.err.find((dir / "nope").string()) != std::string::npos);
    CHECK(r.err.find("no such file or folder") != std::string::npos);
}

TEST_CASE("cable-index: an unreadable (corrupt) file is named, the rest indexed, status 1", "[errors]")
{
    // A corrupt gzip file cannot be read, whoever runs the test (root reads
    // files without permission bits; the next test covers those).
    TempDir dir;
    write_file(dir / "corpus/seed.txt", read_file(source_dir() + "/corpus/000_190834ae1df68833.txt"));
    write_file(dir / "corpus/broken.txt.gz", "\x1f\x8b\x08\x00 not really gzip");
    ToolResult r = cable_index({(dir / "corpus").string(), "--db", (dir / "i").string()});
    CHECK(r.status == 1);
    CHECK(r.err.find("broken.txt.gz") != std::string::npos);
    CHECK(r.out.find("1 added") != std::string::npos);
}

TEST_CASE("cable-index: a file without read permission", "[errors]")
{
    TempDir dir;
    write_file(dir / "corpus/secret.txt", "TAGS: PGOV\nSUBJECT: X\n");
    write_file(dir / "corpus/07CHENGDU32.txt", read_file(source_dir() + "/corpus/000_190834ae1df68833.txt"));
    std::filesystem::permissions(dir / "corpus/secret.txt", std::filesystem::perms::none);
    std::vector<std::string> args = {(dir / "corpus").string(), "--db", (dir / "i").string()};
    ToolResult r;
    if (geteuid() != 0) {
        r = cable_index(args);
    } else {
        // Root reads any file: the indexer runs as nobody, as a user would.
        if (access("/usr/bin/setpriv", X_OK) != 0) {
            WARN("running as root without setpriv (util-linux): skipping the permission check");
            return;
        }
        std::filesystem::permissions(dir.path(), std::filesystem::perms::all);
        args.insert(args.begin(), {"--reuid=nobody", "--regid=nogroup", "--clear-groups", CABLE_INDEX_BIN});
        r = run_tool("/usr/bin/setpriv", args);
    }
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(r.err.find("secret.txt: Permission denied; skipped") != std::string::npos);
    CHECK(r.err.find("every other cable is indexed") != std::string::npos);
    CHECK(r.out.find("1 added") != std::string::npos);
}

TEST_CASE("cable-query: a missing index says to run cable-index", "[errors]")
{
    TempDir dir;
    ToolResult r = cable_query({"trafficking", "--db", (dir / "none").string()});
    CHECK(r.status == 2);
    CHECK(lines_of(r.err).size() == 1);
    CHECK(r.err.find((dir / "none").string()) != std::string::npos);
    CHECK(r.err.find("run `cable-index") != std::string::npos);
}

TEST_CASE("cable-query: malformed queries point at the problem, status 2", "[errors]")
{
    TempDir dir;
    REQUIRE(cable_index({source_dir() + "/corpus", "--db", (dir / "i").string()}).status == 0);
    std::string db = (dir / "i").string();
    ToolResult quote = cable_query({"\"human rights", "--db", db});
    CHECK(quote.status == 2);
    CHECK(quote.err.find("quote is never closed") != std::string::npos);
    ToolResult field = cable_query({"colour:red", "--db", db});
    CHECK(field.status == 2);
    CHECK(field.err.find("unknown field 'colour:'") != std::string::npos);
    ToolResult date = cable_query({"date:2007-13", "--db", db});
    CHECK(date.status == 2);
    CHECK(date.err.find("no month 13") != std::string::npos);
}

TEST_CASE("cable-query: exit status 1 when nothing matches", "[errors]")
{
    TempDir dir;
    REQUIRE(cable_index({source_dir() + "/corpus", "--db", (dir / "i").string()}).status == 0);
    CHECK(cable_query({"xylophone", "--db", (dir / "i").string()}).status == 1);
    CHECK(cable_query({"trafficking", "--db", (dir / "i").string()}).status == 0);
}

TEST_CASE("both tools refuse an index made with another schema", "[errors]")
{
    // An index of the first schema (unstemmed words beside stems): cable-index
    // would mix its terms with the new ones, cable-query would miss cables.
    TempDir dir;
    std::string db = (dir / "old").string();
    {
        Xapian::WritableDatabase w(db, Xapian::DB_CREATE);
        Xapian::Document doc;
        doc.add_boolean_term("Q07CHENGDU32");
        doc.add_posting("trafficking", 1);
        w.add_document(doc);
        w.set_metadata("cablesearch:schema", "1");
        w.commit();
    }
    write_file(dir / "corpus/07CHENGDU32.txt", read_file(source_dir() + "/corpus/000_190834ae1df68833.txt"));
    ToolResult indexed = cable_index({(dir / "corpus").string(), "--db", db});
    CHECK(indexed.status == 2);
    CHECK(lines_of(indexed.err).size() == 1);
    CHECK(indexed.err.find(db) != std::string::npos);
    CHECK(indexed.err.find("another version of cable-index (index schema 1") != std::string::npos);

    ToolResult queried = cable_query({"trafficking", "--db", db});
    CHECK(queried.status == 2);
    CHECK(queried.err.find("index schema 1") != std::string::npos);
    CHECK(queried.err.find("index the corpus again") != std::string::npos);
    // Untouched: still the one document.
    CHECK(Xapian::Database(db).get_doccount() == 1);
}
