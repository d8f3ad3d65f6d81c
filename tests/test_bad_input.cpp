// Every saved bad input (tests/data/bad-input: hand-made cases and what the
// fuzz targets of tests/fuzz once crashed on) goes through the same checks as
// in the fuzzers, built normally, and through the tools themselves: a crash
// shows here as a failed check or an exit by signal.

#include "fuzz/InputChecks.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

fs::path bad_input_dir() { return fs::path(source_dir()) / "tests/data/bad-input"; }

std::vector<fs::path> saved_inputs(const std::string& kind)
{
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(bad_input_dir() / kind))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// The checks name what went wrong; Catch2 shows the message of the exception.
template <typename Check>
void check_each(const std::string& kind, Check check)
{
    auto files = saved_inputs(kind);
    REQUIRE(!files.empty());
    for (const auto& f : files) {
        INFO(f.string());
        std::string bytes = read_file(f);
        CHECK_NOTHROW(check(bytes));
    }
}

bool exited(const ToolResult& r) { return r.status >= 0 && r.status <= 2; }

} // namespace

TEST_CASE("bad input: saved text cables parse into indexable cables or are refused", "[bad-input]")
{
    check_each("text", [](const std::string& b) {
        cablesearch::fuzz::check_text_cable(b);
        cablesearch::fuzz::check_corpus_file(b);
    });
}

TEST_CASE("bad input: saved HTML pages parse into indexable cables or are refused", "[bad-input]")
{
    check_each("html", [](const std::string& b) {
        cablesearch::fuzz::check_html_page(b);
        cablesearch::fuzz::check_corpus_file(b);
    });
}

TEST_CASE("bad input: saved csv dumps and odd files are read record by record or refused", "[bad-input]")
{
    check_each("csv", [](const std::string& b) { cablesearch::fuzz::check_corpus_file(b); });
    check_each("file", [](const std::string& b) { cablesearch::fuzz::check_corpus_file(b); });
}

TEST_CASE("bad input: saved queries run or are refused with a pointer to the problem", "[bad-input]")
{
    check_each("query", [](const std::string& b) { cablesearch::fuzz::check_query(b); });
}

TEST_CASE("bad input: cable-index indexes every good cable among the bad files", "[bad-input]")
{
    TempDir dir;
    fs::create_directories(dir / "corpus");
    for (const std::string kind : {"text", "html", "csv", "file"})
        fs::copy(bad_input_dir() / kind, dir / ("corpus/" + kind), fs::copy_options::recursive);
    // One good cable among them, which must be found afterwards.
    fs::copy(source_dir() + "/corpus/000_190834ae1df68833.txt", dir / "corpus/seed.txt");
    ToolResult r = cable_index({(dir / "corpus").string(), "--db", (dir / "i").string()});
    INFO(r.err);
    CHECK(r.status == 1); // some files cannot be read: named, skipped, the rest indexed
    for (const auto& line : lines_of(r.err)) CHECK(line.starts_with("cable-index: "));
    CHECK(r.err.find("not-really-gzip.txt.gz") != std::string::npos);
    CHECK(r.err.find("is not a reference id") != std::string::npos);

    ToolResult q = cable_query({"id:07CHENGDU32", "--db", (dir / "i").string(), "--count"});
    CHECK(q.status == 0);
    // The cables whose FM line, tag, signer, reference or origin is too long
    // for a filter term are in the index, and so is the Windows-1252 one.
    ToolResult all = cable_query({"", "--db", (dir / "i").string(), "--json", "--limit", "1000"});
    CHECK(all.status == 0);
    for (const std::string id : {"07CHENGDU33", "07CHENGDU34", "07CHENGDU35", "07CHENGDU36", "07CHENGDU37"})
        CHECK(all.out.find("\"id\":\"" + id + "\"") != std::string::npos);
    CHECK(all.out.find("\"id\":\"72TEHRAN77\"") != std::string::npos); // origin too long
    CHECK(all.out.find("\"id\":\"72TEHRAN80\"") != std::string::npos); // beside a record whose id has spaces
    CHECK(all.out.find("\"id\":\"72TEHRAN6\"") != std::string::npos);  // beside a record whose id is too long
}

TEST_CASE("bad input: cable-query answers every saved query with status 0, 1 or 2", "[bad-input]")
{
    TempDir dir;
    std::string db = (dir / "i").string();
    REQUIRE(cable_index({source_dir() + "/corpus", "--db", db}).status == 0);
    for (const auto& f : saved_inputs("query")) {
        // First line the query, then --since, --until, --tag, --post, --class (as the fuzz target reads them).
        auto parts = lines_of(read_file(f));
        std::vector<std::string> args = {"--db", db};
        const char* options[] = {"--since", "--until", "--tag", "--post", "--class"};
        for (size_t i = 1; i < parts.size() && i <= 5; ++i)
            if (!parts[i].empty()) args.insert(args.end(), {options[i - 1], parts[i]});
        args.insert(args.end(), {"--", parts.empty() ? std::string{} : parts[0]});
        ToolResult r = cable_query(args);
        INFO(f.string() << "\n" << r.err);
        CHECK(exited(r));
        if (r.status == 2) CHECK(r.err.starts_with("cable-query: "));
    }
}
