// The Classified By field and its reason as real cables of ../shared/cables
// write them (the lines are theirs, as written; the cable id is named beside
// each): the line inside paragraph 1, the reason introduced by "per", "based
// on", "for reasons" misspelt or wrapped, a name cut by the 56-character wrap.

#include "parse/CableParser.h"
#include "parse/ClassifiedBy.h"

#include <catch2/catch.hpp>

#include <string>

using namespace cablesearch;

namespace {
// A cable with the given lines after its E.O. and TAGS fields: the rest of
// the header, then the body.
Cable cable_with(const std::string& lines)
{
    return parse_cable_text("R 151048Z SEP 96\nFM AMEMBASSY RIYADH\nTO RUEHC/SECSTATE WASHDC 3621\n"
                            "C O N F I D E N T I A L RIYADH 000763\n\nE.O. 12958: DECL: 09/14/2006\nTAGS: PREL SA\n"
                            "SUBJECT: A SUBJECT\n\n" +
                                lines,
                            {});
}

struct Field {
    std::string by, reason;
    bool operator==(const Field&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Field& f) { return os << '{' << f.by << " | " << f.reason << '}'; }

Field field_of(const std::string& lines)
{
    Cable c = cable_with(lines);
    return {c.classified_by, c.reason};
}
} // namespace

TEST_CASE("Classified By: the line inside the first paragraph", "[classified-by]")
{
    // 00STATE228859: the paragraph goes on after the reason.
    Cable c = cable_with("1. (U) CLASSIFIED BY PM A/S ERIC D. NEWSOM. REASON 1.5 \n(B/D). THIS IS AN ACTION CABLE "
                         "THAT HAS BEEN CLEARED BY \nEUR AND NEA.\n\n2. (C) Text.\n");
    CHECK(c.classified_by == "PM A/S ERIC D. NEWSOM");
    CHECK(c.reason == "1.5 (B/D).");
    // The paragraph keeps all its words.
    REQUIRE(!c.paragraphs.empty());
    CHECK(c.paragraphs[0].text.find("CLASSIFIED BY PM A/S ERIC D. NEWSOM. REASON 1.5 (B/D). THIS IS AN ACTION CABLE") !=
          std::string::npos);
    // 96RIYADH763: the code after a colon, no reason word.
    CHECK(field_of("1.  (U)  CLASSIFIED BY DCM THEODORE KATTOUF: 1.5 B. \n \n2.  (C) Text.\n") ==
          Field{"DCM THEODORE KATTOUF", "1.5 B."});
    // 95TELAVIV17508: after the banner sentence; "per sections" introduces the reason.
    CHECK(field_of("1. CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY RICHARD ERDMAN, \nPOL/C, PER SECTIONS 1.5(B) AND "
                   "(D). \n\n2. NEWS OF RABIN'S ASSASSINATION HAS LEFT ISRAELIS DAZED, \n") ==
          Field{"RICHARD ERDMAN, POL/C", "1.5(B) AND (D)."});
    // 95TELAVIV17504: a reason and no name.
    CHECK(field_of("1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B) \nAND (D).  NIACT PRECEDENCE "
                   "BECAUSE OF GOVERNMENT CRISIS IN \nISRAEL.\n") == Field{"", "1.5 (B) AND (D)."});
    // 96DAMASCUS4911: in paragraph 2, under a note in paragraph 1.
    CHECK(field_of("1.  THIS MESSAGE CONTAINS AN ACTION REQUEST IN PARA 5. \n \n2. (U) CLASSIFIED BY CDA MARJORIE "
                   "RANSOM, REASON: 1.5 \n(B) AND (D). \n \n3. (C) IN A RECENT DISCUSSION ON TERRORIST GROUPS \n") ==
          Field{"CDA MARJORIE RANSOM", "1.5 (B) AND (D)."});
    // 01VATICAN2295: a page break inside the field.
    CHECK(field_of("1. (U) CLASSIFIED BY CHARGE D'AFFAIRES A.I. JOSEPH \n                       CONFIDENTIAL \n \n"
                   "PAGE 02        VATICA  02295  01 OF 04  270100Z \nMERANTE.  REASONS: 1.5 (B) AND (D). \n \n2. (C) "
                   "SUMMARY: THERE IS NO NEW INFORMATION SUGGESTING \n") ==
          Field{"CHARGE D'AFFAIRES A.I. JOSEPH MERANTE", "1.5 (B) AND (D)."});
    // 97SOFIA3097: OCR zeros in the reason word.
    CHECK(field_of("1.(U)  CLASSIFIED BY AMBASSAD0R B0HLEN.  REAS0N: \n1.5(B,D). \n\n2. (C) Text.\n") ==
          Field{"AMBASSAD0R B0HLEN", "1.5(B,D)."});
}

TEST_CASE("Classified By: prose that says classified by is no field", "[classified-by]")
{
    // 08SANJOSE859, paragraph 2
    CHECK(field_of("\xC2\xB6" "1. (U) Summary.\n\n\xC2\xB6" "2. (U) According to the latest \"State of the Nation\" "
                   "(SotN#13) \nreport, nearly all of Costa Rica's population -- 98 percent -- \nreceives water from pipes "
                   "and almost all Costa Rican households -- \n94 percent - have access to running water.  The Costa Rican "
                   "Water \nand Sewage Institute (AyA), a national but autonomous public \nutility, states that 82 percent "
                   "of the population receives potable \nwater and that 16 percent receives untreated water classified by "
                   "AyA \nas unpotable. \n") == Field{});
}

TEST_CASE("Classified By: the word that introduces the reason stays out of the name", "[classified-by]")
{
    // 09CAIRO1349, 04BEIRUT4423, 04BRUSSELS3624, 02STATE250963, 99TUNIS2120
    CHECK(field_of("Classified By: Ambassador Margaret Scobey per 1.4 (b) and (d). \n\n1. (C) Text.\n") ==
          Field{"Ambassador Margaret Scobey", "1.4 (b) and (d)."});
    CHECK(field_of("Classified By: Jeffrey Feltman, Ambassador, based on 1.5 (b) and (d). \n\n1. (C) Text.\n") ==
          Field{"Jeffrey Feltman, Ambassador", "1.5 (b) and (d)."});
    CHECK(field_of("Classified By: USEU/POL, Harry O'Hara, 1.4 b/d \n\n1. (C) Text.\n") ==
          Field{"USEU/POL, Harry O'Hara", "1.4 b/d"});
    CHECK(field_of("CLASSIFIED BY EUR PDAS CHARLES RIES, E.O. 12958 REASONS \n1.5 (B) AND (D). \n\n1. (C) Text.\n") ==
          Field{"EUR PDAS CHARLES RIES", "1.5 (B) AND (D)."});
    CHECK(field_of("(U)  CLASSIFIED BY AMBASSAD0R R0BIN L. RAPHEL BASED 0N 1.5 (B) \nAND (D). \n\n1. (C) Text.\n") ==
          Field{"AMBASSAD0R R0BIN L. RAPHEL", "1.5 (B) AND (D)."});
    // 04BOGOTA2071: misspelt, and the letters go on below a complete code.
    CHECK(field_of("Classified By: Ambassador William B. Wood for reaons 1.5 (b) \nand (d). \n\n1. (C) Text.\n") ==
          Field{"Ambassador William B. Wood", "1.5 (b) and (d)."});
    // 09LONDON1644: cut in two where a copy lost the wrap's line break.
    CHECK(field_of("Classified By: Minister-Counselor for Political Affairs Greg Berry, rea sons 1.4 (b) and (d).\n\n1. "
                   "(C) Text.\n") == Field{"Minister-Counselor for Political Affairs Greg Berry", "1.4 (b) and (d)."});
    // 09QUITO57: a summary cut short.
    CHECK(field_of("Classified By: Ambassador Heather M. Hodges for...\n\n1. (C) Text.\n") ==
          Field{"Ambassador Heather M. Hodges", ""});
    // 10STATE9939: the reason on a line of its own.
    CHECK(field_of("Classified By: (U) CLASSIFIED BY EAP DAS DAVID B. SHEAR, \nREASON: 1.4 (C). \n\n1. (C) Text.\n") ==
          Field{"EAP DAS DAVID B. SHEAR", "1.4 (C)."});
}

TEST_CASE("Classified By: the 56-character wrap cuts words", "[classified-by]")
{
    // 09KABUL3068: a name.
    CHECK(field_of("Classified By: Interagency Provincial Affairs Deputy Coordinator Hoyt Y \nee for reasons 1.4 (b) and "
                   "(d) \n\n1. (C) Summary.\n") ==
          Field{"Interagency Provincial Affairs Deputy Coordinator Hoyt Yee", "1.4 (b) and (d)"});
    // 04CARACAS1781, 04BRUSSELS4253, 09PARIS1526 (the keyword typed twice): the reason word.
    CHECK(field_of("    CLASSIFIED BY: ACTING DEPUTY CHIEF OF MISSION ABELARDO A. ARIAS FOR REA \nSONS 1.4 (D) \n \n1. (C) "
                   "Text.\n") == Field{"ACTING DEPUTY CHIEF OF MISSION ABELARDO A. ARIAS", "1.4 (D)"});
    CHECK(field_of("Classified By: USEU Political Military Officer Jeremy Brenner for reaso \nns 1.5 (b) and (d). \n \n1. "
                   "(C) Text.\n") == Field{"USEU Political Military Officer Jeremy Brenner", "1.5 (b) and (d)."});
    CHECK(field_of("Classified By: Classified By: Kathleen Allegrone, Minister Counselor, r \neason 1.4, b and d. \n\n1. "
                   "(C) Text.\n") == Field{"Kathleen Allegrone, Minister Counselor", "1.4, b and d."});
    // 03OTTAWA2405: the code.
    CHECK(field_of("Classified By: Classified by Economics Counselor Wendy Moore.  Reason 1\n.5 (b and d). \n\n1. (C) "
                   "Text.\n") == Field{"Economics Counselor Wendy Moore", "1.5 (b and d)."});
    // 01PARIS11204: a cut between two words that lost its blank.
    CHECK(field_of("CLASSIFIED BY: CLASSIFIED BY POLITICAL MINISTER COUNSELOR SHARON WIENER \nFOR REASONS 1.5 (B) AND "
                   "(D). \n\n1. (C) Text.\n") ==
          Field{"POLITICAL MINISTER COUNSELOR SHARON WIENER", "1.5 (B) AND (D)."});
    // 02TEGUCIGALPA3149: a blank at the cut starts the next line.
    CHECK(field_of("Classified By: Economic Counselor Robin Matthewman; Reasons 1.5 (B) and \n (D). \n\n1. (C) Text.\n") ==
          Field{"Economic Counselor Robin Matthewman", "1.5 (B) and (D)."});
}

TEST_CASE("Classified By: the line in a second copy of the header above paragraph 1", "[classified-by]")
{
    // 04THEHAGUE3178: a partial extract, a database record, the header again.
    Cable c = parse_cable_text(
        "This record is a partial extract of the original cable. The full text of the original cable is not "
        "available.\nC O N F I D E N T I A L SECTION 01 OF 03 THE HAGUE 003178 \n \nSIPDIS \n \nE.O. 12958: DECL: "
        "12/07/2014 \nTAGS: AORC PREL TU CY EUN\nSUBJECT: EU/TURKEY: DUTCH ISSUE REV 2 DRAFT TEXT \n \nREF: THE HAGUE "
        "3140 \n \nClassi...\n\n\n\n\n23677\n\n2004-12-06\n\n04THEHAGUE3178\n\nEmbassy The Hague\n\nCONFIDENTIAL\n\n"
        "04THEHAGUE3140\n\nC O N F I D E N T I A L SECTION 01 OF 03 THE HAGUE 003178 \n\nSIPDIS \n\nE.O. 12958: DECL: "
        "12/07/2014 \nTAGS: AORC PREL TU CY EUN\nSUBJECT: EU/TURKEY: DUTCH ISSUE REV 2 DRAFT TEXT \n\nREF: THE HAGUE "
        "3140 \n\nClassified By: DCM Daniel Russel for reasons 1.4 (b) and (d). \n\n\xC2\xB6"
        "1. (C) Rob Swartbol (PM Balkenende's diplomatic advisor) \n",
        {});
    CHECK(c.classified_by == "DCM Daniel Russel");
    CHECK(c.reason == "1.4 (b) and (d).");
}
