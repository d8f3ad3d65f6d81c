#include "DateFilter.h"

#include "index/Schema.h"
#include "parse/Dates.h"
#include "parse/TextScan.h"

#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

DatePeriod parse_date_period(std::string_view text)
{
    auto parts = text::split_any(text::trim(text), "-/.");
    int year = 0, month = 0, day = 0;
    auto bad = [&](const std::string& why) { return std::invalid_argument(fmt::format("'{}' is not a date: {}", text, why)); };
    if (parts.empty() || parts.size() > 3 || !text::parse_uint(parts[0], year) || parts[0].size() != 4)
        throw bad("use YYYY, YYYY-MM or YYYY-MM-DD");
    if (year < 1900 || year > 2100) throw bad("the year is out of range");
    if (parts.size() >= 2 && (!text::parse_uint(parts[1], month) || month < 1 || month > 12))
        throw bad("there is no month " + std::string(parts[1]));
    if (parts.size() == 3 && (!text::parse_uint(parts[2], day) || !is_valid_calendar_day(year, month, day)))
        throw bad(fmt::format("{:04}-{:02} has no day {}", year, month, parts[2]));
    DatePeriod p;
    if (parts.size() == 1) {
        p.first = fmt::format("{:04}01010000", year);
        p.last = fmt::format("{:04}12312359", year);
    } else if (parts.size() == 2) {
        int last_day = 31;
        while (!is_valid_calendar_day(year, month, last_day)) --last_day;
        p.first = fmt::format("{:04}{:02}010000", year, month);
        p.last = fmt::format("{:04}{:02}{:02}2359", year, month, last_day);
    } else {
        p.first = fmt::format("{:04}{:02}{:02}0000", year, month, day);
        p.last = fmt::format("{:04}{:02}{:02}2359", year, month, day);
    }
    return p;
}

Xapian::Query date_range_query(std::string_view from, std::string_view to)
{
    using schema::kDateSlot;
    if (from.empty() && to.empty()) throw std::invalid_argument("a date range needs at least one end");
    if (from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, kDateSlot, parse_date_period(to).last);
    if (to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, kDateSlot, parse_date_period(from).first);
    DatePeriod a = parse_date_period(from), b = parse_date_period(to);
    if (a.first > b.last)
        throw std::invalid_argument(fmt::format("the range '{}..{}' ends before it starts", from, to));
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kDateSlot, a.first, b.last);
}

} // namespace cablesearch
