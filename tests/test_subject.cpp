// The SUBJECT field as real cables of ../shared/cables write it (the lines
// are theirs, as written; the cable id is named beside each): what a copy ran
// on after the subject, the subject's text under a bare keyword, a garbled
// keyword, a word hyphenated across the wrap, an e-mail wrapper's Subject.

#include "parse/CableParser.h"
#include "parse/Subject.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>

#include <string>

using namespace cablesearch;

namespace {
// A cable with the given header lines between its classification line and
// the body, which follows as given (the first paragraph by default).
Cable cable_with_header(const std::string& header, const std::string& body = "\n\n1. (C) Text of the cable.\n")
{
    return parse_cable_text("R 151048Z SEP 09\nFM AMEMBASSY CAIRO\nTO RUEHC/SECSTATE WASHDC 3621\n"
                            "C O N F I D E N T I A L CAIRO 001788\n\nE.O. 12958: DECL: 09/14/2019\nTAGS: PREL EG\n" +
                                header + body,
                            {});
}

bool has_text(const Cable& c, const std::string& words)
{
    for (const auto& p : c.paragraphs)
        if (p.text.find(words) != std::string::npos) return true;
    for (const auto& t : c.other_text)
        if (t.find(words) != std::string::npos) return true;
    return false;
}
} // namespace

TEST_CASE("SUBJECT: what a copy ran on after the subject is not the subject", "[subject]")
{
    // 08CAIRO2221: a banner; the paragraph keeps its words.
    Cable banner = cable_with_header("SUBJECT: IS THE EGYPTIAN GOVERNMENT READY FOR A GLOBAL SLOWDOWN? Sensitive but "
                                     "unclassified. Please handle accordingly.",
                                     "\n1.(SBU) Summary: Egypt's stock market, like nearly all globally, has been "
                                     "significantly down this year.\n");
    CHECK(banner.subject == "IS THE EGYPTIAN GOVERNMENT READY FOR A GLOBAL SLOWDOWN?");
    CHECK(has_text(banner, "Egypt's stock market"));
    // 09EFTOTRIPOLI704: the banner's "ENTIRE TEXT" goes with it.
    CHECK(cable_with_header("SUBJECT: LIBYAN PROTOCOL CHIEF CONFIRMS QADHAFI WILL NOT STAY IN ENGLEWOOD RESIDENCE "
                            "ENTIRE TEXT SENSITIVE BUT UNCLASSIFIED/NOFORN; PLEASE PROTECT ACCORDINGLY.")
              .subject == "LIBYAN PROTOCOL CHIEF CONFIRMS QADHAFI WILL NOT STAY IN ENGLEWOOD RESIDENCE");
    // 07MANAMA1089: a dashed rule on the same line.
    CHECK(cable_with_header("SUBJECT: CENTRAL BANK GOVERNOR UNDERSCORES COMMITMENT TO DOLLAR REMAINS FIRM "
                            "---------------------------------")
              .subject == "CENTRAL BANK GOVERNOR UNDERSCORES COMMITMENT TO DOLLAR REMAINS FIRM");
    // 94ZAGREB176: a rule on the line under the wrapped subject.
    CHECK(cable_with_header("SUBJECT:  A/S SHATTUCK AND CROATIAN HUMAN RIGHTS \nACTIVISTS ASSESS \"THE HUMAN RIGHTS "
                            "CATASTROPHE\" IN THE \nFORMER YUGOSLAVIA \n------ \nSUMMARY \n-------")
              .subject == "A/S SHATTUCK AND CROATIAN HUMAN RIGHTS ACTIVISTS ASSESS \"THE HUMAN RIGHTS CATASTROPHE\" "
                          "IN THE FORMER YUGOSLAVIA");
    // 06YEREVAN1019: a summary cut short, then a second copy of the header.
    Cable copy = cable_with_header("SUBJECT: A PROSTITUTE'S STORY: SEX AND TRAFFICKING IN \n...C O N F I D E N T I A L "
                                   "SECTION 01 OF 03 YEREVAN 001019 SIPDIS SIPDIS DEPT FOR EUR/CARC, DRL, G/TIP E.O. "
                                   "12958: DECL: 07/28/2016 TAGS: HSTC KTIP KWMN KCRM PHUM PREL PGOV AM");
    CHECK(copy.subject == "A PROSTITUTE'S STORY: SEX AND TRAFFICKING IN ...");
    // 09NEWDELHI594: the copy repeats the SUBJECT line whole: the longer one.
    CHECK(cable_with_header("SUBJECT: INDO-IRANIAN RELATIONSHIP: FORMER AMBASSADORS TO \nSUBJECT: INDO-IRANIAN "
                            "RELATIONSHIP: FORMER AMBASSADORS TO IRAN SHARE THEIR VIEWS \nREF: A. NEW DELHI 00451      "
                            "B. KABUL 00705 ")
              .subject == "INDO-IRANIAN RELATIONSHIP: FORMER AMBASSADORS TO IRAN SHARE THEIR VIEWS");
    // 02VATICAN2901: the keyword typed twice.
    CHECK(cable_with_header("SUBJECT: SUBJECT: NO RED CARPET FOR TAIWAN PRESIDENT AT \nVATICAN. ").subject ==
          "NO RED CARPET FOR TAIWAN PRESIDENT AT VATICAN.");
    // 10MADRID87: REF items whose REF line was lost.
    CHECK(cable_with_header("SUBJECT: SCENESETTER FOR WHA A/S VALENZUELA'S JANUARY 31 \nFEBRUARY 3 VISIT TO SPAIN \n"
                            " \xC2\xB6"
                            "B. SANTO DOMINGO 21 \n     \xC2\xB6"
                            "C. 2009 MADRID 1146 ")
              .subject == "SCENESETTER FOR WHA A/S VALENZUELA'S JANUARY 31 FEBRUARY 3 VISIT TO SPAIN");
    // Written for this test: a sentence of prose after a subject in capitals.
    Cable prose = cable_with_header("SUBJECT: AMBASSADOR MEETS FOREIGN MINISTER ON SUMMIT This cable reports on the "
                                    "talks of May 4.");
    CHECK(prose.subject == "AMBASSADOR MEETS FOREIGN MINISTER ON SUMMIT");
    CHECK(has_text(prose, "This cable reports on the talks"));
    // 09PANAMA893: an indented sentence under the subject in capitals.
    CHECK(cable_with_header("SUBJECT: TOCUMEN INTERNATIONAL AIRPORT FLYING HIGH BUT CORRUPTION \nCAUSING DRAG \n"
                            " Is the net still open in Latin America? A year in review")
              .subject == "TOCUMEN INTERNATIONAL AIRPORT FLYING HIGH BUT CORRUPTION CAUSING DRAG");
}

TEST_CASE("SUBJECT: mixed case, names and a code before a colon stay the subject", "[subject]")
{
    // 08MOSCOW2428, 09MEXICO3423: a code or country before a colon, then mixed case.
    CHECK(cable_with_header("SUBJECT: TFGG01: Russian media declares war over - now what? ").subject ==
          "TFGG01: Russian media declares war over - now what?");
    CHECK(cable_with_header("SUBJECT: MEXICO: Scene setter for A/S Valenzuela \n(6-8 December) ").subject ==
          "MEXICO: Scene setter for A/S Valenzuela (6-8 December)");
    // 04MADRID1933: an initial at the start of the wrapped line is no REF item.
    CHECK(cable_with_header("SUBJECT: SPAIN COUNTRY CLEARANCE FOR DOE/NNSA/DPTRAV DAVID \nB. MARKS \n \nREF: STATE "
                            "101479 ")
              .subject == "SPAIN COUNTRY CLEARANCE FOR DOE/NNSA/DPTRAV DAVID B. MARKS");
}

TEST_CASE("SUBJECT: the text on the line after a bare keyword", "[subject]")
{
    // 09CAIRO1788: the keyword alone, a blank line, the subject run on into
    // the Classified By field.
    Cable c = cable_with_header("SUBJECT:\n\nARAB LEAGUE SPOKESMAN BRIEFS ON SEPTEMBER MINISTERIAL Classified By: "
                                "Minister Counselor for Economic and Political Affairs Donald A. Blome for reasons "
                                "1.4 (b) and (d).",
                                "\n1.(C) Key Points: -- According to Arab League (AL) Cabinet Chief Hisham Youssef.\n");
    CHECK(c.subject == "ARAB LEAGUE SPOKESMAN BRIEFS ON SEPTEMBER MINISTERIAL");
    CHECK(c.classified_by == "Minister Counselor for Economic and Political Affairs Donald A. Blome");
    CHECK(c.reason == "1.4 (b) and (d).");
    // 09CAIRO213: the subject's line runs on into a banner, kept as text.
    Cable banner = cable_with_header("SUBJECT:\n\nINVESTMENT SCANDAL ADDS TO STOCK MARKET WOES Sensitive but "
                                     "unclassified. Please handle accordingly.",
                                     "\n\xC2\xB6"
                                     "1. (U) Cairo is abuzz with talk of a serious investment fraud allegation.\n");
    CHECK(banner.subject == "INVESTMENT SCANDAL ADDS TO STOCK MARKET WOES");
    CHECK(has_text(banner, "Please handle accordingly."));
}

TEST_CASE("SUBJECT: a garbled keyword", "[subject]")
{
    std::string_view value;
    // 09TRIPOLI925
    CHECK(cable_with_header("UBJECT: 110 LIBYAN COMPANIES PRIVATIZED: HEAD OF LIBYAN PRIVATIZATION AUTHORITY REPORTS ON "
                            "CONTINUED PROGRESS REF: TRIPOLI 869 TRIPOLI 00000925 001.2 OF 002")
              .subject == "110 LIBYAN COMPANIES PRIVATIZED: HEAD OF LIBYAN PRIVATIZATION AUTHORITY REPORTS ON "
                          "CONTINUED PROGRESS");
    for (const char* line : {"SUBJEC: OIL", "SUBJET: OIL", "SUBJCT: OIL", "SUBJECTT: OIL"}) {
        INFO(line);
        CHECK(take_subject_keyword(line, value));
        CHECK(value == "OIL");
    }
    // Words of prose with a colon are no keyword.
    CHECK_FALSE(take_subject_keyword("OBJECT: OIL", value));
    CHECK_FALSE(take_subject_keyword("PROJECT: OIL", value));
}

TEST_CASE("SUBJECT: a word hyphenated across the wrap is one word", "[subject]")
{
    // 04BAGHDAD137
    CHECK(cable_with_header("SUBJECT: USEB 072: THE IRAQI INTERIM GOVERNMENT AND AL- \nJAZEERA ").subject ==
          "USEB 072: THE IRAQI INTERIM GOVERNMENT AND AL-JAZEERA");
    // 04MANAMA569
    CHECK(cable_with_header("SUBJECT: DEMARCHE DELIVERED: UNSC DRAFT RESOLUTION ON NON- \nPROLIFERATION ").subject ==
          "DEMARCHE DELIVERED: UNSC DRAFT RESOLUTION ON NON-PROLIFERATION");
    // 92ZAGREB2532: a dash that starts the next line stays a dash of its own.
    CHECK(cable_with_header("SUBJECT:  CYGOOL:  HUMAN RIGHTS ABUSES IN BOSNIA- \n-         HERCEGOVINA - CASE OF S.M., "
                            "MUSLIM MALE ")
              .subject == "CYGOOL: HUMAN RIGHTS ABUSES IN BOSNIA- - HERCEGOVINA - CASE OF S.M., MUSLIM MALE");
}

TEST_CASE("SUBJECT: the e-mail wrapper's Subject line for a telegram without one", "[subject]")
{
    // 09TRIPOLI63: the telegram's header lost its SUBJECT line.
    Cable c = parse_cable_text(
        "From: CBPC, EACTAPP\nSent: Wednesday, January 28, 2009 12:33 PM\nTo: EACTTripoli\nSubject: TRIPOLI 00000063 "
        "P CO 28-JAN-09 RISKY BUSINESS? AMERICAN\nCONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL [8466936]\n\n"
        "CONFIDENTIAL\n\nVZCZCXRO6748\nPP RUEHROV\nDE RUEHTRO #0063/01 0281042\nZNY CCCCC ZZH\nP 281042Z JAN 09\n"
        "FM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC PRIORITY 4371\nC O N F I D E N T I A L SECTION 01 OF 02 "
        "TRIPOLI 000063 \n \nSIPDIS \n \nE.O. 12958: DECL:  1/25/2019 \nTAGS: PREL ECON EFIN ETRD EPET ASEC CVIS LY"
        "\n\nCLASSIFIED BY: Gene Cretz, Ambassador, U.S. Embassy Tripoli, U.S. Department of State. REASON: 1.4 (b), "
        "(d) \n\n1. (C) Text of the cable.\n",
        {});
    CHECK(c.subject == "RISKY BUSINESS? AMERICAN CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL");
    std::vector<std::string_view> wrapper{"Subject: NO TELEGRAM HEADER HERE", "Importance: High"};
    CHECK(subject_of_wrapper(wrapper) == "NO TELEGRAM HEADER HERE");
}

TEST_CASE("SUBJECT: a subject a summary cut short, the full header below it", "[subject]")
{
    // 04THEHAGUE1049: a partial extract, a database record, the header again.
    Cable c = parse_cable_text(
        "This record is a partial extract of the original cable. The full text of the original cable is not "
        "available.\nC O N F I D E N T I A L THE HAGUE 001049 \n \nSIPDIS \n \nE.O. 12958: DECL: 04/23/14 \nTAGS: PREL "
        "KCRM PHUM KWMN NL\nSUBJECT: NETHER...\n\n\n16331\n\n2004-04-26\n\n04THEHAGUE1049\n\nEmbassy The Hague\n\n"
        "CONFIDENTIAL\n\n\n\nC O N F I D E N T I A L THE HAGUE 001049 \n\nSIPDIS \n\nE.O. 12958: DECL: 04/23/14 \nTAGS: "
        "PREL KCRM PHUM KWMN NL\nSUBJECT: NETHERLANDS AND THE TIP - TIER ONE \n\nCLASSIFIED BY AMBASSADOR SOBEL. "
        "REASONS: 1.4 (B & D). \n\n1. (C) Text.\n",
        {});
    CHECK(c.subject == "NETHERLANDS AND THE TIP - TIER ONE");
    CHECK(c.classified_by == "AMBASSADOR SOBEL");
    // 08TBILISI1349: the copy below ran its fields together.
    std::vector<std::string_view> lines{
        "SUBJECT: GEORGIA: SITREP 5: GEORGIANS NEARLY EXHAUSTED; ", "PULL BACK FROM SOUTH OSSE...", "",
        "SUBJECT: GEORGIA: SITREP 5: GEORGIANS NEARLY EXHAUSTED; PULL BACK FROM SOUTH OSSETIA REF: TBILISI 1348 "
        "CLASSIFIED BY: AMBASSADOR JOHN F. TEFFT FOR REASONS 1.4 (B) AND (D) "};
    CHECK(subject_in_later_copy(lines, 0,
                                "GEORGIA: SITREP 5: GEORGIANS NEARLY EXHAUSTED; PULL BACK FROM SOUTH OSSE...") ==
          "GEORGIA: SITREP 5: GEORGIANS NEARLY EXHAUSTED; PULL BACK FROM SOUTH OSSETIA");
    // 07MOSCOW1704: no full copy, the subject stays as cut.
    CHECK(subject_in_later_copy(lines, 0, "RUSSIAN SCIEN...").empty());
}

TEST_CASE("SUBJECT and Classified By: the survey of ../shared finds no suspicious reading", "[subject][classified-by][shared]")
{
    std::string shared = testing::shared_dir();
    if (shared.empty()) {
        WARN("../shared/cables is absent: skipping the survey of SUBJECT and Classified By");
        return;
    }
    // The text edition, where the parser reads unaided (the README lists the
    // counts before these rules and the one case of the page edition left).
    testing::ToolResult r = testing::run_tool(
        testing::source_dir() + "/scripts/survey-fields",
        {"--bin", CABLE_INDEX_BIN, "--shared", shared, "--format", "text", "--without-ids",
         "--max", "subject-runs-on=0", "--max", "subject-split-word=0", "--max", "subject-cut-short=0",
         "--max", "subject-missed=0", "--max", "classified-by-reason=0", "--max", "classified-by-split-word=0",
         "--max", "classified-by-missed=0", "--max", "reason-missed=0"});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
}
