// cable-query over Xapian's remote backend: xapian-tcpsrv serves the fixture
// index on a loopback port, and every answer must equal the local one — the
// ids, their order, and the facet counts, which the server counts with its
// built-in match spies.

#include "support/TcpServer.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cablesearch::testing;

namespace {

ToolResult query(const std::string& db, std::vector<std::string> args)
{
    args.insert(args.end(), {"--db", db});
    return cable_query(args);
}

} // namespace

TEST_CASE("remote: the same ids and facet counts through xapian-tcpsrv", "[query][remote]")
{
    REQUIRE_FALSE(find_tcpsrv().empty()); // package xapian-tools, in scripts/lib/common.sh
    TcpServer server(fixture_index());
    REQUIRE(server.ready());

    const std::vector<std::vector<std::string>> searches = {
        {"trafficking OR poverty", "--json", "--facets", "tag,post,year,month,class,caveat", "--facet-limit", "100"},
        {"", "--json", "--sort", "date", "--facets", "tag,caveat", "--limit", "3", "--offset", "2"},
        {"\"human rights\" OR traffick*", "--json", "--facets", "tag,post"},
        {"tag:LY OR class:secret", "--json", "--sort", "-date", "--facets", "year,month"},
        // Words and filters alone are counted locally from their posting
        // lists, remotely by the matcher: the facets must agree.
        {"trafficking", "--json", "--facets", "tag,post,year,month,class,caveat", "--facet-limit", "100"},
        {"trafficking tag:KTIP", "--json", "--facets", "tag,post,year"},
        {"tag:KTIP tag:CH", "--json", "--facets", "tag,class"},
        {"human rights", "--json", "--facets", "tag,year"},
        {"trafficking", "--count"},
        {"trafficking", "--csv"},
        {"xylophone", "--json"},
        // Chains built by cable-query itself, exclusions alone.
        {"traffick* NEAR/3 women OR poverty ADJ/3 trade", "--json", "--facets", "tag,year"},
        {"-tag:KTIP", "--json", "--facets", "tag"},
        {"poverty", "--color", "never"},
        // The timeline: the month spy on the server, the index's months from its terms.
        {"trafficking OR poverty OR terrorism", "--json", "--timeline", "month", "--per-volume"},
        {"", "--json", "--timeline", "quarter"},
        {"", "--timeline", "year", "--per-volume", "--color", "never"},
        {"class:secret", "--count", "--timeline", "month"},
        // The citation graph: term and posting-list look-ups, and the cited-by counts of the hits.
        {"cited-by:07CHENGDU32 OR cites:07TRIPOLI100", "--json"},
        {"ref:06CHENGDU1000", "--csv"},
        {"", "--json", "--limit", "20"},
    };
    for (const auto& args : searches) {
        ToolResult local = query(fixture_index(), args);
        ToolResult remote = query(server.location(), args);
        INFO(args.front() << "\n" << remote.err);
        CHECK(local.status != 2); // none of these is a mistake
        CHECK(remote.status == local.status);
        if (args[1] != "--json") {
            CHECK(remote.out == local.out);
            continue;
        }
        // Scores may differ in the last digits; ids, order, paragraphs and facets may not.
        auto local_lines = lines_of(local.out), remote_lines = lines_of(remote.out);
        REQUIRE(remote_lines.size() == local_lines.size());
        for (size_t i = 0; i < local_lines.size(); ++i) {
            auto l = nlohmann::json::parse(local_lines[i]), r = nlohmann::json::parse(remote_lines[i]);
            l.erase("score");
            r.erase("score");
            CHECK(r == l);
        }
    }
    REQUIRE(!lines_of(query(fixture_index(), searches[0]).out).empty());

    ToolResult show = query(server.location(), {"show", "07CHENGDU32", "trafficking"});
    CHECK(show.status == 0);
    CHECK(show.out == query(fixture_index(), {"show", "07CHENGDU32", "trafficking"}).out);

    // cable-query tags: the same counts, kinds, meanings and lifts (the
    // server counts the whole index's tags with its spies).
    for (const std::vector<std::string>& args : {std::vector<std::string>{"tags"}, {"tags", "--with", "PGOV", "--json"},
                                                 {"tags", "trafficking", "--with", "KTIP"},
                                                 {"tags", "tag:\"human rights\"", "--json"}}) {
        ToolResult local = query(fixture_index(), args), remote = query(server.location(), args);
        INFO(args.back() << "\n" << remote.err);
        CHECK(remote.status == 0);
        CHECK(remote.out == local.out);
        CHECK(!local.out.empty());
    }
}

TEST_CASE("remote: the citation graph as over the local index; --sort cited refused with a reason", "[query][remote][citations]")
{
    REQUIRE_FALSE(find_tcpsrv().empty());
    TcpServer server(fixture_index());
    REQUIRE(server.ready());
    for (const std::vector<std::string>& args : {std::vector<std::string>{"refs", "07CHENGDU32", "--depth", "2"},
                                                 {"refs", "07TRIPOLI100", "--json"},
                                                 {"refs", "07CHENGDU32", "--dot", "--direction", "cited-by"}}) {
        ToolResult local = query(fixture_index(), args), remote = query(server.location(), args);
        INFO(args[1] << "\n" << remote.err);
        CHECK(remote.status == 0);
        CHECK(remote.out == local.out);
        CHECK(local.out.find("07CHENGDU32") != std::string::npos);
    }
    CHECK(query(fixture_index(), {"", "--sort", "cited"}).status == 0);
    ToolResult sorted = query(server.location(), {"", "--sort", "cited"});
    CHECK(sorted.status == 2);
    CHECK(sorted.err == "cable-query: --sort cited needs a local index: a server does not rank by citations "
                        "(the cited-by counts of the hits are shown in any order)\n");
}

TEST_CASE("remote: no server there is an error that names the place", "[query][remote]")
{
    int port = free_loopback_port();
    ToolResult r = query("tcp:127.0.0.1:" + std::to_string(port), {"trafficking"});
    CHECK(r.status == 2);
    CHECK(r.err.find("tcp:127.0.0.1:" + std::to_string(port)) != std::string::npos);
    CHECK(r.err.find("did not answer (Couldn't connect") != std::string::npos);
    ToolResult malformed = query("tcp:localhost", {"trafficking"});
    CHECK(malformed.status == 2);
    CHECK(malformed.err.find("tcp:HOST:PORT") != std::string::npos);
}
