#include "parse/Dates.h"
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
