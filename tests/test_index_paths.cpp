// cable-index PATH...: any number of files and folders in one run, each
// remembered; a path left out of a later run keeps its cables unless
// --prune; `-` reads one file from standard input. Real binaries, small
// corpora in a temporary folder.

#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

// A small unclassified cable from Rabat with serial `serial`; `word` is in
// its subject and body.
std::string cable(int serial, const std::string& word)
{
    return "VZCZCXYZ0000\nRR RUEHWEB\n\nDE RUEHRB #" + std::to_string(serial) +
           " 0021200\nZNR UUUUU ZZH\nR 021200Z FEB 08\nFM AMEMBASSY RABAT\nTO RUEHC/SECSTATE WASHDC 0001\n"
           "UNCLAS RABAT " + std::to_string(serial) + "\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL ECON MO\n"
           "SUBJECT: " + word + " NOTES\n\n1. The " + word + " notes were read.\n\nRILEY\n";
}

std::string id_of(int serial) { return "08RABAT" + std::to_string(serial); }

fs::path write_cable(const fs::path& dir, int serial, const std::string& word)
{
    fs::path p = dir / (id_of(serial) + ".txt");
    write_file(p, cable(serial, word));
    return p;
}

long count(const std::string& db, const std::string& query)
{
    ToolResult r = cable_query({query, "--db", db, "--count"});
    INFO(query << ": " << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    return std::stol(r.out);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// cable-index with standard input from a pipe (never a seekable file).
ToolResult index_from_pipe(const fs::path& input, const std::vector<std::string>& args)
{
    std::string command = "cat '" + input.string() + "' | \"$0\"";
    for (size_t i = 0; i < args.size(); ++i) command += " \"$" + std::to_string(i + 1) + "\"";
    std::vector<std::string> sh_args = {"-c", command, CABLE_INDEX_BIN};
    sh_args.insert(sh_args.end(), args.begin(), args.end());
    return run_tool("/bin/sh", sh_args);
}

struct Folders {
    TempDir dir;
    fs::path corpus = dir / "corpus", extra = dir / "extra";
    std::string db = (dir / "index").string();
};

} // namespace

TEST_CASE("paths: files and folders in one run, each remembered by the next", "[paths]")
{
    Folders f;
    write_cable(f.corpus, 1, "alphaword");
    write_cable(f.corpus / "sub", 2, "alphaword");
    write_cable(f.extra, 3, "betaword");
    fs::path single = write_cable(f.dir / "loose", 4, "gammaword");
    write_cable(f.dir / "loose", 5, "unnamedword"); // beside the file given: not read

    ToolResult first = cable_index({f.corpus.string(), f.extra.string(), single.string(), "--db", f.db});
    INFO(first.out << first.err);
    CHECK(first.status == 0);
    CHECK(has(first.out, "Indexed 3 paths into " + f.db + ": "));
    CHECK(has(first.out, f.extra.string()));
    CHECK(has(first.out, "4 added"));
    CHECK(count(f.db, "alphaword") == 2);
    CHECK(count(f.db, "betaword") == 1);
    CHECK(count(f.db, "gammaword") == 1);
    CHECK(count(f.db, "unnamedword") == 0);

    // The same paths again, in another order and one of them twice: nothing to read.
    ToolResult again = cable_index({single.string(), f.extra.string(), f.corpus.string(), f.extra.string(), "--db", f.db});
    INFO(again.out << again.err);
    CHECK(again.status == 0);
    CHECK(has(again.out, "0 read, 4 unchanged, 0 deleted"));
    CHECK_FALSE(has(again.out, "not named in this run"));

    // A folder inside one given: its files are those of the folder's.
    ToolResult inner = cable_index({f.corpus.string(), (f.corpus / "sub").string(), "--db", f.db});
    CHECK(has(inner.out, "0 read, 2 unchanged"));
}

TEST_CASE("paths: a path left out keeps its cables, --prune removes them and says so", "[paths]")
{
    Folders f;
    write_cable(f.corpus, 1, "keptword");
    fs::path changing = write_cable(f.corpus, 2, "oldword");
    write_cable(f.extra, 3, "extraword");
    write_cable(f.extra, 4, "extraword");
    REQUIRE(cable_index({f.corpus.string(), f.extra.string(), "--db", f.db}).status == 0);

    // corpus/ alone, one of its files changed: extra/ is left out, not gone.
    write_cable(f.corpus, 2, "newerword");
    ToolResult partial = cable_index({f.corpus.string(), "--db", f.db});
    INFO(partial.out << partial.err);
    CHECK(partial.status == 0);
    CHECK(has(partial.out, "0 added, 1 updated, 0 deleted"));
    CHECK(has(partial.out, "kept, not named in this run: " + f.extra.string() + " (2 files, 2 cables); --prune removes them"));
    CHECK(count(f.db, "extraword") == 2);
    CHECK(count(f.db, "newerword") == 1);
    CHECK(count(f.db, "oldword") == 0);

    // A file deleted below a path given still leaves the index.
    fs::remove(changing);
    ToolResult deleted = cable_index({f.corpus.string(), "--db", f.db});
    CHECK(has(deleted.out, "0 added, 0 updated, 1 deleted"));
    CHECK(count(f.db, "extraword") == 2);

    ToolResult pruned = cable_index({f.corpus.string(), "--prune", "--db", f.db});
    INFO(pruned.out << pruned.err);
    CHECK(pruned.status == 0);
    CHECK(has(pruned.out, "0 added, 0 updated, 2 deleted"));
    CHECK(has(pruned.out, "pruned, not named in this run: " + f.extra.string() + " (2 files, 2 cables deleted)"));
    CHECK(count(f.db, "extraword") == 0);
    CHECK(count(f.db, "keptword") == 1);

    // Forgotten: the next run has nothing left out, and --prune says it pruned nothing.
    ToolResult after = cable_index({f.corpus.string(), "--db", f.db});
    CHECK_FALSE(has(after.out, "not named in this run"));
    ToolResult nothing = cable_index({f.corpus.string(), "--prune", "--db", f.db});
    CHECK(has(nothing.out, "pruned: nothing"));
}

TEST_CASE("paths: a copy in a path left out takes over when the copy kept goes", "[paths]")
{
    // The same id in corpus/ (sorts first: of one text length, its copy is
    // indexed) and extra/.
    Folders f;
    fs::path first = write_cable(f.corpus, 7, "firstcopy");
    write_cable(f.extra, 7, "othercopy");
    REQUIRE(cable_index({f.corpus.string(), f.extra.string(), "--db", f.db}).status == 0);
    REQUIRE(count(f.db, "firstcopy") == 1);

    fs::remove(first);
    ToolResult r = cable_index({f.corpus.string(), "--db", f.db});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(count(f.db, "id:" + id_of(7)) == 1);
    CHECK(count(f.db, "firstcopy") == 0);
    CHECK(count(f.db, "othercopy") == 1);
}

TEST_CASE("paths: - reads one file from standard input, its cables stay until --prune", "[paths]")
{
    Folders f;
    write_cable(f.corpus, 1, "folderword");
    fs::path piped = write_cable(f.dir / "elsewhere", 5, "pipedword");
    fs::path piped_too = write_cable(f.dir / "elsewhere", 6, "secondpipe");

    ToolResult r = index_from_pipe(piped, {f.corpus.string(), "-", "--db", f.db});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(has(r.out, "Indexed 2 paths into " + f.db + ": " + f.corpus.string() + ", standard input"));
    CHECK(has(r.out, "2 added"));
    CHECK(has(r.out, "standard input: read, not remembered as a path"));
    CHECK(count(f.db, "pipedword") == 1);

    // A run without -: the cables of standard input are kept, and said to be.
    ToolResult without = cable_index({f.corpus.string(), "--db", f.db});
    INFO(without.out << without.err);
    CHECK(has(without.out, "0 read, 1 unchanged, 0 deleted"));
    CHECK(has(without.out, "kept, not named in this run: standard input (1 file, 1 cable)"));
    CHECK(count(f.db, "pipedword") == 1);

    // Another file on standard input adds to what it gave before.
    ToolResult second = index_from_pipe(piped_too, {"-", "--db", f.db});
    INFO(second.out << second.err);
    CHECK(has(second.out, "Indexed standard input into " + f.db));
    CHECK(has(second.out, "1 added, 0 updated, 0 deleted"));
    CHECK(count(f.db, "pipedword") == 1);
    CHECK(count(f.db, "secondpipe") == 1);
    CHECK(count(f.db, "folderword") == 1); // corpus/ left out, kept

    ToolResult pruned = cable_index({f.corpus.string(), "--prune", "--db", f.db});
    INFO(pruned.out);
    CHECK(has(pruned.out, "pruned, not named in this run: standard input (1 file, 2 cables deleted)"));
    CHECK(count(f.db, "pipedword") == 0);
    CHECK(count(f.db, "secondpipe") == 0);
    CHECK(count(f.db, "folderword") == 1);
}

TEST_CASE("paths: bad standard input is named and skipped, status 1", "[paths]")
{
    Folders f;
    write_cable(f.corpus, 1, "folderword");
    write_file(f.dir / "binary", std::string("\x7f" "ELF\0\0\0\x01\x02", 9) + std::string(300, '\0'));
    ToolResult r = index_from_pipe(f.dir / "binary", {f.corpus.string(), "-", "--db", f.db});
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK(has(r.err, "/dev/stdin: binary data"));
    CHECK(count(f.db, "folderword") == 1);
}

TEST_CASE("paths: a missing path among several: each named, nothing done, status 2", "[paths]")
{
    Folders f;
    write_cable(f.corpus, 1, "folderword");
    write_cable(f.extra, 2, "extraword");
    REQUIRE(cable_index({f.corpus.string(), f.extra.string(), "--db", f.db}).status == 0);

    ToolResult r = cable_index({f.corpus.string(), (f.dir / "typo").string(), (f.dir / "typo2").string(), "--prune",
                                "--db", f.db});
    CHECK(r.status == 2);
    CHECK(lines_of(r.err).size() == 2);
    CHECK(has(r.err, (f.dir / "typo").string() + ": no such file or folder"));
    CHECK(has(r.err, (f.dir / "typo2").string() + ": no such file or folder"));
    CHECK(count(f.db, "extraword") == 1); // not pruned

    ToolResult twice = cable_index({"-", "-", "--db", f.db});
    CHECK(twice.status == 2);
    CHECK(has(twice.err, "- is given twice"));

    // Standard input a terminal: refused rather than waiting (script(1) gives the tool one).
    if (fs::exists("/usr/bin/script")) {
        ToolResult tty = run_tool("/usr/bin/script", {"-qec", std::string(CABLE_INDEX_BIN) + " - --db " + f.db, "/dev/null"});
        CHECK(tty.status == 2);
        CHECK(has(tty.out, "standard input, which is a terminal"));
    }
}
