#include "parse/Classification.h"
#include "parse/PostNames.h"

#include <catch2/catch.hpp>

using namespace cablesearch;

TEST_CASE("classification lines", "[classification]")
{
    auto c = parse_classification_line("C O N F I D E N T I A L SECTION 01 OF 02 CHENGDU 000032");
    REQUIRE(c);
    CHECK(c->level == "CONFIDENTIAL");
    CHECK(c->section == "01 OF 02");
    CHECK(c->post_code == "CHENGDU");
    CHECK(c->serial == "000032");

    auto s = parse_classification_line("S E C R E T SECTION 01 OF 03 BANDAR SERI BEGAWAN 0214 NOFORN");
    REQUIRE(s);
    CHECK(s->post_code == "BANDARSERIBEGAWAN");
    CHECK(s->caveats == std::vector<std::string>{"NOFORN"});
    CHECK(release_classification(s->level, s->caveats) == "SECRET//NOFORN");

    auto u = parse_classification_line("UNCLAS SECTION 01 OF 02 BRASILIA 000187 SENSITIVE SIPDIS");
    REQUIRE(u);
    CHECK(release_classification(u->level, u->caveats) == "UNCLASSIFIED//FOR OFFICIAL USE ONLY");

    CHECK(parse_classification_line("C o n f i d e n t i a l STATE 123456")->level == "CONFIDENTIAL");
    CHECK(parse_classification_line("LIMITED OFFICIAL USE LIMA 001234")->level == "LIMITED OFFICIAL USE");
    CHECK_FALSE(parse_classification_line("SECRET POLICE ARRESTED THE STUDENTS OUTSIDE THE UNIVERSITY GATES ON MONDAY"));
    CHECK_FALSE(parse_classification_line("TAGS: PGOV"));
}

TEST_CASE("handling lines", "[classification]")
{
    CHECK(parse_handling_line("SIPDIS") == std::vector<std::string>{"SIPDIS"});
    CHECK(parse_handling_line("NOFORN SIPDIS") == std::vector<std::string>{"NOFORN", "SIPDIS"});
    CHECK(parse_handling_line("E F T O") == std::vector<std::string>{"EFTO"});
    CHECK(parse_handling_line("SIPDIS was applied").empty());
}

TEST_CASE("post names", "[posts]")
{
    CHECK(post_name_for_fm_line("AMCONSUL CHENGDU") == "Consulate Chengdu");
    CHECK(post_name_for_fm_line("AMEMBASSY THE HAGUE") == "Embassy The Hague");
    CHECK(post_name_for_fm_line("SECSTATE WASHDC") == "Secretary of State");
    CHECK(post_name_for_fm_line("USMISSION USUN NEW YORK") == "USUN New York");
    CHECK(post_name_for_code("ADDISABABA") == "Embassy Addis Ababa");
    CHECK(post_name_for_code("AITTAIPEI") == "American Institute Taiwan, Taipei");
}
