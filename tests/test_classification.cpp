#include "parse/CableParser.h"
#include "parse/Classification.h"
#include "parse/PostNames.h"
#include "parse/RoutingHeader.h"

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

TEST_CASE("classification lines as copies garble them", "[classification]")
{
    // First letter doubled or lost.
    auto doubled = parse_classification_line("SS E C R E T SECTION 01 OF 02 PARIS 001699");
    REQUIRE(doubled);
    CHECK(doubled->level == "SECRET");
    CHECK(doubled->serial == "001699");
    CHECK(parse_classification_line("UUNCLAS MANAGUA 001002")->level == "UNCLASSIFIED");
    CHECK(parse_classification_line("E C R E T SECTION 01 OF 03 BAGHDAD 000146")->level == "SECRET");
    CHECK(parse_classification_line("NCLAS SECTION 01 OF 02 BRASILIA 001017")->post_code == "BRASILIA");
    // A lost letter counts only on a whole classification line.
    CHECK_FALSE(parse_classification_line("ECRET MEETINGS WERE HELD"));

    // Text glued to the serial, and a second serial after it.
    auto glued = parse_classification_line("C O N F I D E N T I A L SECTION 01 OF 02 RIYADH 000732SENSITIVE SIPDISNEA FOR");
    REQUIRE(glued);
    CHECK(glued->serial == "000732");
    CHECK(glued->caveats == std::vector<std::string>{"SENSITIVE"});
    auto tosec = parse_classification_line("S E C R E T  STATE 255195 TOSEC 140301");
    REQUIRE(tosec);
    CHECK(tosec->post_code == "STATE");
    CHECK(tosec->serial == "255195");

    // Inside a line a copy ran together.
    auto inside = find_classification_in_line("Cable dated:2008-05-07T17:53:00C O N F I D E N T I A L RIYADH 000732");
    REQUIRE(inside);
    CHECK(inside->level == "CONFIDENTIAL");
    CHECK(inside->post_code == "RIYADH");
    CHECK_FALSE(find_classification_in_line("THE SECRET POLICE ARRESTED 300 STUDENTS"));
}

TEST_CASE("caveats from header lines, the transmission line and markings", "[classification]")
{
    CHECK(leading_handling_words("NOFORN SIPDIS DEPT FOR NEA/MAG") == std::vector<std::string>{"NOFORN", "SIPDIS"});
    CHECK(leading_handling_words("SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT").empty());
    CHECK(leading_handling_words("DEPT FOR EUR/RUS").empty());
    CHECK(trailing_handling_words("RIO DE JANEIRO FOR RSO SOUTHCOM ALSO FOR POLAD SENSITIVE SIPDIS") ==
          std::vector<std::string>{"SENSITIVE", "SIPDIS"});
    CHECK(trailing_handling_words("PLEASE PASS TO NSC SENSITIVE").empty());

    CHECK(transmission_level("ZNY CCCCC ZZH") == "CONFIDENTIAL");
    CHECK(transmission_level("ZNY SSSSS ZZH") == "SECRET");
    CHECK(transmission_level("ZNR UUUUU ZZH") == "UNCLASSIFIED");
    CHECK(transmission_level("ZNY EEEEE ZZH") == "UNCLASSIFIED");
    CHECK(transmission_level("FM AMEMBASSY PARIS").empty());

    CHECK(level_of_marking("S/NF") == "SECRET");
    CHECK(level_of_marking("SBU") == "UNCLASSIFIED");
    CHECK(level_of_marking("C") == "CONFIDENTIAL");

    // The release files unclassified cables with a SENSITIVE or stray NOFORN caption as FOUO.
    CHECK(release_classification("UNCLASSIFIED", {"NOFORN"}) == "UNCLASSIFIED//FOR OFFICIAL USE ONLY");
    CHECK(release_classification("CONFIDENTIAL", {"SIPDIS"}) == "CONFIDENTIAL");
}

TEST_CASE("classification lines with a garbled SECTION give the post and serial", "[classification][ids]")
{
    auto read = [](const char* line) {
        auto c = parse_classification_line(line);
        REQUIRE(c);
        return c->section + " | " + c->post_code + " | " + c->serial;
    };
    // 08MANAMA492, released as 08ECTION01OF02MANAMA492
    CHECK(read("C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492") == "01 OF 02 | MANAMA | 000492");
    CHECK(read("S E C R E T SCTION 01 OF 03 TRIPOLI 000123") == "01 OF 03 | TRIPOLI | 000123");
    CHECK(read("CONFIDENTIAL SECTION01 GF02 RIYADH 000732") == "01 OF 02 | RIYADH | 000732");
    // The section's total glued to the post, whose T was OCR'd as a Q.
    CHECK(read("C O N F I D E N T I A L SECTION 02 OF 03QRIPOLI 000402") == "02 OF 03 | TRIPOLI | 000402");
    // 92ZAGREB2173 and ten others: two levels, the second no part of the post
    auto z = parse_classification_line("UNCLASSIFIED LIMITED OFFICIAL USE SECTION 01 OF 05 ZAGREB  02173 ");
    REQUIRE(z);
    CHECK(z->level == "UNCLASSIFIED");
    CHECK(z->post_code == "ZAGREB");
    CHECK(read("C O N F I D E N T I A L SECTION 01 OF 02 SAO PAULO 000493") == "01 OF 02 | SAOPAULO | 000493");
}

TEST_CASE("the cable's id from a garbled classification line", "[classification][ids]")
{
    auto id_of = [](const std::string& line, const std::string& released) {
        CableHints hints;
        hints.id = released;
        return parse_cable_text("R 241854Z AUG 08\nFM AMEMBASSY MANAMA\nTO SECSTATE WASHDC\n" + line +
                                    "\n\nTAGS: PREL\nSUBJECT: TEST\n\n1. (C) Text.\n",
                                hints);
    };
    Cable manama = id_of("C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492", "");
    CHECK(manama.id == "08MANAMA492");
    // The release's malformed id stays beside the text's.
    Cable released = id_of("C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492", "08ECTION01OF02MANAMA492");
    CHECK(released.id == "08MANAMA492");
    CHECK(released.released_id == "08ECTION01OF02MANAMA492");
    // A line garbled past reading names no post: the release's id stands.
    Cable garbled = id_of("C O N F I D E N T I A L SECTION 01 OF 02 MXNXMX 000492", "08MANAMA492");
    CHECK(garbled.id == "08MANAMA492");
    CHECK(garbled.released_id.empty());
}
