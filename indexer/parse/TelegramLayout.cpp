#include "parse/TelegramLayout.h"

#include "parse/GluedFields.h"
#include "parse/Paragraphs.h"
#include "parse/RoutingHeader.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

// The next line with text on it starts with prefix.
bool next_line_starts_with(const std::vector<std::string_view>& lines, size_t i, std::string_view prefix)
{
    for (size_t k = i + 1; k < lines.size(); ++k) {
        std::string_view t = trim(lines[k]);
        if (!t.empty()) return t.starts_with(prefix);
    }
    return false;
}

} // namespace

// Where the telegram begins: its date-time group line when an FM line follows
// it. Copies forwarded by e-mail or printed under a summary sheet carry a
// classification, TAGS and Subject of their own above it; those lines are not
// the cable's header.
size_t telegram_start(const std::vector<std::string_view>& lines)
{
    constexpr size_t kRoutingHeaderReach = 120;
    for (size_t i = 0; i < lines.size() && i < kRoutingHeaderReach; ++i) {
        std::string_view t = trim(lines[i]);
        if (t.empty() || !(is_digit(t[0]) || is_upper(t[0]))) continue;
        if (parse_date_time_group_line(t) && next_line_starts_with(lines, i, "FM ")) return i;
        if (match_paragraph_start(t)) break; // the body has begun: no routing header
    }
    return 0;
}

// Database exports end every line of a record with a backslash ("FM
// AMEMBASSY BERN \\"): when most lines do, the backslashes go.
void strip_continuation_backslashes(std::vector<std::string_view>& lines)
{
    size_t text_lines = 0, continued = 0;
    for (size_t i = 0; i < lines.size() && text_lines < 60; ++i) {
        std::string_view t = trim_right(lines[i]);
        if (t.empty()) continue;
        ++text_lines;
        if (t.back() == '\\') ++continued;
    }
    if (continued * 2 < text_lines || continued < 3) return;
    for (auto& line : lines) {
        std::string_view t = trim_right(line);
        if (!t.empty() && t.back() == '\\') line = t.substr(0, t.size() - 1);
    }
}

// The first line of the body: a numbered paragraph (1 to 5) at the start of
// a line. Glued header fields are cut apart only above it.
size_t header_end(const std::vector<std::string_view>& lines)
{
    // The longest routing headers run to a hundred-odd lines; a cable without
    // numbered paragraphs has its header there too.
    constexpr size_t kHeaderReach = 200;
    size_t reach = std::min(lines.size(), kHeaderReach);
    for (size_t i = 0; i < reach; ++i) {
        std::string_view t = trim_left(lines[i]);
        if (t.empty() || !(is_digit(t[0]) || t[0] == '\xC2')) continue;
        if (auto p = match_paragraph_start(t); p && p->number <= 5) return i;
    }
    return reach;
}

TelegramText split_telegram(std::string_view text)
{
    auto lines = split_lines(text);
    strip_continuation_backslashes(lines);
    auto start = static_cast<std::ptrdiff_t>(telegram_start(lines));
    TelegramText out;
    out.above.assign(lines.begin(), lines.begin() + start);
    lines.erase(lines.begin(), lines.begin() + start);
    out.telegram = split_glued_fields(lines, header_end(lines));
    return out;
}

} // namespace cablesearch
