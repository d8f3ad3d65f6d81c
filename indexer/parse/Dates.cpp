#include "parse/Dates.h"

#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

int expand_two_digit_year(int yy) { return yy >= 60 ? 1900 + yy : 2000 + yy; }

bool is_valid_calendar_day(int year, int month, int day)
{
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
    if (day > days[month - 1]) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

int month_from_abbreviation(std::string_view s)
{
    static constexpr std::string_view names[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    if (s.size() < 3) return 0;
    for (int i = 0; i < 12; ++i)
        if (starts_with_ci(s, names[i])) return i + 1;
    return 0;
}

std::optional<DateTime> parse_date_time_group(std::string_view dtg)
{
    // DDHHMMZ MON YY, with OCR slips tolerated: 'O' for '0' in the digits,
    // missing space before the month.
    auto parts = split_any(trim(dtg), " ");
    if (parts.size() < 2) return std::nullopt;
    std::string digits(parts[0]);
    if (!digits.empty() && (digits.back() == 'Z' || digits.back() == 'z')) digits.pop_back();
    for (char& c : digits)
        if (c == 'O' || c == 'o') c = '0';
    if (digits.size() != 6) return std::nullopt;
    DateTime t;
    if (!parse_uint(std::string_view(digits).substr(0, 2), t.day) ||
        !parse_uint(std::string_view(digits).substr(2, 2), t.hour) ||
        !parse_uint(std::string_view(digits).substr(4, 2), t.minute))
        return std::nullopt;
    t.month = month_from_abbreviation(parts[1]);
    std::string_view year_text = parts.size() >= 3 ? parts[2] : std::string_view{};
    if (parts[1].size() > 3 && year_text.empty()) year_text = parts[1].substr(3);
    int yy = 0;
    if (!parse_uint(year_text.substr(0, std::min<size_t>(year_text.size(), 4)), yy)) return std::nullopt;
    t.year = year_text.size() == 4 ? yy : expand_two_digit_year(yy);
    if (t.month == 0 || t.hour > 23 || t.minute > 59 || !is_valid_calendar_day(t.year, t.month, t.day))
        return std::nullopt;
    return t;
}

std::optional<DateTime> parse_csv_date(std::string_view s)
{
    s = trim(s);
    size_t space = s.find(' ');
    auto day = parse_us_day(s.substr(0, space));
    if (!day) return std::nullopt;
    DateTime t{day->year, day->month, day->day, 0, 0};
    if (space != std::string_view::npos) {
        auto clock = trim(s.substr(space + 1));
        size_t colon = clock.find(':');
        if (colon == std::string_view::npos || !parse_uint(clock.substr(0, colon), t.hour) ||
            !parse_uint(clock.substr(colon + 1), t.minute) || t.hour > 23 || t.minute > 59)
            return std::nullopt;
    }
    return t;
}

std::optional<DateTime> parse_iso_minute(std::string_view s)
{
    s = trim(s);
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    DateTime t;
    if (!parse_uint(s.substr(0, 4), t.year) || !parse_uint(s.substr(5, 2), t.month) ||
        !parse_uint(s.substr(8, 2), t.day))
        return std::nullopt;
    if (s.size() >= 16 && s[13] == ':') {
        if (!parse_uint(s.substr(11, 2), t.hour) || !parse_uint(s.substr(14, 2), t.minute)) return std::nullopt;
    }
    if (!is_valid_calendar_day(t.year, t.month, t.day) || t.hour > 23 || t.minute > 59) return std::nullopt;
    return t;
}

std::optional<Day> parse_us_day(std::string_view s)
{
    auto parts = split_any(trim(s), "/");
    if (parts.size() != 3) return std::nullopt;
    Day d;
    if (!parse_uint(parts[0], d.month) || !parse_uint(parts[1], d.day) || !parse_uint(parts[2], d.year))
        return std::nullopt;
    if (parts[2].size() == 2) d.year = expand_two_digit_year(d.year);
    else if (parts[2].size() != 4) return std::nullopt;
    if (!is_valid_calendar_day(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

std::optional<Day> parse_declassification_date(std::string_view s)
{
    std::string t(trim(s));
    // "2O13": a zero typed or OCR'd as the letter O, between digits or separators.
    for (size_t i = 0; i < t.size(); ++i) {
        bool digit_near = (i > 0 && is_digit(t[i - 1])) || (i + 1 < t.size() && is_digit(t[i + 1]));
        if ((t[i] == 'O' || t[i] == 'o') && digit_near) t[i] = '0';
    }
    auto parts = split_any(t, "/-.");
    // "011/2/2019": a month or day typed with one zero too many.
    for (size_t i = 0; i + 1 < parts.size(); ++i)
        if (parts[i].size() == 3 && parts[i][0] == '0') parts[i].remove_prefix(1);
    if (parts.size() != 3 || std::any_of(parts.begin(), parts.end(), [](std::string_view p) {
            return p.empty() || p.size() > 4 || !std::all_of(p.begin(), p.end(), is_digit);
        }))
        return std::nullopt;
    Day d;
    if (parts[0].size() == 4) { // year first: 2020/02/23, 2019-02-12
        parse_uint(parts[0], d.year);
        parse_uint(parts[1], d.month);
        parse_uint(parts[2], d.day);
        if (parts[1].size() > 2 || parts[2].size() > 2) return std::nullopt;
    } else { // the US order of the cables: month, day, year
        if (parts[0].size() > 2 || parts[1].size() > 2 || !(parts[2].size() == 2 || parts[2].size() == 4))
            return std::nullopt;
        parse_uint(parts[0], d.month);
        parse_uint(parts[1], d.day);
        parse_uint(parts[2], d.year);
        if (parts[2].size() == 2) d.year = expand_two_digit_year(d.year);
    }
    if (!is_valid_calendar_day(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

} // namespace cablesearch
