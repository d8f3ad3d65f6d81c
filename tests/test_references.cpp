#include "parse/ReferenceIds.h"
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
