#include "parse/ReferenceIds.h"

#include "parse/Dates.h"
#include "parse/PostCodes.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>

namespace cablesearch {

using namespace text;

std::string make_reference_id(int year, std::string_view post_code, std::string_view serial)
{
    while (serial.size() > 1 && serial.front() == '0') serial.remove_prefix(1);
    return fmt::format("{:02}{}{}", year % 100, post_code, serial);
}

bool looks_like_reference_id(std::string_view id)
{
    if (id.size() < 4 || !is_digit(id[0]) || !is_digit(id[1])) return false;
    size_t i = 2;
    while (i < id.size() && is_upper(id[i])) ++i;
    if (i == 2 || i == id.size()) return false;
    while (i < id.size() && is_digit(id[i])) ++i;
    return i == id.size();
}

bool looks_like_released_id(std::string_view id)
{
    if (looks_like_reference_id(id)) return true;
    if (id.size() < 4 || id.size() > 40 || !is_digit(id[0]) || !is_digit(id[1]) || !is_upper(id[2]) ||
        !is_digit(id.back()))
        return false;
    return std::all_of(id.begin() + 2, id.end(), [](char c) { return is_upper(c) || is_digit(c); });
}

std::string_view post_code_of_id(std::string_view id)
{
    if (id.size() < 3 || !is_digit(id[0]) || !is_digit(id[1])) return {};
    size_t end = 2;
    while (end < id.size() && is_alpha(id[end])) ++end;
    return id.substr(2, end - 2);
}

namespace {

// Words that sit between a list letter and a cable number but are not posts.
bool is_noise_word(std::string_view w)
{
    static constexpr std::string_view words[] = {
        "REF", "REFS", "REFTEL", "REFTELS", "AND", "OF", "NOTAL", "DTG", "TELEGRAM",
        "CABLE", "EMAIL", "E-MAIL", "MEMO", "LETTER", "FAX", "PARA", "PARAS", "SEPTEL", "SECTION", "PAGE",
        "ALSO", "SEE", "NO", "NUMBER", "DATED", "OUR", "YOUR", "AS", "IN", "ON", "TO", "FROM", "FOR"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool is_month_word(std::string_view w)
{
    static constexpr std::string_view months[] = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
                                                   "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "SEPT"};
    if (w.size() == 3) return month_from_abbreviation(w) != 0;
    return std::find(std::begin(months), std::end(months), w) != std::end(months);
}

} // namespace

namespace {

bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }
bool all_upper(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_upper); }

// "01VATICAN": a year and a post written together.
bool looks_like_year_and_post(std::string_view t)
{
    return t.size() > 3 && is_digit(t[0]) && is_digit(t[1]) && std::all_of(t.begin() + 2, t.end(), is_upper);
}

// "09", "2000" just before the post: the year of the referenced cable.
int year_token(std::string_view t)
{
    int y = 0;
    if (t.size() == 2 && parse_uint(t, y)) return expand_two_digit_year(y);
    if (t.size() == 4 && parse_uint(t, y) && y >= 1960 && y <= 2030) return y;
    return 0;
}

} // namespace

std::vector<std::string> resolve_references(std::string_view ref_text, int cable_year)
{
    // Tokens split on blanks and punctuation; punctuation that matters (list
    // markers, times, dates) is kept as a token of its own.
    std::vector<std::string> tokens;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) tokens.push_back(cur);
        cur.clear();
    };
    for (char c : ref_text) {
        if (is_alnum(c)) {
            cur.push_back(to_upper(c));
        } else {
            flush();
            if (c == '.' || c == ')' || c == ':' || c == ';' || c == ',' || c == '(' || c == '/')
                tokens.push_back(std::string(1, c));
        }
    }
    flush();
    auto token = [&](size_t k) -> std::string_view { return k < tokens.size() ? tokens[k] : std::string_view{}; };

    std::vector<std::string> out;
    auto add = [&](std::string id) {
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
    };

    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string& tok = tokens[i];
        if (looks_like_reference_id(tok)) { // "04TEGUCIGALPA232"
            std::string_view code = release_post_code(post_code_of_id(tok));
            if (!code.empty()) {
                size_t serial = 2 + post_code_of_id(tok).size();
                add(make_reference_id(expand_two_digit_year((tok[0] - '0') * 10 + (tok[1] - '0')), code,
                                      std::string_view(tok).substr(serial)));
            }
            continue;
        }
        if (!tok.empty() && is_upper(tok[0]) && is_digit(tok.back())) { // "BEIJING5237"
            size_t letters = 0;
            while (letters < tok.size() && is_upper(tok[letters])) ++letters;
            std::string_view code = release_post_code(std::string_view(tok).substr(0, letters));
            if (letters >= 4 && all_digits(std::string_view(tok).substr(letters)) && !code.empty() && cable_year > 0)
                add(make_reference_id(cable_year, code, std::string_view(tok).substr(letters)));
            continue;
        }
        if (!all_digits(tok) || tok.size() > 8) continue;
        // "1200:" is a time of day and "9/12/03" a date, not serials ("386/CPA" is one).
        if (token(i + 1) == ":" || (token(i + 1) == "/" && all_digits(token(i + 2))) ||
            (i >= 2 && token(i - 1) == "/" && all_digits(token(i - 2))))
            continue;
        size_t end = i; // the post words end here
        if (end >= 2 && token(end - 1) == ":") --end; // "STATE: 347575"
        if (end >= 1 && looks_like_year_and_post(token(end - 1))) { // "01VATICAN 4258"
            std::string_view glued = token(end - 1);
            std::string_view code = release_post_code(glued.substr(2));
            if (!code.empty()) add(make_reference_id(year_token(glued.substr(0, 2)), code, tok));
            continue;
        }
        // The post words just before the number.
        size_t first = end;
        while (first > 0 && end - first < 4 && all_upper(tokens[first - 1]) && tokens[first - 1].size() >= 2 &&
               !is_noise_word(tokens[first - 1]) && !is_month_word(tokens[first - 1]))
            --first;
        // The longest run of them, ending at the number, that names a post of the release.
        std::string_view code;
        size_t run = first;
        for (; run < end; ++run) {
            std::string candidate;
            for (size_t m = run; m < end; ++m) candidate += tokens[m];
            code = release_post_code(candidate);
            if (!code.empty()) break;
        }
        if (code.empty()) continue;
        int year = run > 0 ? year_token(tokens[run - 1]) : 0;
        if (year == 0) year = cable_year;
        if (year > 0) add(make_reference_id(year, code, tok));
    }
    return out;
}

} // namespace cablesearch
