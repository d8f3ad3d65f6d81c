// TO and INFO addressees as real cables of ../shared/cables write them (the
// lines are theirs, as written): what runs on below a list is no addressee.

#include "parse/CableParser.h"
#include "parse/RoutingHeader.h"

#include <catch2/catch.hpp>

using namespace cablesearch;
using V = std::vector<std::string>;

namespace {
V names(const std::vector<Addressee>& list)
{
    V out;
    for (const auto& a : list) out.push_back(a.name);
    return out;
}

Cable cable_of(const std::string& routing)
{
    return parse_cable_text(routing + "\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST\n\n1. (C) Text.\n", {});
}
} // namespace

TEST_CASE("addressees: a receiving office's distribution is no INFO list", "[addressees]")
{
    // 00HARARE5461
    Cable c = cable_of("                           CONFIDENTIAL     PTQ2529\n\n"
                       "PAGE 01        HARARE  05461  01 OF 02  271458Z \nACTION AF-00    \n\n"
                       "INFO  LOG-00   NP-00    ACQ-00   CIAE-00  DINT-00  DODE-00  SRPP-00  \n"
                       "      DS-00    EUR-00   FBIE-00  VC-00    H-01     TEDE-00  INR-00   \n"
                       "      NFAT-00  SAS-00     /006W\n"
                       "                  ------------------8A8E0D  271459Z /38    \n"
                       "O 271458Z SEP 00\nFM AMEMBASSY HARARE\nTO SECSTATE WASHDC IMMEDIATE 7212\n"
                       "INFO NSC WASHDC IMMEDIATE\nSOUTHERN AFRICAN DEVELOPMENT COMMUNITY\n"
                       "C O N F I D E N T I A L SECTION 01 OF 02 HARARE 005461 \n");
    CHECK(names(c.to) == V{"SECSTATE WASHDC"});
    CHECK(names(c.info) == V{"NSC WASHDC", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY"});
}

TEST_CASE("addressees: a record, a date or a page break below the list ends it", "[addressees]")
{
    // 06MEXICO1311: the database record a copy ran on below the list
    Cable mexico = cable_of("R 092228Z MAR 06\nFM AMEMBASSY MEXICO\nTO RUEHC/SECSTATE WASHDC 9558\n"
                            "INFO RUEHXC/ALL US CONSULATES IN MEXICO COLLECTIVE\n55988\n2006-03-09 22:28:00\n"
                            "06MEXICO1311\nEmbassy Mexico\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n06MEXICO536\n"
                            "VZCZCXRO4180\nUNCLAS SECTION 01 OF 02 MEXICO 001311 \n");
    CHECK(names(mexico.info) == V{"ALL US CONSULATES IN MEXICO COLLECTIVE"});
    // 07NEWDELHI909: a newspaper's date line under the list
    Cable delhi = cable_of("O 231141Z FEB 07\nFM AMEMBASSY NEW DELHI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 3348\n"
                           "INFO RUEKJCS/SECDEF WASHDC\nRUEKJCS/JOINT STAFF WASHDC\nFriday, 23 February 2007, 11:41\n"
                           "S E C R E T SECTION 01 OF 06 NEW DELHI 000909 \n");
    CHECK(names(delhi.info) == V{"SECDEF WASHDC", "JOINT STAFF WASHDC"});
    // 08QUITO221: the record's fields
    CHECK_FALSE(is_addressee_line("refid: 08QUITO221"));
    CHECK_FALSE(is_addressee_line("destination: 08QUITO219"));
    CHECK_FALSE(is_addressee_line("ID:247169 Cable dated:2010-02-04T10:15:00"));
    // Page breaks, transmission lines, groups cut short
    CHECK_FALSE(is_addressee_line("PAGE 02 HARARE 05461 01 OF 02 271458Z"));
    CHECK_FALSE(is_addressee_line("TRIPOLI 00000402 001.2 OF 003"));
    CHECK_FALSE(is_addressee_line("DE RUEHNT #0902/01"));
    CHECK_FALSE(is_addressee_line("O 282024Z MAR"));
    CHECK_FALSE(is_addressee_line("12/16/2009 14:15"));
    // Units with numbers and office symbols are addressees.
    CHECK(is_addressee_line("39ABG INCIRLIK AB TU"));
    CHECK(is_addressee_line("JOINT STAFF WASHDC//J-9:JOD//"));
    CHECK(is_addressee_line("RUEHMO/AMEMBASSY MOSCOW IMMEDIATE 2593-2599"));
}

TEST_CASE("addressees: the posts after XMT are exempted, not informed", "[addressees]")
{
    // 00STATE228859
    Cable c = cable_of("O 010044Z DEC 00\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS IMMEDIATE\n"
                       "INFO CIA WASHDC IMMEDIATE 9698\nUSCINCSO MIAMI FL IMMEDIATE\n"
                       "USCENTCOM MACDILL AFB FL IMMEDIATE\nXMT AMCONSUL AUCKLAND\nAMCONSUL DURBAN\nAMEMBASSY KOROR\n"
                       "S E C R E T STATE 228859 \n");
    CHECK(names(c.info) == V{"CIA WASHDC", "USCINCSO MIAMI FL", "USCENTCOM MACDILL AFB FL"});
}

TEST_CASE("addressees: La Paz with a month, serial ranges", "[addressees]")
{
    // 06BOGOTA2291: Lima's serial 3401 on La Paz's line
    CHECK(names(parse_addressees("RUEHLP/AMEMBASSY LA PAZ MAR LIMA 3401")) == V{"AMEMBASSY LA PAZ", "AMEMBASSY LIMA"});
    CHECK(names(parse_addressees("RUEHLP/AMEMBASSY LA PAZ NOV 8357")) == V{"AMEMBASSY LA PAZ"});
    CHECK(names(parse_addressees("RUEHLP/AMEMBASSY LA PAZ JAN RIO DE JANEIRO 0062")) ==
          V{"AMEMBASSY LA PAZ", "AMCONSUL RIO DE JANEIRO"});
    // 09STATE81957: one serial for each section
    auto moscow = parse_addressees("TO RUEHMO/AMEMBASSY MOSCOW IMMEDIATE 2593-2599");
    REQUIRE(moscow.size() == 1);
    CHECK(moscow[0].name == "AMEMBASSY MOSCOW");
    CHECK(moscow[0].precedence == "IMMEDIATE");
}
