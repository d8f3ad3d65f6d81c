#pragma once
// Dates in queries: date:2007, date:2007-02, date:2007-02-01, ranges
// date:2007-02-01..2007-03-31 with open ends (date:2008.., date:..2008).
// A bound is widened to its whole period: date:..2007 includes all of 2007.

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace cablesearch {

// "2007-02" -> first and last minute of the period, as the date slot's
// sortable strings (200702010000, 200702282359). Throws std::invalid_argument
// with a readable reason for an impossible date.
struct DatePeriod {
    std::string first, last;
};
DatePeriod parse_date_period(std::string_view text);

// The query for a range; either end may be empty (open).
Xapian::Query date_range_query(std::string_view from, std::string_view to);

} // namespace cablesearch
