// redacted:yes and redacted:no, runs of X as no words, and [redacted] in
// the text output, over cables written for it.

#include "support/TcpServer.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include "index/Redactions.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;
using json = nlohmann::json;
using V = std::vector<std::string>;

namespace {

Cable with_text(std::string id, std::string text)
{
    Cable c;
    c.id = std::move(id);
    c.date = DateTime{2010, 1, 5, 10, 0};
    c.origin = "Embassy Rome";
    c.origin_raw = "AMEMBASSY ROME";
    c.classification = "CONFIDENTIAL";
    c.tags = {"PREL"};
    c.subject = "TALKS";
    c.paragraphs = {{1, "C", "", "", std::move(text)}};
    c.source_format = "html";
    c.source_path = "redactions/" + c.id + ".html";
    return c;
}

//   10ROME1  a run alone                         redacted
//   10ROME2  a run with 's, a run glued to a word redacted
//   10ROME3  XXX, XXIII, XXIV: words             not redacted
//   10ROME4  a run in lower case                 redacted
//   10ROME5  nothing hidden                      not redacted
std::vector<Cable> redaction_cables()
{
    return {
        with_text("10ROME1", "XXXXXXXXXXXX said the talks failed."),
        with_text("10ROME2", "The source XXXXXXXXXXXX's brother toldXXXXXXXXXXXX that oil rose."),
        with_text("10ROME3", "Super Bowl XXX was seen by Pope John XXIII fans; chapter XXIV said so."),
        with_text("10ROME4", "Then xxxxxxxxxxxx met the envoy."),
        with_text("10ROME5", "Nothing hidden, said the envoy."),
    };
}

const std::string& redaction_index()
{
    static TempDir dir;
    static std::string path = [] {
        std::string p = (dir / "index").string();
        write_index(p, redaction_cables());
        return p;
    }();
    return path;
}

V ids(const std::string& q) { return sorted(hit_ids({q}, redaction_index())); }

ToolResult query(V args)
{
    args.insert(args.end(), {"--db", redaction_index(), "--color", "never"});
    return cable_query(args);
}

} // namespace

TEST_CASE("redactions: runs of four X or more, an 's with them, glued or alone", "[redactions]")
{
    CHECK(mark_redactions("XXXXXXXXXXXX said") == "[redacted] said");
    CHECK(mark_redactions("XXXXXXXXXXXX's brother") == "[redacted] brother");
    CHECK(mark_redactions("toldXXXXXXXXXXXX that") == "told[redacted] that");
    CHECK(mark_redactions("(XXXXXXXX), xxxxx.") == "([redacted]), [redacted].");
    CHECK(mark_redactions("XXX XXIII XXIV XX") == "XXX XXIII XXIV XX");
    CHECK(blank_redactions("a XXXX b") == "a      b");
}

TEST_CASE("redactions: redacted:yes and redacted:no", "[query][redactions]")
{
    CHECK(ids("redacted:yes") == V{"10ROME1", "10ROME2", "10ROME4"});
    CHECK(ids("redacted:no") == V{"10ROME3", "10ROME5"});
    CHECK(ids("said redacted:yes") == V{"10ROME1"});
    CHECK(ids("said redacted:NO") == V{"10ROME3", "10ROME5"});
    ToolResult bad = query({"redacted:maybe"});
    CHECK(bad.status == 2);
    CHECK(bad.err.find("redacted: is yes or no, not 'maybe'") != std::string::npos);
}

TEST_CASE("redactions: a run is never a word, the words beside it are", "[query][redactions]")
{
    CHECK(ids("xxxxxxxxxxxx").empty());
    CHECK(ids("XXXXXXXXXXXX").empty());
    CHECK(ids("xxxx*").empty());
    CHECK(ids("told") == V{"10ROME2"});
    CHECK(ids("brother") == V{"10ROME2"});
    CHECK(ids("\"source brother\"").empty()); // the run still stands between them: not a phrase
    CHECK(ids("xxx") == V{"10ROME3"});
    CHECK(ids("xxiv") == V{"10ROME3"});
}

TEST_CASE("redactions: [redacted] in snippets and show, X's and a flag in JSON", "[query][redactions]")
{
    ToolResult hits = query({"brother"});
    CHECK(hits.status == 0);
    CHECK(hits.out.find("The source [redacted] brother told[redacted] that oil rose.") != std::string::npos);
    CHECK(hits.out.find("XXXX") == std::string::npos);

    ToolResult show = query({"show", "10ROME1"});
    CHECK(show.status == 0);
    CHECK(show.out.find("[redacted] said the talks failed.") != std::string::npos);
    CHECK(show.out.find("XXXX") == std::string::npos);

    ToolResult csv = query({"envoy redacted:yes", "--csv"});
    CHECK(csv.out.find("Then [redacted] met the envoy.") != std::string::npos);

    ToolResult j = query({"oil OR envoy", "--json"});
    REQUIRE(j.status == 0);
    std::map<std::string, bool> flags;
    for (const auto& line : lines_of(j.out)) {
        json o = json::parse(line);
        if (o["type"] != "hit") continue;
        flags[o["id"]] = o["redacted"];
        if (o["id"] == "10ROME2") CHECK(o["paragraphs"][0]["text"].get<std::string>().find("XXXXXXXXXXXX's") != std::string::npos);
    }
    CHECK(flags == std::map<std::string, bool>{{"10ROME2", true}, {"10ROME4", true}, {"10ROME5", false}});
}

TEST_CASE("redactions: redacted: and [redacted] through xapian-tcpsrv as locally", "[query][redactions][remote]")
{
    REQUIRE_FALSE(find_tcpsrv().empty());
    TcpServer server(redaction_index());
    REQUIRE(server.ready());
    for (const V& args : {V{"redacted:yes", "--count"}, V{"said redacted:no", "--csv"}, V{"brother", "--color", "never"}}) {
        auto [local, remote] = cable_query_local_and_remote(args, redaction_index(), server.location());
        INFO(args.front() << "\n" << remote.err);
        CHECK(local.status == 0);
        CHECK(remote.status == 0);
        CHECK(remote.out == local.out);
    }
}
