#pragma once
// --timeline year|quarter|month: how many of a search's matches fall in each
// period, from the first dated match to the last, empty periods included;
// undated cables are counted apart. --per-volume sets each count against the
// number of cables the whole index has in the period (per 1,000), so that a
// burst is not just a busier year.
//
// The counts are the month facet of every match, counted like the other
// facets (Facets.h: facet table, value streams or the server's match spies),
// so they are exact; quarters and years are sums of months. The index's own
// volume per month is the frequency of each month's filter term.

#include "Facets.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace cablesearch {

enum class TimelinePeriod { Year, Quarter, Month };

std::string_view timeline_period_name(TimelinePeriod period);
// "year", "quarter", "month" (and their plurals); throws std::invalid_argument.
TimelinePeriod parse_timeline_period(std::string_view name);

struct TimelineOptions {
    TimelinePeriod period = TimelinePeriod::Year;
    bool per_volume = false;
};

struct TimelineRow {
    std::string period;          // 2007, 2007-Q1, 2007-02
    Xapian::doccount count = 0;  // matches dated in the period
    Xapian::doccount volume = 0; // per_volume: cables of the whole index dated in it
    // Matches per 1,000 cables of the index in the period (0 when it has none).
    double per_thousand() const { return volume ? 1000.0 * count / volume : 0.0; }
};

struct Timeline {
    TimelineOptions options;
    std::vector<TimelineRow> rows; // in date order, no gap; empty when no match is dated
    Xapian::doccount dated = 0, undated = 0;
};

// "2007-02" -> count, as the month facet gives them (any order).
using MonthCounts = std::vector<FacetCount>;

// The timeline of matches whose months are counted in months, total matches
// in all (the rest are undated); volumes are the index's month counts, read
// only with options.per_volume.
Timeline make_timeline(const TimelineOptions& options, const MonthCounts& months, Xapian::doccount total,
                       const MonthCounts& volumes);

// Every month's number of cables in the whole index.
MonthCounts index_month_volumes(const Xapian::Database& db);

} // namespace cablesearch
