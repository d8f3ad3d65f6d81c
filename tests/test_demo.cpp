// scripts/demo keeps to itself: its index is its own, and a user's default
// index (~/.local/share/cablesearch/index, or $CABLESEARCH_INDEX) is neither
// read nor written, whatever it holds.

#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

// Every file of a folder with its size and modification time.
std::map<std::string, std::pair<uintmax_t, fs::file_time_type>> snapshot(const fs::path& folder)
{
    std::map<std::string, std::pair<uintmax_t, fs::file_time_type>> files;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.is_regular_file()) files[e.path().string()] = {e.file_size(), e.last_write_time()};
    return files;
}

// A tool run with exactly these variables changed (the others as the test's).
ToolResult run_with(const std::vector<std::string>& env, const std::vector<std::string>& command)
{
    std::vector<std::string> args = {"-u", "XDG_DATA_HOME", "-u", "CABLESEARCH_INDEX", "-u", "CABLESEARCH_CACHE_DIR",
                                     "-u", "XDG_CACHE_HOME"};
    args.insert(args.end(), env.begin(), env.end());
    args.insert(args.end(), command.begin(), command.end());
    return run_tool("/usr/bin/env", args);
}

} // namespace

TEST_CASE("demo: scripts/demo uses an index of its own, never the user's default one", "[demo]")
{
    TempDir dir;
    const std::string home = (dir / "home").string();
    const fs::path user_default = dir / "home/.local/share/cablesearch/index";
    const fs::path user_chosen = dir / "chosen-index";
    // A cable of the user's own, not one of corpus/.
    write_file(dir / "mine/08RABAT77.txt",
               "VZCZCXYZ0000\nRR RUEHWEB\n\nDE RUEHRB #0077 0021200\nZNR UUUUU ZZH\nR 021200Z FEB 08\n"
               "FM AMEMBASSY RABAT\nTO RUEHC/SECSTATE WASHDC 0001\nUNCLAS RABAT 77\n\nE.O. 12958: N/A\n"
               "TAGS: PREL MO\nSUBJECT: USERSOWNWORD NOTES\n\n1. The usersownword notes were read.\n");

    // The user's cables, in the default index, and in one $CABLESEARCH_INDEX names.
    REQUIRE(run_with({"HOME=" + home}, {CABLE_INDEX_BIN, (dir / "mine").string(), "--quiet"}).status == 0);
    REQUIRE(fs::exists(user_default));
    REQUIRE(run_with({"HOME=" + home, "CABLESEARCH_INDEX=" + user_chosen.string()},
                     {CABLE_INDEX_BIN, (dir / "mine").string(), "--quiet"})
                .status == 0);
    auto default_before = snapshot(user_default), chosen_before = snapshot(user_chosen);

    fs::create_directories(dir / "tools");
    fs::create_symlink(CABLE_INDEX_BIN, dir / "tools/cable-index");
    fs::create_symlink(CABLE_QUERY_BIN, dir / "tools/cable-query");
    const fs::path demo_dir = dir / "demo";
    for (const auto& env : std::vector<std::vector<std::string>>{
             {"HOME=" + home},
             {"HOME=" + home, "CABLESEARCH_INDEX=" + user_chosen.string()}}) {
        std::vector<std::string> vars = env;
        vars.push_back("CABLESEARCH_DEMO_TOOLS=" + (dir / "tools").string());
        vars.push_back("CABLESEARCH_DEMO_DIR=" + demo_dir.string());
        ToolResult demo = run_with(vars, {"/bin/bash", source_dir() + "/scripts/demo"});
        INFO(demo.out << demo.err);
        REQUIRE(demo.status == 0);
        CHECK(demo.out.find("$ cable-query trafficking") != std::string::npos);
        CHECK(demo.err.find("indexing corpus/ into " + (demo_dir / "index").string()) != std::string::npos);
    }

    // Not a byte of either user index changed; both still hold the one cable.
    CHECK(snapshot(user_default) == default_before);
    CHECK(snapshot(user_chosen) == chosen_before);
    for (const auto& db : {user_default, user_chosen}) {
        CHECK(cable_query({"", "--db", db.string(), "--count"}).out == "1\n");
        CHECK(cable_query({"usersownword", "--db", db.string(), "--count"}).out == "1\n");
    }
    // The demo's index holds the corpus, and nothing of the user's.
    ToolResult demo_count = cable_query({"", "--db", (demo_dir / "index").string(), "--count"});
    CHECK(std::stol(demo_count.out) > 1);
    CHECK(cable_query({"usersownword", "--db", (demo_dir / "index").string(), "--count"}).out == "0\n");
}
