// REF lists of real cables, each with the ids a careful reader writes down.
// The text is the list as the cable in ../shared/cables/text writes it (a
// test below checks that each is there, word for word); a few forms that
// no cable of ../shared uses are written for this test and say so.

#include "parse/CableParser.h"
#include "parse/ReferenceIds.h"
#include "parse/ReferenceResolution.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace cablesearch;
using V = std::vector<std::string>;

namespace {

struct RefCase {
    const char* cable; // the cable whose REF list it is
    const char* written;
    V ids;
    bool in_shared = true; // false: written for this test
};

// The cable's year, post and serial, from its id.
// The context views `id`: pass a string that outlives it (a literal).
ReferenceContext context_of(std::string_view id)
{
    ReferenceContext c;
    c.year = 1900 + std::stoi(std::string(id.substr(0, 2)));
    if (c.year < 1960) c.year += 100;
    c.post = post_code_of_id(id);
    c.serial = id.substr(2 + c.post.size());
    return c;
}

V read(const RefCase& c)
{
    return resolve_references(c.written, context_of(c.cable));
}

// clang-format off
const std::vector<RefCase> kPostNames = {
    // Without "THE", short forms, several words.
    {"09THEHAGUE264", "A. 08 HAGUE 468 \n     \xC2\xB6" "B. 07 HAGUE 714 \n     \xC2\xB6" "C. 07 HAGUE 247",
     {"08THEHAGUE468", "07THEHAGUE714", "07THEHAGUE247"}},
    {"09BRASILIA599", "D) 2008 RIO 295,", {"08RIODEJANEIRO295"}},
    {"05CALCUTTA7", "04 CAL 450, 04 CAL 0143, 01 CAL  0156", {"04CALCUTTA450", "04CALCUTTA143", "01CALCUTTA156"}},
    {"03TEGUCIGALPA752", "A) TEGUC 00546", {"03TEGUCIGALPA546"}},
    {"03VATICAN5611", "A. SECSTATE 325020 \n     B. VAT 03820", {"03STATE325020", "03VATICAN3820"}},
    {"10KUALALUMPUR12", "A. 09 KL 1016 -- F-5 FOLLOW UP", {"09KUALALUMPUR1016"}},
    {"08CASABLANCA81", "(A) 05 CASA 1220 (B) 07 CASA 169", {"05CASABLANCA1220", "07CASABLANCA169"}},
    {"04HOCHIMINHCITY1482", "A) HCM 572; B) Hanoi 3187", {"04HOCHIMINHCITY572", "04HANOI3187"}},
    {"04HOCHIMINHCITY838", "02 Ho Chi Minh City 0281", {"02HOCHIMINHCITY281"}},
    {"09MOSCOW1562", "A. MOSCOW 1538 \n\xC2\xB6" "B. ST PETERSBURG 00068",  {"09MOSCOW1538", "09STPETERSBURG68"}},
    {"09LONDON2819", "A. PORT OF SPAIN 00482 B. LONDON 2743 C. LONDON 2769",
     {"09PORTOFSPAIN482", "09LONDON2743", "09LONDON2769"}},
    {"03TEGUCIGALPA2221", "B. EL SALVADOR 2226 (ALL NOTAL)", {"03SANSALVADOR2226"}},
    {"09RPODUBAI379", "DUBAI RPO 378", {"09RPODUBAI378"}},
    {"91BERLIN3009", "A) BERLIN 2801,  B) BONN 22310", {"91BERLIN2801", "91BONN22310"}},
    // A country code between post and serial.
    {"04LAGOS1204", "B. ABUJA NI 760 \n     C. ABUJA NI 913", {"04ABUJA760", "04ABUJA913"}},
    {"05MADRID395", "A) SECSTATE 2743 B) MADRID SP 0307", {"05STATE2743", "05MADRID307"}},
    // OCR zeros and one-letter slips.
    {"06SANTIAGO439", "A. STATE 3836 \n     \xC2\xB6" "B. 05 SANTIAG0 465", {"06STATE3836", "05SANTIAGO465"}},
    {"02RANGOON1589", "A. RANGON 1468", {"02RANGOON1468"}},
    {"05SANJOSE2658", "SECTATE 188288", {"05STATE188288"}},
    {"04PRETORIA4313", "C) PRETORIA 2164 \n          D) PRETOIRA 2092", {"04PRETORIA2164", "04PRETORIA2092"}},
    {"04BRUSSELS3948", "(A) STATE 195507 (B) THE HAUGE 1775", {"04STATE195507", "04THEHAGUE1775"}},
    {"04BRUSSELS2541", "C. C. CHISENAU 637", {"04CHISINAU637"}},
    {"08BEIJING647", "D. SECSTATE 15164 E. BEIJINJG 581 F. BEIJING 634",
     {"08STATE15164", "08BEIJING581", "08BEIJING634"}},
    {"08MANAMA53", "SATTE 07237", {"08STATE7237"}},
    // Names cut short.
    {"05NEWDELHI9434", "A. KUALA LUMP 4317 \n     \xC2\xB6" "B. NEW DELHI 9080", {"05KUALALUMPUR4317", "05NEWDELHI9080"}},
    {"04BRUSSELS3116", "ADDIS ABAB 2288", {"04ADDISABABA2288"}},
    // Forms no cable of ../shared uses, as the other cables write them.
    {"09BUENOSAIRES1500", "A. BA 1485 B. RIO 329", {"09BUENOSAIRES1485", "09RIODEJANEIRO329"}, false},
    {"09MONTERREY400", "MEXICO CITY 2154", {"09MEXICO2154"}, false},
    {"09MOSCOW1600", "A. ST. PETERSBURG 412 B. HO CHI MINH 77", {"09STPETERSBURG412", "09HOCHIMINHCITY77"}, false},
    {"08CARACAS900", "PORT-OF-SPAIN 311", {"08PORTOFSPAIN311"}, false},
    {"08KHARTOUM700", "N'DJAMENA 289", {"08NDJAMENA289"}, false},
    {"05TORONTO300", "0TTAWA 1120", {"05OTTAWA1120"}, false},
    {"06SAOPAULO900", "A. BRASILA 1210 B. SECTSTATE 11623", {"06BRASILIA1210", "06STATE11623"}, false},
};

const std::vector<RefCase> kYears = {
    // Before the post, in parentheses: the year of the next reference.
    {"09SAOPAULO663", "SAO PAULO 653; SAO PAULO 433; SAO PAULO 421; BRASILIA 709 (08) SAO PAULO 542",
     {"09SAOPAULO653", "09SAOPAULO433", "09SAOPAULO421", "09BRASILIA709", "08SAOPAULO542"}},
    // After the serial, bare, before the next item's letter.
    {"07KABUL1032", "A. KABUL 5679 06 \n\xC2\xB6" "B. KABUL 940 07 \n\xC2\xB6" "C. KABUL 979 07",
     {"06KABUL5679", "07KABUL940", "07KABUL979"}},
    {"09MOSCOW821", "MOSCOW 03242 2008", {"08MOSCOW3242"}},
    {"03MONTREAL910", "(A) Montreal 1093 02, (B) Montreal 1656 02", {"02MONTREAL1093", "02MONTREAL1656"}},
    // After the serial, in parentheses.
    {"02HOCHIMINHCITY728", "A. HCMC 0562(01)  B. HCMC 0224(01)", {"01HOCHIMINHCITY562", "01HOCHIMINHCITY224"}},
    {"05THEHAGUE406", "THE HAGUE 3350 (2004)", {"04THEHAGUE3350"}},
    // Between post and serial.
    {"05BOGOTA174", "A) BOGOTA 04 12603 B) BOGOTA 04 11339", {"04BOGOTA12603", "04BOGOTA11339"}},
    {"09SANJOSE921", "SECSTATE 75599, SANJOSE 811, SAN JOSE 07 1963",
     {"09STATE75599", "09SANJOSE811", "07SANJOSE1963"}},
    // A year after a serial that begins the next reference, where a line break was the separator.
    {"09CARACAS1595", "09 CARACAS 1553; 09 CARACAS 1537; 09 CARACAS 1509 \n09 CARACAS 1491",
     {"09CARACAS1553", "09CARACAS1537", "09CARACAS1509", "09CARACAS1491"}},
    {"10CAIRO147", "CAIRO 47; 09 CAIRO 2164; 09 CAIRO 2064; 09 CAIRO 451 \n07 CAIRO 3214",
     {"10CAIRO47", "09CAIRO2164", "09CAIRO2064", "09CAIRO451", "07CAIRO3214"}},
    // Written for this test: the forms of the other cables.
    {"08ASUNCION900", "ASUNCION 701 (08)", {"08ASUNCION701"}, false},
    {"00AMMAN1200", "AMMAN 07718 99", {"99AMMAN7718"}, false},
    {"00ROME300", "(99) ROME 2196", {"99ROME2196"}, false},
    // No year written: the cable's own, but a serial of the cable's own post
    // far above the cable's own is of the year before (a post numbers its
    // cables anew each year, and a cable cites only earlier ones).
    {"05QUITO42", "A. QUITO 3302", {"04QUITO3302"}},
    {"10HAVANA9", "\xC2\xB6" "B. B HAVANA 772 (CONSULAR VISIT TO JAILED AMCIT) \n\xC2\xB6" "C. C HAVANA 763",
     {"09HAVANA772", "09HAVANA763"}},
    {"08CASABLANCA104", "A) CASABLANCA 86\nB) CASABLANCA 93\nC) CASABLANCA 270",
     {"08CASABLANCA86", "08CASABLANCA93", "08CASABLANCA270"}},
    {"09BRASILIA1411", "BRASILIA 1412 (EPD SCENESETTER)", {"09BRASILIA1412"}},
    // A date is no serial and no year.
    {"85BEIRUT1676", "FBIS NICOSIA 17 MARCH 85", {}},
};

const std::vector<RefCase> kSerials = {
    {"05BRASILIA1081", "BRASILIA 715 AND 660", {"05BRASILIA715", "05BRASILIA660"}},
    {"04BRASILIA676", "C. C. STATE 41252 AND 44603", {"04STATE41252", "04STATE44603"}},
    {"08BEIJING3080", "USUN NEW YORK 720 AND 721", {"08USUNNEWYORK720", "08USUNNEWYORK721"}},
    {"04ISTANBUL298", "B. 2003 ISTANBUL 1703 & 1711", {"03ISTANBUL1703", "03ISTANBUL1711"}},
    {"03OTTAWA1265", "(C) Toronto 1210, \n1226, 1259 (D) Ottawa 1180 (Winnipeg)",
     {"03TORONTO1210", "03TORONTO1226", "03TORONTO1259", "03OTTAWA1180"}},
    {"97ALGIERS952", "C)  96 ALGIERS 250, 632 AND 1062", {"96ALGIERS250", "96ALGIERS632", "96ALGIERS1062"}},
    // A range: its two ends are written, what lies between is not.
    {"04NEWDELHI7013", "A. NEW DELHI 6773-6779 AND 6816", {"04NEWDELHI6773", "04NEWDELHI6779", "04NEWDELHI6816"}},
    {"09KABUL2000", "KABUL 936/935", {"09KABUL936", "09KABUL935"}, false},
    {"09SHANGHAI900", "GUANGZHOU 11657 and 7743, 12155",
     {"09GUANGZHOU11657", "09GUANGZHOU7743", "09GUANGZHOU12155"}, false},
    // A slash that is no list of serials.
    {"04HELSINKI1024", "B. B. BAGHDAD 386/CPA/1047", {"04BAGHDAD386"}},
};

const std::vector<RefCase> kItems = {
    // The serial before its post.
    {"07ASMARA850", "A. A) 00821 ASMARA", {"07ASMARA821"}},
    {"07ASMARA850", "\xC2\xB6" "B. B) 00838 ASMARA", {"07ASMARA838"}},
    {"09BEIJING1300", "A. 870 ULAANBAATAR B. STATE 12345", {"09ULAANBAATAR870", "09STATE12345"}, false},
    // A colon after the serial is no time.
    {"09TEHRAN1200", "A. TEHRAN 1091: B. TEHRAN 1100", {"09TEHRAN1091", "09TEHRAN1100"}, false},
    // The next item's letter typed onto the serial.
    {"09CAIRO321", "A. STATE 14201B. GENEVA 133", {"09STATE14201", "09GENEVA133"}},
    // A bare serial: the post and year of the reference before it, where
    // that is the cable's own post or the cable's own post cannot be meant ...
    {"04BOGOTA3628",
     "A. 2000 BOGOTA 09890 \n     B. 2001 BOGOTA 00504 \n     C. 02164 \n     D. 05864 \n     E. 11158 \n"
     "     F. 2002 BOGOTA 01587 \n     G. 02351",
     {"00BOGOTA9890", "01BOGOTA504", "01BOGOTA2164", "01BOGOTA5864", "01BOGOTA11158", "02BOGOTA1587",
      "02BOGOTA2351"}},
    {"04YEREVAN917", "A) STATE 85231 B) 87249", {"04STATE85231", "04STATE87249"}},
    // ... else the cable's own post, below the cable's own serial ...
    {"00KINSHASA8381", "A. KINSHASA '99 \n     B. 8034", {"00KINSHASA8034"}},
    {"09KABUL6400", "A) STATE 123456 B) 6307", {"09STATE123456", "09KABUL6307"}, false},
    // ... else, for a serial no post reaches, the Department's.
    {"04BRATISLAVA760", "168223", {"04STATE168223"}},
    {"08SANJOSE182", "22380", {"08STATE22380"}},
    // An abbreviation's last letter is no item's letter.
    {"09STATE99488", "A. SECTION 38(B)(1)(A)(II) OF THE ARMS EXPORT CONTROL \n     \xC2\xB6" "B. ACT (AECA)(22 U.S.C. 2778)",
     {}},
};

const std::vector<RefCase> kNeverReferences = {
    // A page header run into the list where line breaks were lost.
    {"08TRIPOLI227", "TRIPOLI 166 TRIPOLI 00000227 001.2 OF 005", {"08TRIPOLI166"}},
    {"00HARARE5461", "HARARE 5346  CONFIDENTIAL\nPAGE 02 HARARE 05461 01 OF 02 271458Z", {"00HARARE5346"}},
    {"02ROME1196", "PAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098  C. ROME 894", {"02ROME1098", "02ROME894"}},
    {"09TRIPOLI71", "E) TRIPOLI 40  TRIPOLI 00000071  001.2 OF 003", {"09TRIPOLI40"}},
    // The cable's own number at the end of a line.
    {"09TRIPOLI268", "08 STATE 74840 TRIPOLI 00000268", {"08STATE74840"}},
    // An appended copy of the release's record.
    {"08SANTIAGO77", "A. SANTIAGO 00054 \n   ...\nid: 138753\ndate: 1/25/2008 17:03\nrefid: 08SANTIAGO77\n"
     "origin: Embassy Santiago\nclassification: CONFIDENTIAL\ndestination: 08LIMA72|08SANTIAGO36|08SANTIAGO54",
     {"08SANTIAGO54"}},
    {"07LIMA2400", "A. LIMA 2301 ... refid: 07LIMA2323", {"07LIMA2301"}, false},
    // Other series: OCR debris, reports, other agencies.
    {"92KHARTOUM8788", "A. KHARTOUM OB?12 \n      B. KHARTOUM OB?57 \n      C. KHARTOUM 08766", {"92KHARTOUM8766"}},
    {"09BRASILIA1142", "\xC2\xB6" "C. 08 BRASILIA 1214 \n\xC2\xB6" "D. IIR 6 809 0238 09", {"08BRASILIA1214"}},
    {"04ZAGREB331", "A. A) SECDEF DTG 121648Z FEB 04 \n     B. B) MOON-ENGLISH E-MAIL 2/23/04 \n     C. C) ZAGREB 0071",
     {"04ZAGREB71"}},
};
// clang-format on

void check_all(const std::vector<RefCase>& cases)
{
    for (const auto& c : cases) {
        INFO(c.cable << ": " << c.written);
        CHECK(read(c) == c.ids);
    }
}

std::string normalized(std::string_view s)
{
    // Blanks, line breaks and paragraph signs as one space: the cases keep the
    // cable's words and line breaks, not every trailing blank.
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        bool blank = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
        if (!blank && s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xB6') {
            blank = true;
            ++i;
        }
        if (blank) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

} // namespace

TEST_CASE("REF lists: post names as people wrote them", "[references]") { check_all(kPostNames); }

TEST_CASE("REF lists: a reference's own year before, between or after it", "[references]") { check_all(kYears); }

TEST_CASE("REF lists: several serials after one post", "[references]") { check_all(kSerials); }

TEST_CASE("REF lists: serial before its post, colon after it, bare serials", "[references]") { check_all(kItems); }

TEST_CASE("REF lists: page headers, appended records and other series are no references", "[references]")
{
    check_all(kNeverReferences);
}

TEST_CASE("REF lists: a bare serial on a later line is of the reference before it", "[references]")
{
    ReferenceContext bogota = context_of("04BOGOTA3628");
    ReferenceResolver reader(bogota);
    CHECK(reader.read("A. 2000 BOGOTA 09890") == V{"00BOGOTA9890"});
    CHECK(reader.read("B. 2001 BOGOTA 00504") == V{"01BOGOTA504"});
    CHECK(reader.read("C. 02164") == V{"01BOGOTA2164"});
}

TEST_CASE("REF lists: each case is a real cable's list, as it writes it", "[references][shared]")
{
    std::string shared = testing::shared_dir();
    if (shared.empty()) {
        WARN("../shared/cables is absent: the REF cases are not checked against their cables");
        return;
    }
    size_t checked = 0;
    for (const auto* cases : {&kPostNames, &kYears, &kSerials, &kItems, &kNeverReferences}) {
        for (const auto& c : *cases) {
            if (!c.in_shared) continue;
            std::ifstream in(shared + "/cables/text/" + c.cable + ".txt", std::ios::binary);
            REQUIRE(in);
            std::stringstream text;
            text << in.rdbuf();
            INFO(c.cable << ": " << c.written);
            CHECK(normalized(text.str()).find(normalized(c.written)) != std::string::npos);
            ++checked;
        }
    }
    CHECK(checked >= 50);
}

namespace {

// Excerpts of real cables, from the E.O. line to the first lines of the
// body, as written: where the REF list goes on and where it ends.
struct CableExcerpt {
    const char* cable;
    const char* text;
};

// clang-format off
const CableExcerpt kZagrebDashes{"92ZAGREB2243",
    "TAGS: PGOV, PREL, MOPS, HR, BK, PGOV, PREL, MOPS, HR, BK, War Crimes \n"
    "SUBJECT:  CGYOOL:  CROATIAN AND BOSNIAN PRESIDENTS \n"
    "-         MEET TO IRON OUT DIFFERENCES OVER B-H \n \n"
    "REF: (A) ZAGREB 2226 (NOTAL) \n \n"
    "-    (B) ZAGREB 2224 \n"
    "-    (C) ZAGREB 2223 (NOTAL) \n \n"
    "1.  FOLLOWING A PUBLIC EXCHANGE OF RECRIMINATORY \n"};
const CableExcerpt kBrasiliaAcrossBlank{"04BRASILIA281",
    "SUBJECT:  CEARA: GETTING BY -- WITH OR WITHOUT LULA, FTAA, ET \nAL \n \n"
    "REFS: (A) Brasilia 102, (B) 03 Brasilia 3953, (C) 03 Brasilia \n \n"
    "3939, (D) 03 Brasilia 3867, (E) 03 Brasilia 1533, (F) 02 \n"
    "Brasilia 2932 \n \n \n"
    "SUMMARY \n------- \n"
    "1.  Ceara state had an especially bleak economic year in 2003, \n"};
const CableExcerpt kFrankfurtAfterSemicolon{"03FRANKFURT8335",
    "TAGS: PHUM, PGOV, GM \n"
    "SUBJECT: HEADSCARF VERDICT LIKELY TO GENERATE NEW \nRESTRICTIONS ON RELIGIOUS EXPRESSION \n \n"
    "REF:  98 Frankfurt 6465; 00 Frankfurt 3078; \n \n"
    "      01 Frankfurt 6028 \n \n"
    "1. SUMMARY: In a landmark decision, the Federal \n"};
const CableExcerpt kVaticanLetteredKeywords{"01VATICAN2531",
    "TAGS: VT, CH, PREL PGOV PHUM KIRF PINR \n"
    "SUBJECT: VATICAN NON-REACTIONS ON CHINA AND DEMARCHE \nON TAIWAN ARMS TALKS. \n \n"
    "REF A: STATE 72589  REF B: VATICAN 00747 \n"
    "REF C: BEIJING 3977 \n \n"
    "(U) CLASSIFIED BY CHARGE D'AFFAIRES A.I. JOSEPH \nMERANTE. REASONS 1.5 (B) AND (D). \n"
    "1.  (S) POLOFF DELIVERED REFTEL DEMARCHE POINTS ON \n"};
const CableExcerpt kManamaReftelProse{"04MANAMA1910",
    "E.O. 12958: N/A \n"
    "TAGS: EAGR, EAID, SENV, TBIO, BA \n"
    "SUBJECT: BAHRAIN:  PREPARATION FOR NEGOTIATIONS ON ACCESS \nTO GENETIC RESOURCES AND BENEFIT SHARING \n \n"
    "REF: STATE 269625 \n \n"
    "Post contacted Engineer Zahwa Al Kuwari, Director of the \n"
    "Environment Assessment and Planning Directorate, General \n"
    "Commission for the Protection of Marine Resources, \n"
    "Environment, and Wildlife, to discuss questions posed in \n"
    "reftel.  Kuwari said Bahrain is a party to the Convention on \n"
    "Biological Diversity and will be sending one expert to the \n"};
const CableExcerpt kKinshasaLetteredBody{"00KINSHASA8008",
    "E.O. 12958: N/A \n"
    "TAGS: PTER, PGOV, PREL, CG \n"
    "SUBJECT: (DEMOCRATIC REPUBLIC OF CONGO): 2000 ANNUAL \nTERRORISM REPORT \n \n"
    "REF: STATE 217248 \n \n"
    "THE FOLLOWING RESPONSES ARE KEYED TO QUESTIONS IN PARA 3 OF \nREFTEL: \n \n"
    "A.  DURING 2000, THE EMBASSY IS UNAWARE OF ANY ACTS OF \n"
    "TERRORISM THAT OCCURRED IN THE GOVERNMENT-CONTROLLED AREA OF \n"};
const CableExcerpt kOttawaMarkedBody{"03OTTAWA1119",
    "E.O. 12958: N/A \n"
    "TAGS: AORC, OTRA, XG, CA, UNESCO \n"
    "SUBJECT: CANADA NOT INTERESTED IN CONSENSUS SLATE FOR \nUNESCO BOARD \n \n"
    "REF: STATE 93655 \n \n"
    "(U) We delivered reftel talking points on April 11 to Ross \n"
    "Snyder, Deputy Director for U.N. Specialized Agencies in \n"};
const CableExcerpt kOttawaRefDot{"03OTTAWA1304",
    "E.O. 12958: N/A \n"
    "TAGS: AORC, PREL, CA, WHO, Health \n"
    "SUBJECT: Framework Convention on Tobacco Control \n(FCTC): Canadian response to demarche \n \n"
    "Ref. SECSTATE 106632 \n \n"
    "1. Health Canada's response concerning reftel demarche \n"};
// clang-format on

Cable parse_excerpt(const CableExcerpt& e)
{
    return parse_cable_text(e.text, {e.cable, std::nullopt, "", ""});
}

bool starts_with(const std::vector<Paragraph>& paragraphs, std::string_view words)
{
    return !paragraphs.empty() && std::string_view(paragraphs.front().text).starts_with(words);
}

} // namespace

TEST_CASE("REF lists go on after a blank line: dash bullets, a wrap across it", "[references][formats]")
{
    Cable zagreb = parse_excerpt(kZagrebDashes);
    CHECK(zagreb.references == V{"92ZAGREB2226", "92ZAGREB2224", "92ZAGREB2223"});
    CHECK(starts_with(zagreb.paragraphs, "FOLLOWING A PUBLIC EXCHANGE"));
    Cable brasilia = parse_excerpt(kBrasiliaAcrossBlank);
    CHECK(brasilia.references == V{"04BRASILIA102", "03BRASILIA3953", "03BRASILIA3939", "03BRASILIA3867",
                                   "03BRASILIA1533", "02BRASILIA2932"});
    Cable frankfurt = parse_excerpt(kFrankfurtAfterSemicolon);
    CHECK(frankfurt.references == V{"98FRANKFURT6465", "00FRANKFURT3078", "01FRANKFURT6028"});
    // "REF C:" under "REF A: ... REF B: ..." is the same list, on one entry.
    Cable vatican = parse_excerpt(kVaticanLetteredKeywords);
    CHECK(vatican.references_by_line == std::vector<V>{{"01STATE72589", "01VATICAN747", "01BEIJING3977"}});
}

TEST_CASE("REF lists end where the body begins: prose is never a REF line", "[references][formats]")
{
    // "reftel.  Kuwari said ..." wraps a paragraph: no REF keyword.
    Cable manama = parse_excerpt(kManamaReftelProse);
    CHECK(manama.reference_lines == V{"STATE 269625"});
    CHECK(starts_with(manama.paragraphs, "Post contacted Engineer Zahwa Al Kuwari"));
    REQUIRE(!manama.paragraphs.empty());
    CHECK(manama.paragraphs.front().text.find("Kuwari said Bahrain") != std::string::npos);
    // Lettered and marked paragraphs after a blank line are the body, not items of the list.
    Cable kinshasa = parse_excerpt(kKinshasaLetteredBody);
    CHECK(kinshasa.references == V{"00STATE217248"});
    CHECK(std::any_of(kinshasa.paragraphs.begin(), kinshasa.paragraphs.end(), [](const Paragraph& p) {
        return p.text.find("DURING 2000, THE EMBASSY IS UNAWARE") != std::string::npos;
    }));
    Cable ottawa = parse_excerpt(kOttawaMarkedBody);
    CHECK(ottawa.reference_lines == V{"STATE 93655"});
    CHECK(starts_with(ottawa.paragraphs, "(U) We delivered reftel talking points"));
    // "Ref." without a colon, a cable after it: a REF line.
    Cable ref_dot = parse_excerpt(kOttawaRefDot);
    CHECK(ref_dot.references == V{"03STATE106632"});
}

TEST_CASE("REF lists: each cable excerpt is as its cable writes it", "[references][shared]")
{
    std::string shared = testing::shared_dir();
    if (shared.empty()) {
        WARN("../shared/cables is absent: the cable excerpts are not checked against their cables");
        return;
    }
    for (const auto* e : {&kZagrebDashes, &kBrasiliaAcrossBlank, &kFrankfurtAfterSemicolon, &kVaticanLetteredKeywords,
                          &kManamaReftelProse, &kKinshasaLetteredBody, &kOttawaMarkedBody, &kOttawaRefDot}) {
        std::ifstream in(shared + "/cables/text/" + e->cable + ".txt", std::ios::binary);
        REQUIRE(in);
        std::stringstream text;
        text << in.rdbuf();
        INFO(e->cable);
        CHECK(normalized(text.str()).find(normalized(e->text)) != std::string::npos);
    }
}

TEST_CASE("REF lists: the cable never cites itself", "[references]")
{
    Cable c = parse_cable_text("CONFIDENTIAL TRIPOLI 000402\n\nE.O. 12958: DECL: 1/1/2019\nTAGS: PGOV LY\nSUBJECT: X\n\n"
                               "REF: A) TRIPOLI 199, B) TRIPOLI 149 TRIPOLI 00000402 001.2 OF 003\n\n1. (C) Text.\n",
                               {"09TRIPOLI402", std::nullopt, "", ""});
    CHECK(c.references == V{"09TRIPOLI199", "09TRIPOLI149"});
}

TEST_CASE("REF lists: the survey of ../shared finds no more suspicious readings than today", "[references][shared]")
{
    std::string shared = testing::shared_dir();
    if (shared.empty()) {
        WARN("../shared/cables is absent: skipping the survey of REF lists");
        return;
    }
    // The text edition, where the parser reads unaided. What remains is
    // listed (and judged) in the README; a change that reads more REF lists
    // wrong fails here.
    testing::ToolResult r = testing::run_tool(
        testing::source_dir() + "/scripts/ref-survey",
        {"--bin", CABLE_INDEX_BIN, "--shared", shared, "--format", "text",
         "--max", "not-a-post=0", "--max", "own-cable=0", "--max", "after-cable=12", "--max", "numbers-no-id=3",
         "--max", "number-unread=4"});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
}
