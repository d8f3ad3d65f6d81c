// marking: over cables written for it: markings of every spelling the
// release uses, words inside and outside marked paragraphs, and the same
// answers through xapian-tcpsrv.

#include "support/TcpServer.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include "index/ParagraphMarking.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cablesearch;
using namespace cablesearch::testing;
using json = nlohmann::json;
using V = std::vector<std::string>;

namespace {

Cable marked(std::string id, std::string tag, std::vector<Paragraph> paragraphs)
{
    Cable c;
    c.id = std::move(id);
    c.date = DateTime{2009, 5, 1, 10, 0};
    c.origin = "Embassy Paris";
    c.origin_raw = "AMEMBASSY PARIS";
    c.classification = "SECRET//NOFORN";
    c.tags = {std::move(tag)};
    c.subject = "ENERGY SECURITY";
    c.paragraphs = std::move(paragraphs);
    c.source_format = "text";
    c.source_path = "markings/" + c.id + ".txt";
    return c;
}

Paragraph para(int n, std::string marking, std::string text) { return {n, std::move(marking), "", "", std::move(text)}; }

//   09PARIS1   PGOV  (C) oil exports  (S/NF) pipeline sabotage  (U) weather
//   09PARIS2   ECON  (SBU) oil prices  (S//NF) pipeline leak
//   09ROME3    PGOV  (S NF) oil pipeline talks
//   09ROME4    PREL  (S) oil  (C) pipeline          -- never both in one paragraph
//   09BERLIN5  PGOV  (C//REL NATO) troop pipeline  (U) oil  (S/NOFORN) convoy schedule
//   09BERLIN6  ECON  (SBU BUS SENS) sanctions oil  (LOU) visa
//   09TOKYO7   PREL  no markings: oil pipeline sabotage
//   09MADRID8  PTER  (S N/F) sabotage of the refinery  (IRAN) no marking
std::vector<Cable> marking_cables()
{
    return {
        marked("09PARIS1", "PGOV",
               {para(1, "C", "The minister discussed oil exports."), para(2, "S/NF", "Pipeline sabotage was planned."),
                para(3, "U", "The weather was fine.")}),
        marked("09PARIS2", "ECON", {para(1, "SBU", "Oil prices rose again."), para(2, "S//NF", "The pipeline leak is hidden.")}),
        marked("09ROME3", "PGOV", {para(1, "S NF", "Oil pipeline talks resumed.")}),
        marked("09ROME4", "PREL", {para(1, "S", "Oil was the topic."), para(2, "C", "A pipeline was mentioned.")}),
        marked("09BERLIN5", "PGOV",
               {para(1, "C//REL NATO", "The troop pipeline is full."), para(2, "U", "Oil is cheap."),
                para(3, "S/NOFORN", "The convoy schedule follows.")}),
        marked("09BERLIN6", "ECON", {para(1, "SBU BUS SENS", "Sanctions on oil."), para(2, "LOU", "Visa matters.")}),
        marked("09TOKYO7", "PREL", {para(0, "", "Oil pipeline sabotage feared.")}),
        marked("09MADRID8", "PTER", {para(1, "S N/F", "Sabotage of the refinery."), para(2, "IRAN", "Nothing marked here.")}),
    };
}

const std::string& marking_index()
{
    static TempDir dir;
    static std::string path = [] {
        std::string p = (dir / "index").string();
        write_index(p, marking_cables());
        return p;
    }();
    return path;
}

V ids(const std::string& q) { return sorted(hit_ids({q}, marking_index())); }

json summary(const V& args)
{
    V full = args;
    full.insert(full.end(), {"--db", marking_index(), "--json"});
    ToolResult r = cable_query(full);
    REQUIRE(r.status == 0);
    json s = json::parse(lines_of(r.out).back());
    REQUIRE(s["type"] == "summary");
    return s;
}

} // namespace

TEST_CASE("markings: every spelling of the release becomes one canonical marking", "[markings]")
{
    auto canon = [](std::string_view s) {
        auto m = parse_paragraph_marking(s);
        return m ? m->canonical() : std::string("-");
    };
    CHECK(canon("S/NF") == "S/NF");
    CHECK(canon("S//NF") == "S/NF");
    CHECK(canon("S NF") == "S/NF");
    CHECK(canon("S/NOFORN") == "S/NF");
    CHECK(canon("S N/F") == "S/NF");
    CHECK(canon("C/NO FORN") == "C/NF");
    CHECK(canon("c//rel nato") == "C/REL NATO");
    CHECK(canon("S/REL TO UK") == "S/REL UK");
    CHECK(canon("S REL YEMEN") == "S/REL YEMEN");
    CHECK(canon("S//FGI//NF") == "S/FGI/NF");
    CHECK(canon("SBU BUS SENS") == "SBU/BUS SENS");
    CHECK(canon("U") == "U");
    CHECK(canon("LOU") == "LOU");
    CHECK(canon("IRAN") == "-");
    CHECK(canon("BEGIN TEXT") == "-");
    CHECK(canon("CO") == "-");
    CHECK(canon("") == "-");
    auto s_nf = parse_paragraph_marking("S/NF"), s = parse_paragraph_marking("S"),
         fgi = parse_paragraph_marking("S//FGI//NF");
    CHECK(s_nf->includes(*s));
    CHECK(fgi->includes(*s_nf));
    CHECK_FALSE(s->includes(*s_nf));
    CHECK_FALSE(parse_paragraph_marking("C/NF")->includes(*s));
}

TEST_CASE("markings: marking: alone finds the cables with a paragraph so marked", "[query][markings]")
{
    CHECK(ids("marking:S") == V{"09BERLIN5", "09MADRID8", "09PARIS1", "09PARIS2", "09ROME3", "09ROME4"});
    CHECK(ids("marking:S/NF") == V{"09BERLIN5", "09MADRID8", "09PARIS1", "09PARIS2", "09ROME3"});
    CHECK(ids("marking:s//noforn") == ids("marking:S/NF"));
    CHECK(ids("marking:\"S NF\"") == ids("marking:S/NF"));
    CHECK(ids("marking:C") == V{"09BERLIN5", "09PARIS1", "09ROME4"});
    CHECK(ids("marking:\"C/REL NATO\"") == V{"09BERLIN5"});
    CHECK(ids("marking:C/NF").empty());
    CHECK(ids("marking:SBU") == V{"09BERLIN6", "09PARIS2"});
    CHECK(ids("marking:U") == V{"09BERLIN5", "09PARIS1"});
    CHECK(ids("marking:LOU") == V{"09BERLIN6"});
    CHECK(ids("marking:TS").empty());
    CHECK(ids("marking:C marking:SBU").empty());
    CHECK(ids("marking:SBU OR marking:LOU") == V{"09BERLIN6", "09PARIS2"});
    CHECK(ids("marking:S tag:PGOV") == V{"09BERLIN5", "09PARIS1", "09ROME3"});
}

TEST_CASE("markings: with words, the words are in one paragraph with the marking", "[query][markings]")
{
    CHECK(ids("oil pipeline") == V{"09BERLIN5", "09PARIS1", "09PARIS2", "09ROME3", "09ROME4", "09TOKYO7"});
    CHECK(ids("marking:S oil pipeline") == V{"09ROME3"});
    CHECK(ids("oil marking:S pipeline") == V{"09ROME3"});
    CHECK(ids("marking:C oil pipeline").empty());
    CHECK(ids("marking:S oil") == V{"09ROME3", "09ROME4"});
    CHECK(ids("marking:S pipeline") == V{"09PARIS1", "09PARIS2", "09ROME3"});
    CHECK(ids("marking:S/NF pipeline") == V{"09PARIS1", "09PARIS2", "09ROME3"});
    CHECK(ids("marking:C pipeline") == V{"09BERLIN5", "09ROME4"});
    CHECK(ids("marking:U oil") == V{"09BERLIN5"});
    CHECK(ids("marking:S sabotage") == V{"09MADRID8", "09PARIS1"});
    CHECK(ids("marking:S pipeline -sabotage") == V{"09PARIS2", "09ROME3"});
    CHECK(ids("marking:S sabot*") == V{"09MADRID8", "09PARIS1"});
    CHECK(ids("marking:S/NF \"oil pipeline\"") == V{"09ROME3"});
    CHECK(ids("marking:S oil tag:PGOV") == V{"09ROME3"});
    // Subject words are in no paragraph: matched in the whole cable.
    CHECK(ids("marking:SBU subject:energy") == V{"09BERLIN6", "09PARIS2"});
}

TEST_CASE("markings: counts and facets are those of the exact matches, in JSON and text", "[query][markings]")
{
    json s = summary({"marking:S oil", "--facets", "tag"});
    CHECK(s["matches"] == 2);
    CHECK(s["facets"]["tag"] == json::array({{{"value", "PGOV"}, {"count", 1}}, {{"value", "PREL"}, {"count", 1}}}));
    json all = summary({"marking:S/NF", "--facets", "tag"});
    CHECK(all["matches"] == 5);
    CHECK(all["facets"]["tag"] == json::array({{{"value", "PGOV"}, {"count", 3}},
                                               {{"value", "ECON"}, {"count", 1}},
                                               {{"value", "PTER"}, {"count", 1}}}));
    ToolResult count = cable_query({"marking:C pipeline", "--count", "--db", marking_index()});
    CHECK(count.status == 0);
    CHECK(count.out == "2\n");
    // The paragraph shown keeps its marking.
    ToolResult text = cable_query({"marking:S oil pipeline", "--db", marking_index(), "--color", "never"});
    CHECK(text.status == 0);
    CHECK(text.out.find("(S NF)") != std::string::npos);
}

TEST_CASE("markings: a value that is no marking is refused with the markings there are", "[query][markings]")
{
    ToolResult r = cable_query({"oil marking:IRAN", "--db", marking_index()});
    CHECK(r.status == 2);
    CHECK(r.err.find("'IRAN' is not a paragraph marking") != std::string::npos);
    CHECK(caret_column(r.err) == 12);
}

TEST_CASE("markings: the same answers through xapian-tcpsrv", "[query][markings][remote]")
{
    REQUIRE_FALSE(find_tcpsrv().empty());
    TcpServer server(marking_index());
    REQUIRE(server.ready());
    for (const V& args : {V{"marking:S oil", "--json", "--facets", "tag"}, V{"marking:S/NF", "--count"},
                          V{"marking:C pipeline OR marking:SBU", "--json", "--facets", "tag,post"},
                          V{"marking:S sabot*", "--csv"}}) {
        auto [local, remote] = cable_query_local_and_remote(args, marking_index(), server.location());
        INFO(args.front() << "\n" << remote.err);
        CHECK(local.status == 0);
        CHECK(remote.status == 0);
        if (args[1] != "--json") {
            CHECK(remote.out == local.out);
            continue;
        }
        auto l = lines_of(local.out), r = lines_of(remote.out);
        REQUIRE(l.size() == r.size());
        for (size_t i = 0; i < l.size(); ++i) {
            auto lj = json::parse(l[i]), rj = json::parse(r[i]);
            lj.erase("score");
            rj.erase("score");
            CHECK(rj == lj);
        }
    }
}
