#include "parse/ReferenceIds.h"
#include "parse/ReferenceResolution.h"
#include "parse/TagList.h"

#include <catch2/catch.hpp>

using namespace cablesearch;
using V = std::vector<std::string>;

TEST_CASE("REF lines resolve to canonical ids", "[references]")
{
    CHECK(resolve_references("STATE 200090", 1985) == V{"85STATE200090"});
    CHECK(resolve_references("09 STATE 96625", 2000) == V{"09STATE96625"});
    CHECK(resolve_references("A. ANKARA 1511\n¶B. ANKARA 814", 2005) == V{"05ANKARA1511", "05ANKARA814"});
    CHECK(resolve_references("A) 08 BAGHDAD 123 B) SECSTATE 4567", 2009) == V{"08BAGHDAD123", "09STATE4567"});
    CHECK(resolve_references("DUBAI 00018", 2007) == V{"07DUBAI18"});
    CHECK(resolve_references("BANDAR SERI BEGAWAN 0214", 1985) == V{"85BANDARSERIBEGAWAN214"});
    CHECK(resolve_references("04TEGUCIGALPA232", 2004) == V{"04TEGUCIGALPA232"});
    CHECK(resolve_references("EMBASSY EMAIL OF MARCH 3", 2004).empty());
}

TEST_CASE("TAGS lines: links stripped, split on spaces and commas", "[tags]")
{
    CHECK(parse_tag_list("[PGOV](#) [PHUM](#) [KTIP](#) [CH](#)") == V{"PGOV", "PHUM", "KTIP", "CH"});
    CHECK(parse_tag_list("IR, PTER") == V{"IR", "PTER"});
    CHECK(parse_tag_list("<a href='/tag/PGOV_0.html'>PGOV</a> <a href='/tag/AE_0.html'>AE</a>") == V{"PGOV", "AE"});
    CHECK(parse_tag_list("pgov, zanu-pf, PGOV") == V{"PGOV", "ZANU", "PF"});
}

TEST_CASE("REF lines as real cables write them", "[references]")
{
    CHECK(resolve_references("A. 2000 CAIRO 2785 B. 2000 CAIRO 3178", 2001) == V{"00CAIRO2785", "00CAIRO3178"});
    CHECK(resolve_references("A. STATE 162903 B. THE HAGUE 1901", 2004) == V{"04STATE162903", "04THEHAGUE1901"});
    CHECK(resolve_references("A)Tel Aviv 000935; B)03 Tel Aviv 6216", 2004) == V{"04TELAVIV935", "03TELAVIV6216"});
    CHECK(resolve_references("A. HCMC 0603 B. HANOI 1208", 2001) == V{"01HOCHIMINHCITY603", "01HANOI1208"});
    CHECK(resolve_references("01VATICAN 4258", 2001) == V{"01VATICAN4258"});
    CHECK(resolve_references("A. STATE:247344", 2004) == V{"04STATE247344"});
    CHECK(resolve_references("B) BEIJING5237", 2007) == V{"07BEIJING5237"});
    CHECK(resolve_references("BAGHDAD 386/CPA/1047", 2004) == V{"04BAGHDAD386"});
    CHECK(resolve_references("B.) Djibouti 00001097", 2004) == V{"04DJIBOUTI1097"});
    CHECK(resolve_references("LENINGRAD 6998", 1991) == V{"91STPETERSBURG6998"});
    // What names no post of the release is no cable: reports, e-mails, reasons, dates.
    CHECK(resolve_references("USDA FAS 662319", 2004).empty());
    CHECK(resolve_references("IIR 6 830 0115 02", 2002).empty());
    CHECK(resolve_references("OLSEN/MAKENS/SMITH E-MAIL 9/27 AND 9/30", 2002).empty());
    CHECK(resolve_references("CLASSIFIED BY AMBASSADOR, REASON 1.5 (B) AND (D)", 2001).empty());
}

TEST_CASE("TAGS lines with prose in them give only the tags", "[tags]")
{
    CHECK(parse_tag_list("PREL, PGOV, PHUM, SP, American - Spanish Relations") == V{"PREL", "PGOV", "PHUM", "SP"});
    CHECK(parse_tag_list("ETRD, BR, Fee Trade Agreement of America (FTAA)") == V{"ETRD", "BR", "FTAA"});
    // A person named after OVIP and the like is one tag; an acronym, prose or
    // a group left open is read as before.
    CHECK(parse_tag_list("OVIP (KISSINGER, HENRY A.), PREL") == V{"OVIP", "KISSINGER, HENRY A.", "PREL"});
    CHECK(parse_tag_list("PGOV, PREL, PARM, AM,  OVIP (RICHARD  ARMITAGE)") ==
          V{"PGOV", "PREL", "PARM", "AM", "OVIP", "RICHARD ARMITAGE"});
    CHECK(parse_tag_list("PINR (RAY GUEVARA,MILTON)") == V{"PINR", "RAY GUEVARA, MILTON"});
    CHECK(parse_tag_list("PREL, HR, Defense Reform (Mil & NATO)") == V{"PREL", "HR", "NATO"});
    CHECK(parse_tag_list("CVIS, PREL, SP (AL-") == V{"CVIS", "PREL", "SP", "AL"});
    CHECK(parse_tag_list("PGOV, PREL, CO, UNHCR-1, Bilateral Relations with the US") ==
          V{"PGOV", "PREL", "CO", "UNHCR", "US"});
}
