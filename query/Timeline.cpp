#include "Timeline.h"

#include "index/Schema.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <stdexcept>

namespace cablesearch {

namespace {

// "2007-02" -> 2007 * 12 + 1; nothing for a value that is no month.
std::optional<long> month_number(std::string_view v)
{
    int year = 0, month = 0;
    if (v.size() != 7 || v[4] != '-' || !text::parse_uint(v.substr(0, 4), year) || !text::parse_uint(v.substr(5), month) ||
        month < 1 || month > 12)
        return std::nullopt;
    return long{year} * 12 + (month - 1);
}

// A month's number -> the number of its period, and back to a label.
long period_of(long month, TimelinePeriod p)
{
    switch (p) {
    case TimelinePeriod::Year: return month / 12;
    case TimelinePeriod::Quarter: return month / 3;
    case TimelinePeriod::Month: return month;
    }
    return month;
}

std::string period_label(long period, TimelinePeriod p)
{
    switch (p) {
    case TimelinePeriod::Year: return fmt::format("{:04}", period);
    case TimelinePeriod::Quarter: return fmt::format("{:04}-Q{}", period / 4, period % 4 + 1);
    case TimelinePeriod::Month: return fmt::format("{:04}-{:02}", period / 12, period % 12 + 1);
    }
    return {};
}

// Counts by period number.
std::map<long, Xapian::doccount> by_period(const MonthCounts& months, TimelinePeriod p)
{
    std::map<long, Xapian::doccount> out;
    for (const auto& m : months)
        if (auto n = month_number(m.value); n && m.count > 0) out[period_of(*n, p)] += m.count;
    return out;
}

} // namespace

std::string_view timeline_period_name(TimelinePeriod period)
{
    switch (period) {
    case TimelinePeriod::Year: return "year";
    case TimelinePeriod::Quarter: return "quarter";
    case TimelinePeriod::Month: return "month";
    }
    return "year";
}

TimelinePeriod parse_timeline_period(std::string_view name)
{
    std::string n = text::lower(name);
    if (n == "year" || n == "years") return TimelinePeriod::Year;
    if (n == "quarter" || n == "quarters") return TimelinePeriod::Quarter;
    if (n == "month" || n == "months") return TimelinePeriod::Month;
    throw std::invalid_argument(fmt::format("'{}' is no timeline period (year, quarter or month)", name));
}

Timeline make_timeline(const TimelineOptions& options, const MonthCounts& months, Xapian::doccount total,
                       const MonthCounts& volumes)
{
    Timeline t;
    t.options = options;
    const auto counts = by_period(months, options.period);
    for (const auto& [period, count] : counts) t.dated += count;
    // A month value the timeline cannot place (none is written so) counts as undated.
    t.undated = total > t.dated ? total - t.dated : 0;
    if (counts.empty()) return t;
    const auto volume = options.per_volume ? by_period(volumes, options.period) : std::map<long, Xapian::doccount>{};
    const long first = counts.begin()->first, last = counts.rbegin()->first;
    t.rows.reserve(static_cast<size_t>(last - first + 1));
    for (long p = first; p <= last; ++p) {
        TimelineRow row{period_label(p, options.period), 0, 0};
        if (auto it = counts.find(p); it != counts.end()) row.count = it->second;
        if (auto it = volume.find(p); it != volume.end()) row.volume = it->second;
        t.rows.push_back(std::move(row));
    }
    return t;
}

MonthCounts index_month_volumes(const Xapian::Database& db)
{
    // Each dated cable has one month term (XMONTH2007-02), so a term's
    // frequency is the month's number of cables: a few hundred look-ups, on a
    // remote index too, instead of a pass over every document.
    MonthCounts out;
    const std::string prefix(schema::kMonthPrefix);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        out.push_back({(*it).substr(prefix.size()), it.get_termfreq()});
    return out;
}

} // namespace cablesearch
