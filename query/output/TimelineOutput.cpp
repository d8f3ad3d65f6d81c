#include "TimelineOutput.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace cablesearch {

namespace {

constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";

// U+2588 FULL BLOCK, then U+2589..U+258F: seven eighths down to one.
constexpr const char* kFullBlock = "\xE2\x96\x88";
constexpr const char* kEighths[8] = {"",           "\xE2\x96\x8F", "\xE2\x96\x8E", "\xE2\x96\x8D",
                                     "\xE2\x96\x8C", "\xE2\x96\x8B", "\xE2\x96\x8A", "\xE2\x96\x89"};

size_t terminal_columns()
{
    if (const char* c = std::getenv("COLUMNS"); c && *c) {
        char* end = nullptr;
        long n = std::strtol(c, &end, 10);
        if (*end == '\0' && n > 0 && n < 100000) return static_cast<size_t>(n);
    }
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}

std::string plural(Xapian::doccount n, const char* one, const char* many)
{
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string heading(const Timeline& t)
{
    std::string_view by = timeline_period_name(t.options.period);
    std::string h = fmt::format("timeline by {}", by);
    if (t.options.per_volume) h += fmt::format(", per 1,000 cables the index has in each {}", by);
    h += ": ";
    if (t.rows.empty()) h += "no dated match";
    else if (t.rows.size() == 1)
        h += fmt::format("{} in {}", plural(t.dated, "dated match", "dated matches"), t.rows.front().period);
    else
        h += fmt::format("{} from {} to {}", plural(t.dated, "dated match", "dated matches"), t.rows.front().period,
                         t.rows.back().period);
    if (t.undated > 0) h += fmt::format(", {} undated (not shown)", t.undated);
    return h;
}

std::string rate_text(double rate) { return fmt::format("{:.2f}", rate); }

} // namespace

TimelineStyle timeline_style(const std::string& colour_mode, bool colour)
{
    TimelineStyle s;
    s.blocks = colour_mode == "always" || (colour_mode == "auto" && isatty(STDOUT_FILENO));
    s.colour = colour;
    s.columns = terminal_columns();
    return s;
}

std::string timeline_bar(double value, double max, size_t width, bool blocks)
{
    if (!(value > 0) || !(max > 0)) return {};
    const double share = std::min(1.0, value / max);
    if (!blocks) {
        size_t cells = std::max<size_t>(1, static_cast<size_t>(std::lround(share * static_cast<double>(width))));
        return std::string(cells, '#');
    }
    size_t eighths = std::max<size_t>(1, static_cast<size_t>(std::lround(share * static_cast<double>(width * 8))));
    std::string bar;
    for (size_t i = 0; i < eighths / 8; ++i) bar += kFullBlock;
    bar += kEighths[eighths % 8];
    return bar;
}

void print_timeline_text(std::FILE* out, const Timeline& t, const TimelineStyle& style)
{
    std::string h = heading(t);
    fmt::print(out, "{}\n", style.colour ? kBold + h + kReset : h);
    if (t.rows.empty()) return;

    const bool per_volume = t.options.per_volume;
    size_t label_width = 0, count_width = 1, volume_width = 1, rate_width = 1;
    double max = 0;
    for (const auto& r : t.rows) {
        label_width = std::max(label_width, r.period.size());
        count_width = std::max(count_width, fmt::formatted_size("{}", r.count));
        volume_width = std::max(volume_width, fmt::formatted_size("{}", r.volume));
        rate_width = std::max(rate_width, rate_text(r.per_thousand()).size());
        max = std::max(max, per_volume ? r.per_thousand() : static_cast<double>(r.count));
    }
    // "2007-02  12 " or "2007-02  12 of 2803  4.28 ", then the bar.
    size_t prefix = label_width + 2 + count_width + 1;
    if (per_volume) prefix += 4 + volume_width + 2 + rate_width + 1;
    size_t bar_width = TimelineStyle::kDefaultBarWidth;
    if (style.columns > 0)
        bar_width = std::max(TimelineStyle::kMinBarWidth, style.columns > prefix + 1 ? style.columns - prefix - 1 : 0);

    for (const auto& r : t.rows) {
        std::string line = fmt::format("{:<{}}  {:>{}}", r.period, label_width, r.count, count_width);
        if (per_volume) line += fmt::format(" of {:>{}}  {:>{}}", r.volume, volume_width, rate_text(r.per_thousand()), rate_width);
        std::string bar = timeline_bar(per_volume ? r.per_thousand() : static_cast<double>(r.count), max, bar_width, style.blocks);
        if (!bar.empty()) line += " " + bar;
        fmt::print(out, "{}\n", line);
    }
}

nlohmann::ordered_json timeline_json(const Timeline& t)
{
    using json = nlohmann::ordered_json;
    json j;
    j["by"] = std::string(timeline_period_name(t.options.period));
    j["per_volume"] = t.options.per_volume;
    j["dated"] = t.dated;
    j["undated"] = t.undated;
    json series = json::array();
    for (const auto& r : t.rows) {
        json row;
        row["period"] = r.period;
        row["count"] = r.count;
        if (t.options.per_volume) {
            row["volume"] = r.volume;
            row["per_1000"] = r.per_thousand();
        }
        series.push_back(std::move(row));
    }
    j["series"] = std::move(series);
    return j;
}

} // namespace cablesearch
