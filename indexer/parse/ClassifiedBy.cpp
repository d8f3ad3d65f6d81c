#include "parse/ClassifiedBy.h"

#include "parse/HeaderFields.h"
#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

bool take_classified_by_keyword(std::string_view line, std::string_view& value)
{
    return take_field(without_marking(line), {"CLASSIFIED BY:", "CLASSIFIED BY", "DERIVED FROM:"}, value);
}

bool take_reason_keyword(std::string_view line, std::string_view& value)
{
    return take_field(line, {"REASON:", "REASONS:", "REASON", "REASONS"}, value);
}

bool continue_classified_by(std::string& classified_by, std::string_view line)
{
    if (reason_code_end(classified_by) != std::string_view::npos) return false;
    classified_by.push_back(' ');
    classified_by.append(line);
    return true;
}

namespace {

bool is_reason_letter(char c) { return (c >= 'a' && c <= 'h') || (c >= 'A' && c <= 'H'); }

// After "1.4": the letters of the reason, "(b) and (d)", "(B,D)", "b, d",
// "(b)(d)". Returns where they end; at when there are none.
size_t reason_letters_end(std::string_view s, size_t at)
{
    size_t end = at;
    bool first = true;
    for (;;) {
        size_t k = end;
        while (k < s.size() && (is_space(s[k]) || s[k] == ',' || s[k] == ';' || s[k] == '&' || s[k] == '/')) ++k;
        if (starts_with_ci(s.substr(k), "and ") || starts_with_ci(s.substr(k), "and(")) k += 3;
        else if (starts_with_ci(s.substr(k), "or ")) k += 2;
        while (k < s.size() && is_space(s[k])) ++k;
        bool joined = first || trim(s.substr(end, k - end)).size() > 0; // a comma or "and" between
        first = false;
        if (k < s.size() && s[k] == '(' && !joined) {
            // "(d) (C) Econoff delivered": a paragraph marking starts the
            // first paragraph after the reason, where line breaks were lost.
            size_t close = s.find(')', k);
            size_t next = close == std::string_view::npos ? s.size() : close + 1;
            while (next < s.size() && is_space(s[next])) ++next;
            if (next + 1 < s.size() && is_alpha(s[next]) && is_alpha(s[next + 1])) break;
        }
        if (k < s.size() && s[k] == '(') {
            // "(b)", or a list in one pair: "(b, d)", "(B and D)"
            size_t close = s.find(')', k);
            if (close == std::string_view::npos || close - k > 24) break;
            bool letters = false, ok = true; // "(b)", "(b, d)", "( d)", "(B and D)"
            for (size_t m = k + 1; m < close && ok; ++m) {
                if (is_reason_letter(s[m]) && !(m + 1 < close && is_alpha(s[m + 1]))) letters = true;
                else if (starts_with_ci(s.substr(m), "and") && m + 3 <= close) m += 2;
                else if (!(is_space(s[m]) || s[m] == ',' || s[m] == '&' || s[m] == '/')) ok = false;
            }
            if (!ok || !letters) break;
            end = close + 1;
            continue;
        }
        // A bare letter: "1.4 b and d"
        if (k < s.size() && is_reason_letter(s[k]) && (k + 1 == s.size() || !is_alnum(s[k + 1]))) {
            end = k + 1;
            continue;
        }
        break;
    }
    return end;
}

} // namespace

size_t reason_code_end(std::string_view s)
{
    // The code: "1.4", "1.5", "1.6" (E.O. 12958 and 13526 sections), letters after.
    for (size_t i = s.find("1."); i != std::string_view::npos; i = s.find("1.", i + 1)) {
        if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.')) continue;
        size_t j = i + 2;
        while (j < s.size() && s[j] == ' ') ++j;
        if (j >= s.size() || !(s[j] >= '4' && s[j] <= '6') || (j + 1 < s.size() && is_digit(s[j + 1]))) continue;
        size_t end = reason_letters_end(s, j + 1);
        if (end == j + 1) continue; // "1.4" without letters: not the code yet
        // "1.4 (b) and" at the end of a line: the letters go on below.
        std::string_view rest = trim(s.substr(end));
        if (rest.empty() || rest == "and" || rest == "AND" || rest == "," || rest == "&" || rest == "or") {
            if (!rest.empty()) return std::string_view::npos;
            return end;
        }
        if (rest[0] == '.' || rest[0] == ')' || rest[0] == ';') {
            size_t dot = s.find_first_of(".);", end);
            return dot + 1;
        }
        return end;
    }
    return std::string_view::npos;
}

void take_classified_by(std::string_view text, Cable& cable)
{
    // "James A. Boughner, Consul General ... REASON: 1.4 (b), (d)" or
    // "Charge Bob Manzanares; reasons 1.5 (B) and (D)".
    std::string joined = collapse_spaces(text);
    size_t reason = find_ci(joined, "reason");
    if (reason != std::string::npos) {
        std::string_view r = std::string_view(joined).substr(reason);
        while (!r.empty() && is_alpha(r[0])) r.remove_prefix(1); // reason/reasons
        r = trim_left(r);
        if (r.starts_with(':')) r.remove_prefix(1);
        if (cable.reason.empty()) cable.reason = std::string(trim(r));
        std::string_view by = trim(std::string_view(joined).substr(0, reason));
        while (!by.empty() && (by.back() == ';' || by.back() == ',' || by.back() == '.')) by.remove_suffix(1);
        if (by.size() >= 4 && equals_ci(by.substr(by.size() - 4), " for")) by.remove_suffix(4);
        cable.classified_by = std::string(trim(by));
    } else {
        cable.classified_by = joined;
    }
}

} // namespace cablesearch
