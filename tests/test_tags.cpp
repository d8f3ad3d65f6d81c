// The TAGS field as real cables of ../shared/cables write it (the lines are
// theirs, as written): misspelt keywords, wrapped fields, page headers run
// into the field, a second keyword, OCR damage.

#include "parse/CableParser.h"
#include "parse/TagList.h"

#include <catch2/catch.hpp>

using namespace cablesearch;
using V = std::vector<std::string>;

namespace {
// A cable with the given header lines between its classification line and
// its first paragraph.
Cable cable_with_header(const std::string& header)
{
    return parse_cable_text("R 241854Z AUG 07\nFM AMEMBASSY BUENOS AIRES\nTO RUEHC/SECSTATE WASHDC 9020\n"
                            "C O N F I D E N T I A L BUENOS AIRES 001673\n\n" +
                                header + "\n\n1. (C) Text of the cable.\n",
                            {});
}
} // namespace

TEST_CASE("TAGS: a misspelt keyword before a list of codes", "[tags]")
{
    std::string_view value;
    // 07BUENOSAIRES1673, run onto the E.O. line
    CHECK(cable_with_header("E.O. 12958: DECL: 08/22/2017 AGS: PGOV, PREL, ECON, SOCI, AR").tags ==
          V{"PGOV", "PREL", "ECON", "SOCI", "AR"});
    // 09BRASILIA952, 10BERLIN194: the keyword without its S and colon
    CHECK(cable_with_header("E.O. 12958: DECL: 07/31/2019\nTAG MASS, PREL, BR").tags == V{"MASS", "PREL", "BR"});
    CHECK(cable_with_header(" TAG KCFE, PARM, PREL, NATO, NPT, CD, UK, GM ").tags ==
          V{"KCFE", "PARM", "PREL", "NATO", "NPT", "CD", "UK", "GM"});
    for (const char* line : {"TAS: PTER, PREL", "TABS: PTER, PREL", "TGS: PTER, PREL", "TAGES: PTER, PREL",
                             "AGS: PTER, PREL", "TAG PTER PREL"}) {
        INFO(line);
        CHECK(take_tags_keyword(line, value));
        CHECK(parse_tag_list(value) == V{"PTER", "PREL"});
    }
    // Words that look alike are no keyword: prose, or no codes after them.
    CHECK_FALSE(take_tags_keyword("TAX: THE NEW LAW RAISES RATES", value));
    CHECK_FALSE(take_tags_keyword("TAG: the ship was tagged", value));
    CHECK_FALSE(take_tags_keyword("TASKS: PREL", value));
}

TEST_CASE("TAGS: a field continued on the next line", "[tags]")
{
    // 06PORTLOUIS752, 09VATICAN119: a list without commas wraps onto a line of its own
    CHECK(cable_with_header("TAGS: PREL MARR EPET PBTS ECON PHSA PINS IN MP IO\nSF \n"
                            "SUBJECT: MAURITIUS DENIES PLAN TO CEDE AGALEGA ISLANDS TO INDIA")
              .tags == V{"PREL", "MARR", "EPET", "PBTS", "ECON", "PHSA", "PINS", "IN", "MP", "IO", "SF"});
    CHECK(cable_with_header("TAGS: AORC BEXP EAGR ENRG FAO PGOV PREL SENV UN DA SF\nVT\n"
                            "SUBJECT: POPE TURNS UP THE HEAT ON ENVIRONMENTAL PROTECTION")
              .tags.back() == "VT");
    // 04MADRID1708, 04MADRID1955: a person named in parentheses, wrapped
    CHECK(cable_with_header("TAGS: CVIS, KVPR, PTER, ASEC, CMGT, PINR, PREL, SP (EL\nHARRAK, SAED)\n"
                            "SUBJECT:  VISAS VIPER SUBMISSION")
              .tags == V{"CVIS", "KVPR", "PTER", "ASEC", "CMGT", "PINR", "PREL", "SP", "EL HARRAK, SAED"});
    CHECK(cable_with_header("TAGS: CVIS, KVPR, PTER, ASEC, CMGT, PINR, PREL, \n(BELHADJ, YOUSEFF) \n"
                            "SUBJECT:  VISAS VIPER SUBMISSION")
              .tags.back() == "BELHADJ, YOUSEFF");
    // 04MADRID1636: hyphenated at the end of the line
    CHECK(cable_with_header("TAGS: CVIS, KVPR, PTER, ASEC, CMGT, PINR, PREL, SP (AL-\n"
                            "FETORY, SHEREF AKA: AL-FAYTURI, SARIF)\nSUBJECT:  VISAS VIPER SUBMISSION")
              .tags.back() == "AL-FETORY, SHEREF AKA AL-FAYTURI, SARIF");
    // Header notes under the field are not codes (09CAIRO1788: "DEPARTMENT FOR NEA/ELA").
    CHECK(cable_with_header("TAGS: PREL KPAL\nDEPT FOR NEA/ELA\nSUBJECT: ARAB LEAGUE").tags == V{"PREL", "KPAL"});
}

TEST_CASE("TAGS: page headers run into the field, a second keyword, OCR damage", "[tags]")
{
    // 00LIMA2475: the csv dump joined the TAGS lines of every page with their page headers
    CHECK(parse_tag_list("PINR, PGOV, PREL, PGOV, PREL, PGOV, PREL, PE                          SECRET       PAGE 02"
                         "        LIMA  02475  01 OF 03  251228Z PINR, PE                          SECRET       PAGE 02"
                         "        LIMA  02475  02 OF 03  251229Z ") == V{"PINR", "PGOV", "PREL", "PE"});
    CHECK(parse_tag_list("PTER, IT SECRET PAGE 02 ROME 03067 211833Z") == V{"PTER", "IT"});
    // 03VATICAN283
    CHECK(parse_tag_list("PREL, PHUM, TBIO, UNCLASSIFIED    PAGE 02        VATICA  00283  01 OF 05  241033Z VT") ==
          V{"PREL", "PHUM", "TBIO", "VT"});
    // 04BOGOTA3103: the keyword twice on one line
    CHECK(cable_with_header("TAGS: SNAR, PHUM, CO, TAGS: MASS \nSUBJECT: THE FUTURE OF THE INFRASTRUCTURE SECURITY")
              .tags == V{"SNAR", "PHUM", "CO", "MASS"});
    CHECK(parse_tag_list("PGOV, PREL TAGS PHUM") == V{"PGOV", "PREL", "PHUM"});
    // 85ATHENS12991: SUBJECT: TERRORIST UPDATE
    CHECK(parse_tag_list(" P'ER, GR ") == V{"PTER", "GR"});
    // No code is one letter: "U.S.-Oman Relations", "ENVIRONMENT/S&T", "AU-I".
    CHECK(parse_tag_list("ETRD, BEXP, ECON, ELAB, EINV, MU, Economic Affairs, U.S.-Oman Relations") ==
          V{"ETRD", "BEXP", "ECON", "ELAB", "EINV", "MU"});
    CHECK(parse_tag_list("TBIO, UNGA, KSCI, YE, DEMARCHE, ENVIRONMENT/S&T") ==
          V{"TBIO", "UNGA", "KSCI", "YE", "DEMARCHE", "ENVIRONMENT"});
    // 02TEGUCIGALPA2966, 04TEGUCIGALPA654
    CHECK(parse_tag_list("NONE ").empty());
    CHECK(parse_tag_list("N/A ").empty());
    // Tags that copies glued together stay as the release linked them (02ROME1196).
    CHECK(parse_tag_list("PHUM, OPRC, OPRC, IT, ITPHUM, ITPHUM, HUMAN RIGHTS") ==
          V{"PHUM", "OPRC", "IT", "ITPHUM", "HUMAN", "RIGHTS"});
}
