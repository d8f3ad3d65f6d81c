#include "parse/Dates.h"
#include "parse/ExecutiveOrder.h"
#include "parse/RoutingHeader.h"

#include <catch2/catch.hpp>

using namespace cablesearch;

TEST_CASE("date-time groups", "[dates]")
{
    CHECK(parse_date_time_group("010741Z FEB 07")->iso() == "2007-02-01T07:41Z");
    CHECK(parse_date_time_group("220927Z AUG 72")->iso() == "1972-08-22T09:27Z");
    CHECK(parse_date_time_group("29O8OOZ FEB 08")->iso() == "2008-02-29T08:00Z"); // OCR O for 0
    CHECK_FALSE(parse_date_time_group("300741Z FEB 07"));                        // no 30 February
    CHECK_FALSE(parse_date_time_group("012541Z FEB 07"));                        // hour 25
    CHECK_FALSE(parse_date_time_group("CHENGDU 000032"));
}

TEST_CASE("date-time group lines with precedence", "[dates]")
{
    auto r = parse_date_time_group_line("R 010741Z FEB 07");
    REQUIRE(r);
    CHECK(r->precedence == "ROUTINE");
    CHECK(parse_date_time_group_line("P 191338Z MAR 09")->precedence == "PRIORITY");
    CHECK(parse_date_time_group_line("0 241208Z OCT 79")->precedence == "IMMEDIATE"); // OCR'd O
    CHECK(parse_date_time_group_line("O 161158Z JUL 85")->date.iso() == "1985-07-16T11:58Z");
    CHECK_FALSE(parse_date_time_group_line("FM AMCONSUL CHENGDU"));
}

TEST_CASE("other date spellings", "[dates]")
{
    CHECK(parse_csv_date("8/22/1972 9:27")->iso() == "1972-08-22T09:27Z");
    CHECK(parse_iso_minute("2007-01-28 08:08")->iso() == "2007-01-28T08:08Z");
    CHECK(parse_us_day("2/1/2027")->iso() == "2027-02-01");
    CHECK(parse_us_day("09/21/10")->iso() == "2010-09-21");
    CHECK_FALSE(parse_us_day("OADR"));
    CHECK_FALSE(parse_us_day("2/30/2027"));
}

TEST_CASE("date-time group lines as real cables write them", "[dates]")
{
    // Action and info precedence: the first is the cable's.
    auto two = parse_date_time_group_line("O P 121407Z DEC 07");
    REQUIRE(two);
    CHECK(two->precedence == "IMMEDIATE");
    CHECK(two->date.iso() == "2007-12-12T14:07Z");
    // Service notes after the group.
    CHECK(parse_date_time_group_line("P 031626Z OCT 08 ZDK CITE RUEHSD 0080")->date.iso() == "2008-10-03T16:26Z");
    CHECK(parse_date_time_group_line("O 091547Z OCT 09 (CCY ADC1AECC MSI3311-632)")->date.iso() ==
          "2009-10-09T15:47Z");
    // A bare group, as partial extracts print it.
    CHECK(parse_date_time_group_line("292031Z Sep 05")->date.iso() == "2005-09-29T20:31Z");
    // A sentence that quotes a group is not a group line.
    CHECK_FALSE(parse_date_time_group_line("FOLLOWING STATE 127892 DATED 150910Z DEC 09 SENT ACTION RIGA,"));
}

TEST_CASE("declassification dates as the E.O. field writes them", "[dates]")
{
    auto decl = [](const char* line) {
        Cable c;
        REQUIRE(take_executive_order(line, c));
        return c.declassify_on ? c.declassify_on->iso() : std::string("none");
    };
    // 10LAGOS75 and the 2009-2010 cables of many posts: year first
    CHECK(decl("EO 12958 DECL: 2020/02/23 ") == "2020-02-23");
    CHECK(decl("E.O. 12958: DECL: 2019-02-12") == "2019-02-12");   // 09DJIBOUTI113
    CHECK(decl("E.O. 12958:  DECL:  01-05-14 ") == "2014-01-05");  // 04COLOMBO11: the US order
    CHECK(decl("E.O. 12958: DECL: 1-6-09 ") == "2009-01-06");      // 99HAVANA75
    CHECK(decl("E.O. 12958: DECL: 07/25/2O13 ") == "2013-07-25");  // 03MONTREAL979: O for 0
    CHECK(decl("E.O. 12958: DECL: 011/2/2019 ") == "2019-11-02");  // 09BRASILIA1383
    CHECK(decl("E.O. 12958: 09/10/12 ") == "2012-09-10");          // 02TEGUCIGALPA2531: no DECL
    CHECK(decl("E.O. 12958: DECL: 2/1/2027") == "2027-02-01");
    // 04BRATISLAVA636: a slip whose year cannot be told is left unread.
    CHECK(decl("E.O. 12958: DECL: 07/01/2119 ") == "none");
    CHECK(decl("E.O. 12356:  DECL: OADR ") == "none");
    CHECK(decl("E.O. 12958: N/A") == "none");
}

