// Every field of the seed cable (corpus/000_190834ae1df68833.txt, the
// web-copied 07CHENGDU32), as a user reading the cable would state them.

#include "formats/CableReader.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>

using namespace cablesearch;

namespace {
Cable seed()
{
    std::vector<Cable> cables;
    read_cables(testing::source_dir() + "/corpus/000_190834ae1df68833.txt", [&](Cable&& c) { cables.push_back(std::move(c)); });
    REQUIRE(cables.size() == 1);
    return cables.front();
}
} // namespace

TEST_CASE("seed cable: reference id comes from the text, not the file name", "[seed]")
{
    Cable c = seed();
    CHECK(c.id == "07CHENGDU32");
    CHECK(c.released_id.empty());
    CHECK_FALSE(c.partial);
}

TEST_CASE("seed cable: date-time group", "[seed]")
{
    Cable c = seed();
    CHECK(c.date_time_group == "010741Z FEB 07");
    REQUIRE(c.date.has_value());
    CHECK(c.date->iso() == "2007-02-01T07:41Z");
    CHECK(c.precedence == "ROUTINE");
}

TEST_CASE("seed cable: origin, readable and raw", "[seed]")
{
    Cable c = seed();
    CHECK(c.origin == "Consulate Chengdu");
    CHECK(c.origin_raw == "AMCONSUL CHENGDU");
}

TEST_CASE("seed cable: TO and INFO addressees without routing indicators", "[seed]")
{
    Cable c = seed();
    REQUIRE(c.to.size() == 1);
    CHECK(c.to[0].name == "SECSTATE WASHDC");
    REQUIRE(c.info.size() == 3);
    CHECK(c.info[0].name == "CHINA POSTS COLLECTIVE");
    CHECK(c.info[1].name == "NSC WASHINGTON DC");
    CHECK(c.info[2].name == "AMCONSUL CHENGDU");
}

TEST_CASE("seed cable: classification, section and handling", "[seed]")
{
    Cable c = seed();
    CHECK(c.classification == "CONFIDENTIAL");
    CHECK(c.section == "01 OF 02");
    CHECK(c.caveats == std::vector<std::string>{"SIPDIS"});
}

TEST_CASE("seed cable: E.O., declassification, tags, subject", "[seed]")
{
    Cable c = seed();
    CHECK(c.executive_order == "12958");
    CHECK(c.declassify_raw == "2/1/2027");
    REQUIRE(c.declassify_on.has_value());
    CHECK(c.declassify_on->iso() == "2027-02-01");
    CHECK(c.tags == std::vector<std::string>{"PGOV", "PHUM", "KTIP", "CH"});
    CHECK(c.subject == "GUIZHOU LACKS RESOURCES TO COMBAT TRAFFICKING IN PERSONS");
    CHECK(c.references.empty());
}

TEST_CASE("seed cable: classified by and reason", "[seed]")
{
    Cable c = seed();
    CHECK(c.classified_by == "James A. Boughner, Consul General, United States Consulate, Chengdu.");
    CHECK(c.reason == "1.4 (b), (d)");
}

TEST_CASE("seed cable: eight paragraphs in sequence, OCR'd numbers read as 5-8", "[seed]")
{
    Cable c = seed();
    REQUIRE(c.paragraphs.size() == 8);
    for (size_t i = 0; i < 8; ++i) {
        CHECK(c.paragraphs[i].number == int(i + 1));
        CHECK(c.paragraphs[i].marking == (i == 7 ? "SBU" : "C"));
    }
    CHECK(c.paragraphs[0].kind == "summary");
    CHECK(c.paragraphs[0].text.starts_with("Summary: A women's issues NGO-founder"));
    CHECK(c.paragraphs[4].text.starts_with("Li also noted a demographic shift."));
    CHECK(c.paragraphs[7].kind == "comment");
}

TEST_CASE("seed cable: section headings sit before their paragraphs", "[seed]")
{
    Cable c = seed();
    CHECK(c.paragraphs[1].heading.empty());
    CHECK(c.paragraphs[2].heading == "Guizhou Lacks Resources for Anti-TIP Work");
    CHECK(c.paragraphs[3].heading == "Trafficking in Persons a Serious Problem in Guizhou");
    CHECK(c.paragraphs[5].heading == "Discrimination Obstacle for Returned Victims");
    CHECK(c.paragraphs[6].heading == "Smugglers Target Children");
    CHECK(c.paragraphs[7].heading == "Comment");
}

TEST_CASE("seed cable: page breaks removed, broken sentence joined, signature apart", "[seed]")
{
    Cable c = seed();
    for (const auto& p : c.paragraphs) {
        CHECK(p.text.find("CHENGDU 00000032") == std::string::npos);
        CHECK(p.text.find("BOUGHNER") == std::string::npos);
    }
    // ¶4 runs over a blank line in the middle of a sentence.
    CHECK(c.paragraphs[3].text.find("(USD 631), has a large minority population") != std::string::npos);
    CHECK(c.paragraphs[7].text.ends_with("would be an area ripe for funding."));
    CHECK(c.signer == "BOUGHNER");
}
