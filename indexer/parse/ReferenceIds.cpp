#include "parse/ReferenceIds.h"

#include "parse/Dates.h"
#include "parse/PostNames.h"
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
        "REF", "REFS", "REFTEL", "REFTELS", "AND", "THE", "OF", "NOTAL", "DTG", "TEL", "TELEGRAM",
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

std::vector<std::string> resolve_references(std::string_view ref_text, int cable_year)
{
    // Tokens split on blanks and punctuation; '.' and ')' after a single
    // letter mark a list item and end the run of post words.
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
            if (c == '.' || c == ')' || c == ':' || c == ';' || c == ',' || c == '(') tokens.push_back(std::string(1, c));
        }
    }
    flush();

    std::vector<std::string> out;
    auto add = [&](std::string id) {
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
    };

    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string& tok = tokens[i];
        if (looks_like_reference_id(tok)) {
            add(tok);
            continue;
        }
        if (tok.empty() || !is_digit(tok[0])) continue;
        if (!std::all_of(tok.begin(), tok.end(), is_digit) || tok.size() < 1 || tok.size() > 7) continue;
        // Collect the post words just before this number.
        size_t j = i;
        std::vector<std::string_view> words;
        while (j > 0) {
            const std::string& w = tokens[j - 1];
            if (w.size() < 2 || !std::all_of(w.begin(), w.end(), is_upper) || is_noise_word(w) || is_month_word(w))
                break;
            words.insert(words.begin(), w);
            --j;
            if (words.size() == 4) break;
        }
        if (words.empty()) continue;
        // "1200:" is a time of day, not a serial.
        if (i + 1 < tokens.size() && tokens[i + 1] == ":") continue;
        // Longest run of trailing words that names a known post; else the last word.
        std::string code;
        for (size_t k = 0; k < words.size(); ++k) {
            std::string candidate;
            for (size_t m = k; m < words.size(); ++m) candidate += words[m];
            if (is_known_post_code(candidate) || k + 1 == words.size()) {
                code = candidate;
                break;
            }
        }
        // A two-digit year just before the post words: "09 STATE 96625".
        int year = cable_year;
        if (j > 0) {
            const std::string& y = tokens[j - 1];
            int yy = 0;
            if (y.size() == 2 && parse_uint(y, yy)) year = yy >= 60 ? 1900 + yy : 2000 + yy;
        }
        if (code == "SECSTATE") code = "STATE";
        if (year > 0) add(make_reference_id(year, code, tok));
    }
    return out;
}

} // namespace cablesearch
