// Saved searches: cable-query --save NAME 'QUERY' [filters] keeps a search in
// $XDG_CONFIG_HOME/cablesearch/saved-searches.conf, @NAME in a query stands
// for it, cable-query saved lists them with their counts. Each test has a
// config folder of its own; the searches run on the query fixture.

#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cablesearch::testing;
using json = nlohmann::ordered_json;
using V = std::vector<std::string>;

namespace {

// A user with a config folder of their own.
class User {
public:
    ToolResult run(V args) const
    {
        args.insert(args.end(), {"--db", fixture_index()});
        return run_tool(CABLE_QUERY_BIN, args, {"NO_COLOR=1", "XDG_CONFIG_HOME=" + config_.path().string()});
    }
    // The ids a query finds, sorted.
    V ids(const std::string& query) const
    {
        ToolResult r = run({query, "--json", "--limit", "100"});
        INFO(query << ": " << r.err);
        REQUIRE((r.status == 0 || r.status == 1));
        V out;
        for (const auto& line : lines_of(r.out))
            if (auto j = json::parse(line); j["type"] == "hit") out.push_back(j["id"]);
        return sorted(out);
    }
    std::filesystem::path file() const { return config_.path() / "cablesearch" / "saved-searches.conf"; }
    // The file without its comment lines and blank lines.
    V entries() const
    {
        V out;
        for (const auto& l : lines_of(read_file(file())))
            if (!l.empty() && l[0] != '#') out.push_back(l);
        return out;
    }
    std::filesystem::path config() const { return config_.path(); }

private:
    TempDir config_;
};

} // namespace

TEST_CASE("saved searches: --save keeps the query and its filters, @NAME stands for them", "[query][saved]")
{
    User user;
    ToolResult saved = user.run({"--save", "ktip", "trafficking OR poverty", "--tag", "KTIP", "--since", "2007", "--count"});
    INFO(saved.err);
    REQUIRE(saved.status == 0);
    // The search runs as well, with its output options.
    CHECK(saved.out == "1\n");
    CHECK(saved.err == "cable-query: saved @ktip: trafficking OR poverty --tag KTIP --since 2007 (in " + user.file().string() +
                           ")\n");
    // A readable file, the output options left out.
    CHECK(user.entries() == V{"[ktip]", "query = trafficking OR poverty", "tag = KTIP", "since = 2007"});
    CHECK(read_file(user.file()).starts_with("# Saved searches of cable-query."));

    CHECK(user.ids("@ktip") == V{"07CHENGDU32"});
    CHECK(user.ids("@KTIP") == V{"07CHENGDU32"}); // names in any case
    // A parenthesised group: OR takes it whole, words and filters narrow it.
    CHECK(user.ids("@ktip OR tag:LY") == sorted({"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5"}));
    CHECK(user.ids("@ktip date:2008").empty());
    CHECK(user.ids("tag:PGOV NOT @ktip") == V{"09BAGHDAD1"});
    CHECK(user.ids("(@ktip)") == V{"07CHENGDU32"});

    // Filters alone, several posts (any of them) and dates.
    REQUIRE(user.run({"--save", "libya", "", "--post", "tripoli", "--post", "Embassy Athens", "--until", "2007-12"}).status == 0);
    CHECK(user.ids("@libya") == sorted({"07TRIPOLI100", "06ATHENS700"}));
    CHECK(user.ids("@libya OR @ktip") == sorted({"07TRIPOLI100", "06ATHENS700", "07CHENGDU32"}));

    // --explain shows what the query became.
    ToolResult explain = user.run({"@ktip date:2007", "--explain", "--count"});
    CHECK(explain.err.starts_with("cable-query: with its saved searches, the query reads\n"
                                  "  ((trafficking OR poverty) tag:KTIP date:2007..) date:2007\n"));
    // @NAME in other commands' queries too.
    ToolResult tags = user.run({"tags", "@ktip", "--json"});
    CHECK(tags.status == 0);
    CHECK(json::parse(lines_of(tags.out).back())["matches"] == 1);
}

TEST_CASE("saved searches: saving over a name replaces it, saved lists counts, --delete removes", "[query][saved]")
{
    User user;
    ToolResult none = user.run({"saved"});
    CHECK(none.status == 1);
    CHECK(none.out.empty());
    CHECK(none.err.find("no saved searches yet") != std::string::npos);

    REQUIRE(user.run({"--save", "terror", "terrorist", "--count"}).status == 0);
    REQUIRE(user.run({"--save", "@smuggling", "smugglers OR traffickers", "--count"}).status == 0); // the @ is dropped
    ToolResult replaced = user.run({"--save", "TERROR", "terrorist OR terrorism", "--class", "confidential", "--count"});
    CHECK(replaced.status == 0);
    CHECK(replaced.err == "cable-query: replaced @TERROR (was: terrorist) with: terrorist OR terrorism --class confidential\n");
    CHECK(user.entries() == V{"[TERROR]", "query = terrorist OR terrorism", "class = confidential", "[smuggling]",
                              "query = smugglers OR traffickers"});

    ToolResult list = user.run({"saved"});
    CHECK(list.status == 0);
    CHECK(lines_of(list.out) == V{"@TERROR     1  terrorist OR terrorism --class confidential",
                                  "@smuggling  3  smugglers OR traffickers"});
    ToolResult listed = user.run({"saved", "--json"});
    CHECK(listed.status == 0);
    V lines = lines_of(listed.out);
    REQUIRE(lines.size() == 2);
    CHECK(json::parse(lines[0]) == json{{"name", "TERROR"},
                                        {"query", "terrorist OR terrorism"},
                                        {"filters",
                                         {{"tag", json::array()},
                                          {"post", json::array()},
                                          {"class", json::array({"confidential"})},
                                          {"since", nullptr},
                                          {"until", nullptr}}},
                                        {"expansion", "((terrorist OR terrorism) class:confidential)"},
                                        {"matches", 1},
                                        {"error", nullptr}});
    CHECK(json::parse(lines[1])["matches"] == 3);

    // Without an index the searches are still listed, without counts.
    ToolResult no_index = run_tool(CABLE_QUERY_BIN, {"saved", "--db", (user.config() / "no-index").string()},
                                   {"XDG_CONFIG_HOME=" + user.config().string()});
    CHECK(no_index.status == 2);
    CHECK(lines_of(no_index.out) == V{"@TERROR     -  terrorist OR terrorism --class confidential",
                                      "@smuggling  -  smugglers OR traffickers"});
    CHECK(no_index.err.find("no index here") != std::string::npos);
    CHECK(no_index.err.find("counts not shown") != std::string::npos);

    TempDir elsewhere; // a mistyped name makes no folder
    CHECK(run_tool(CABLE_QUERY_BIN, {"saved", "--delete", "x"}, {"XDG_CONFIG_HOME=" + elsewhere.path().string()}).status == 2);
    CHECK(std::filesystem::is_empty(elsewhere.path()));

    ToolResult unknown = user.run({"saved", "--delete", "smuggling", "--delete", "nope"});
    CHECK(unknown.status == 2);
    CHECK(unknown.err == "cable-query: no saved search @nope; nothing deleted\n");
    ToolResult deleted = user.run({"saved", "--delete", "@terror"});
    CHECK(deleted.status == 0);
    CHECK(deleted.err == "cable-query: deleted @TERROR (terrorist OR terrorism --class confidential)\n");
    CHECK(user.entries() == V{"[smuggling]", "query = smugglers OR traffickers"});
    ToolResult gone = user.run({"@terror"});
    CHECK(gone.status == 2);
    CHECK(gone.err.find("no saved search @terror (saved: @smuggling;") != std::string::npos);
}

TEST_CASE("saved searches: one may use another, but no circle", "[query][saved]")
{
    User user;
    REQUIRE(user.run({"--save", "a", "trafficking", "--count"}).status == 0);
    REQUIRE(user.run({"--save", "b", "@a OR terrorist", "--count"}).status == 0);
    // b keeps the name: a change to a shows through it.
    CHECK(user.entries() == V{"[a]", "query = trafficking", "[b]", "query = @a OR terrorist"});
    CHECK(user.ids("@b") == sorted({"07CHENGDU32", "07TRIPOLI100", "08TRIPOLI5", "06ATHENS700"}));
    REQUIRE(user.run({"--save", "a", "poverty", "--count"}).status == 0);
    CHECK(user.ids("@b") == sorted({"07CHENGDU32", "08TRIPOLI5", "09BAGHDAD1", "06ATHENS700"}));

    const std::string before = read_file(user.file());
    ToolResult circle = user.run({"--save", "a", "@b guizhou"});
    CHECK(circle.status == 2);
    CHECK(circle.err == "cable-query: saved searches use each other in a circle: @a -> @b -> @a\n  @b guizhou\n  ^\n");
    ToolResult itself = user.run({"--save", "c", "poverty OR @c"});
    CHECK(itself.status == 2);
    CHECK(itself.err.starts_with("cable-query: @c refers to itself\n"));
    ToolResult dangling = user.run({"--save", "d", "@zzz"});
    CHECK(dangling.status == 2);
    CHECK(dangling.err.starts_with("cable-query: @d uses @zzz, which is not saved\n"));
    CHECK(read_file(user.file()) == before); // nothing written

    // A circle written by hand is refused where it is used, and listed as broken.
    write_file(user.file(), before + "[x]\nquery = @y\n[y]\nquery = poverty @x\n");
    ToolResult used = user.run({"trafficking OR @x"});
    CHECK(used.status == 2);
    CHECK(used.err == "cable-query: saved searches use each other in a circle: @x -> @y -> @x\n  trafficking OR @x\n"
                      "                 ^\n");
    ToolResult list = user.run({"saved"});
    CHECK(list.status == 2);
    CHECK(list.out.find("@x  -  @y  [error: saved searches use each other in a circle: @x -> @y -> @x]") != std::string::npos);
    CHECK(list.out.find("@b  4  @a OR terrorist\n") != std::string::npos);

    // Deleting a search another uses says so.
    ToolResult deleted = user.run({"saved", "--delete", "a"});
    CHECK(deleted.status == 0);
    CHECK(deleted.err.find("note: @b uses @a") != std::string::npos);
}

TEST_CASE("saved searches: unknown names, odd names and where an @ is no name", "[query][saved][errors]")
{
    User user;
    ToolResult nothing_saved = user.run({"poverty @ktip"});
    CHECK(nothing_saved.status == 2);
    CHECK(nothing_saved.err.starts_with("cable-query: no saved search @ktip (none is saved yet"));
    CHECK(caret_column(nothing_saved.err) == 8);
    CHECK_FALSE(std::filesystem::exists(user.file())); // reading creates nothing

    REQUIRE(user.run({"--save", "été-2007", "poverty", "--count"}).status == 0);
    CHECK(user.ids("@ÉTÉ-2007") == sorted({"08TRIPOLI5", "09BAGHDAD1", "07CHENGDU32"}));
    ToolResult typo = user.run({"date:2008 @ete-2007"});
    CHECK(typo.status == 2);
    CHECK(typo.err.find("no saved search @ete-2007 (saved: @été-2007;") != std::string::npos);
    CHECK(caret_column(typo.err) == 10);

    // An @ inside a word or in quotes is text; one that starts a word must name something.
    CHECK(user.run({"poverty OR a@b.org"}).status == 0);
    CHECK(user.run({"\"@ktip poverty\""}).status == 1);
    ToolResult bare = user.run({"poverty @ "});
    CHECK(bare.status == 2);
    CHECK(bare.err.starts_with("cable-query: '@' needs the name of a saved search"));
    ToolResult glued = user.run({"@été-2007:x"});
    CHECK(glued.status == 2);
    CHECK(glued.err.find("ends at a space or ')'") != std::string::npos);

    for (const char* bad : {"my search", "a/b", "_x", "", "x*", "@"}) {
        ToolResult r = user.run({"--save", bad, "poverty"});
        INFO(bad);
        CHECK(r.status == 2);
        CHECK(r.err.find("cannot name a saved search") != std::string::npos);
        CHECK(r.out.empty());
    }
    ToolResult empty = user.run({"--save", "e", ""});
    CHECK(empty.status == 2);
    CHECK(empty.err.find("nothing to save as @e") != std::string::npos);
    // A query the language refuses is refused before it is saved.
    ToolResult bad_query = user.run({"--save", "q", "date:2007-13"});
    CHECK(bad_query.status == 2);
    CHECK(user.entries() == V{"[été-2007]", "query = poverty"});
}

TEST_CASE("saved searches: a file edited by hand, its mistakes named with their line", "[query][saved][errors]")
{
    User user;
    write_file(user.file(), "# my searches\n"
                            "\n"
                            "; the Libyan ones\n"
                            "[libya]\n"
                            "query = smugglers\n"
                            "post = tripoli\n"
                            "\n"
                            "# old\n"
                            "[bad-date]\n"
                            "query = trafficking date:2007-13\n");
    CHECK(user.ids("@libya") == sorted({"07TRIPOLI100", "08TRIPOLI5"}));
    // A mistake inside a saved search is shown at its @NAME.
    ToolResult bad = user.run({"poverty @bad-date"});
    CHECK(bad.status == 2);
    CHECK(bad.err == "cable-query: in @bad-date: '2007-13' is not a date: there is no month 13\n  poverty @bad-date\n"
                     "          ^\n");
    // A mistake after one is shown where the user wrote it.
    ToolResult after = user.run({"@libya date:2007-14"});
    CHECK(after.status == 2);
    CHECK(caret_column(after.err) == 12);

    // Rewriting keeps the comments and the other searches as they were.
    REQUIRE(user.run({"--save", "libya", "smugglers OR regime", "--post", "tripoli", "--count"}).status == 0);
    REQUIRE(user.run({"saved", "--delete", "bad-date"}).status == 0);
    REQUIRE(user.run({"--save", "new", "poverty", "--count"}).status == 0);
    CHECK(read_file(user.file()) == "# my searches\n"
                                    "\n"
                                    "; the Libyan ones\n"
                                    "[libya]\n"
                                    "query = smugglers OR regime\n"
                                    "post = tripoli\n"
                                    "\n"
                                    "[new]\n"
                                    "query = poverty\n");

    // A file that cannot be understood stops only what needs it.
    for (const auto& [text, line, why] :
         std::vector<std::tuple<std::string, int, std::string>>{
             {"query = x\n", 1, "a line before the first [name] section"},
             {"[a]\nquery = x\ncolour = red\n", 3, "unknown key 'colour'"},
             {"[a]\nquery = x\n[A]\ntag = PGOV\n", 3, "@A is saved twice (also on line 1)"},
             {"[a b]\nquery = x\n", 1, "[a b] is not a name for a saved search"},
             {"[a]\n\n", 1, "[a] has neither a query nor a filter"},
             {"[a]\nquery x\n", 2, "expected 'key = value'"},
             {"[a]\nquery = x\nquery = y\n", 3, "'query' is given twice in [a]"},
         }) {
        write_file(user.file(), text);
        ToolResult r = user.run({"@a"});
        INFO(text);
        CHECK(r.status == 2);
        CHECK(r.err.starts_with("cable-query: " + user.file().string() + ":" + std::to_string(line) + ": " + why));
        CHECK(user.run({"poverty", "--count"}).status == 0); // no @NAME: the file is not read
        CHECK(user.run({"saved"}).status == 2);
    }
}

TEST_CASE("saved searches: a config folder that cannot be written is named", "[query][saved][errors]")
{
    TempDir dir;
    write_file(dir / "file", "not a folder");
    // XDG_CONFIG_HOME under a file: no folder can be made there, even by root.
    const V env = {"NO_COLOR=1", "XDG_CONFIG_HOME=" + (dir / "file").string()};
    ToolResult r = run_tool(CABLE_QUERY_BIN, {"--save", "x", "poverty", "--db", fixture_index()}, env);
    CHECK(r.status == 2);
    CHECK(r.err == "cable-query: cannot save @x: cannot create the folder for saved searches " +
                       (dir / "file" / "cablesearch").string() + ": Not a directory\n");
    CHECK(r.out.empty());
    ToolResult d = run_tool(CABLE_QUERY_BIN, {"saved", "--delete", "x"}, env);
    CHECK(d.status == 2);
    CHECK(d.err == "cable-query: no saved search @x; nothing deleted\n");

    // A relative XDG_CONFIG_HOME is ignored (the XDG rule): ~/.config it is.
    TempDir home;
    ToolResult relative = run_tool(CABLE_QUERY_BIN, {"--save", "x", "poverty", "--count", "--db", fixture_index()},
                                   {"XDG_CONFIG_HOME=relative/path", "HOME=" + home.path().string()});
    CHECK(relative.status == 0);
    CHECK(std::filesystem::exists(home / ".config/cablesearch/saved-searches.conf"));
}
