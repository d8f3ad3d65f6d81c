#include "test_query_fixture.h"

#include "index/CableDocument.h"
#include "index/Schema.h"
#include "index/ShardLayout.h"
#include "index/Vocabulary.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <algorithm>
#include <fstream>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

namespace cablesearch::testing {

namespace {

Cable cable(std::string id, std::optional<DateTime> date, std::string origin, std::string origin_raw,
            std::string classification, std::vector<std::string> tags, std::string subject,
            std::vector<Paragraph> paragraphs)
{
    Cable c;
    c.id = std::move(id);
    c.date = date;
    c.origin = std::move(origin);
    c.origin_raw = std::move(origin_raw);
    c.classification = std::move(classification);
    c.tags = std::move(tags);
    c.subject = std::move(subject);
    c.paragraphs = std::move(paragraphs);
    c.source_format = "text";
    c.source_path = "fixture/" + c.id + ".txt";
    return c;
}

} // namespace

std::vector<Cable> fixture_cables()
{
    std::vector<Cable> all;

    Cable chengdu = cable("07CHENGDU32", DateTime{2007, 2, 1, 7, 41}, "Consulate Chengdu", "AMCONSUL CHENGDU",
                          "CONFIDENTIAL", {"PGOV", "PHUM", "KTIP", "CH", "ELAB"},
                          "GUIZHOU LACKS RESOURCES TO COMBAT TRAFFICKING IN PERSONS",
                          {{1, "C", "", "summary",
                            "Guizhou Province lacks both human and financial resources to fight trafficking in persons."},
                           {2, "C", "", "", "Traffickers are forming well-organized gangs, and poverty drives the trade."},
                           {3, "SBU", "Comment", "comment",
                            "Classified under E.O. 12958, reasons 1.4(b) and (d). The U.S. Consulate will follow up."}});
    chengdu.to = {{"SECSTATE WASHDC", "ROUTINE"}};
    chengdu.info = {{"NSC WASHINGTON DC", ""}};
    chengdu.caveats = {"SIPDIS"};
    chengdu.references = {"06CHENGDU1000"};
    chengdu.signer = "BOUGHNER";
    all.push_back(chengdu);

    Cable tripoli = cable("07TRIPOLI100", DateTime{2007, 3, 15, 10, 0}, "Embassy Tripoli", "AMEMBASSY TRIPOLI",
                          "SECRET//NOFORN", {"PREL", "PTER", "LY"}, "LIBYA: REGIME CRACKS DOWN ON SMUGGLERS",
                          {{1, "S/NF", "", "", "Women were trafficked across the southern border, officials said."},
                           {2, "S/NF", "", "", "The regime denies any human rights abuses in the camps."}});
    tripoli.to = {{"SECSTATE WASHDC", "IMMEDIATE"}};
    tripoli.info = {{"AMEMBASSY CAIRO", ""}};
    tripoli.caveats = {"NOFORN", "SIPDIS"};
    tripoli.references = {"07CHENGDU32"};
    tripoli.signer = "STEVENS";
    all.push_back(tripoli);

    Cable business = cable("08TRIPOLI5", DateTime{2008, 1, 10, 9, 0}, "Embassy Tripoli", "AMEMBASSY TRIPOLI",
                           "UNCLASSIFIED//FOR OFFICIAL USE ONLY", {"ECON", "LY"},
                           "LIBYA: \"OPEN FOR BUSINESS,\" SAYS MINISTER",
                           {{1, "SBU", "", "", "Oil exports rose; traffickers and smugglers exploit the new trade routes."},
                            {2, "SBU", "", "",
                             "Poverty remains widespread in the south, where the old caravan routes once carried most "
                             "of the trade."}});
    business.to = {{"AMEMBASSY RABAT", ""}};
    business.caveats = {"SIPDIS"};
    all.push_back(business);

    Cable athens = cable("06ATHENS700", DateTime{2006, 12, 31, 23, 59}, "Embassy Athens", "AMEMBASSY ATHENS",
                         "CONFIDENTIAL", {"PTER", "GR"}, "GREECE: HUMAN RIGHTS REPORT",
                         {{1, "C", "", "", "Human rights groups criticized the police."},
                          {2, "U", "", "", "Terrorist attacks declined in Athens."}});
    athens.to = {{"SECSTATE WASHDC", ""}};
    all.push_back(athens);

    Cable baghdad = cable("09BAGHDAD1", DateTime{2009, 6, 15, 12, 30}, "Embassy Baghdad", "AMEMBASSY BAGHDAD", "SECRET",
                          {"PGOV", "IZ"}, "IRAQ: RURAL POVERTY",
                          {{1, "S", "", "", "Officials told the embassy the trade deepens rural poverty."},
                           {2, "S", "", "", "The rights of humans are ignored."}});
    baghdad.to = {{"SECSTATE WASHDC", ""}};
    all.push_back(baghdad);

    Cable madrid = cable("04MADRID10", std::nullopt, "Embassy Madrid", "", "UNCLASSIFIED", {"SMIG", "SP"},
                         "SPAIN: MIGRATION FIGURES", {{0, "", "", "", "Migration figures for the year are attached."}});
    madrid.partial = true;
    all.push_back(madrid);

    Cable state = cable("85STATE200090", DateTime{1985, 8, 1, 16, 0}, "Secretary of State", "SECSTATE WASHDC",
                        "UNCLASSIFIED", {"PREL"}, "NATO MINISTERIAL",
                        {{1, "", "", "", "The ministerial will discuss terrorism."}});
    state.to = {{"ALL NATO CAPITALS", ""}};
    all.push_back(state);
    return all;
}

void write_index(const std::string& path, const std::vector<Cable>& cables)
{
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
    db.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
    CableDocumentBuilder builder;
    Vocabulary vocabulary(db);
    for (const Cable& c : cables) {
        db.replace_document(schema::id_term(document_key(c)), builder.build(c));
        vocabulary.add(builder.take_new_words());
    }
    vocabulary.write();
    db.commit();
}

void write_two_shard_index(const std::filesystem::path& path, const std::vector<Cable>& cables)
{
    std::vector<Cable> halves[2];
    for (const Cable& c : cables) halves[shard_of(schema::id_term(document_key(c)), 2)].push_back(c);
    REQUIRE(!halves[0].empty());
    REQUIRE(!halves[1].empty());
    std::filesystem::create_directories(path);
    write_index((path / "shard0").string(), halves[0]);
    write_index((path / "shard1").string(), halves[1]);
    std::ofstream(path / "XAPIANDB") << "glass shard0\nglass shard1\n";
}

const std::string& fixture_index()
{
    static TempDir dir;
    static std::string path = [] {
        std::string p = (dir / "index").string();
        write_index(p, fixture_cables());
        return p;
    }();
    return path;
}

std::vector<std::string> hit_ids(std::vector<std::string> args, const std::string& db)
{
    std::vector<std::string> full = {"--db", db, "--json", "--limit", "100"};
    args.insert(args.end(), full.begin(), full.end());
    ToolResult r = cable_query(args);
    INFO("cable-query " << args.front() << "\n" << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    std::vector<std::string> ids;
    for (const auto& line : lines_of(r.out)) {
        auto j = nlohmann::json::parse(line);
        if (j["type"] == "hit") ids.push_back(j["id"]);
    }
    CHECK(r.status == (ids.empty() ? 1 : 0));
    return ids;
}

std::vector<std::string> sorted(std::vector<std::string> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

size_t caret_column(const std::string& err)
{
    for (const auto& line : lines_of(err)) {
        size_t caret = line.find('^');
        if (caret != std::string::npos && line.find_first_not_of(' ') == caret) return caret - 2; // after the indent
    }
    return std::string::npos;
}

} // namespace cablesearch::testing
