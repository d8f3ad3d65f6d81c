#pragma once
// The date spellings found in and around cables.

#include "model/Cable.h"

#include <optional>
#include <string_view>

namespace cablesearch {

// A date-time group: "010741Z FEB 07" -> 2007-02-01T07:41Z. Two-digit years
// below 60 are 20xx (the release spans 1966-2010).
std::optional<DateTime> parse_date_time_group(std::string_view dtg);

// The cables.csv date column: "8/22/1972 9:27".
std::optional<DateTime> parse_csv_date(std::string_view s);

// The release pages' "2007-01-28 08:08".
std::optional<DateTime> parse_iso_minute(std::string_view s);

// A US calendar date "2/1/2027" or "12/09/14" (declassification dates).
std::optional<Day> parse_us_day(std::string_view s);

// A declassification date as the E.O. field writes it: US order "2/1/2027",
// "12/09/14", "01-05-14"; year first "2020/02/23" and "2019-02-12"; a zero
// OCR'd as the letter O ("07/25/2O13"). Nothing for a year past 2100
// ("07/01/2119": a slip whose year cannot be told).
std::optional<Day> parse_declassification_date(std::string_view s);

// 1..12 for JAN..DEC (case-insensitive, three letters), else 0.
int month_from_abbreviation(std::string_view s);

int expand_two_digit_year(int yy);

bool is_valid_calendar_day(int year, int month, int day);

} // namespace cablesearch
