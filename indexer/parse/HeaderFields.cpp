#include "parse/HeaderFields.h"

#include "parse/Dates.h"
#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

// "SUBJECT:", "SUBJ:", "REF:", ... -> the value after the colon.
bool take_field(std::string_view line, std::initializer_list<std::string_view> names, std::string_view& value)
{
    for (auto name : names) {
        if (!starts_with_ci(line, name)) continue;
        std::string_view rest = line.substr(name.size());
        rest = trim_left(rest);
        if (rest.starts_with(':')) rest.remove_prefix(1);
        else if (!(name.back() == ':')) {
            // "SUBJECT -" or "REF A." only when the keyword is followed by a separator.
            if (!rest.empty() && is_alnum(rest[0]) && rest.size() == line.size() - name.size()) continue;
        }
        value = trim(rest);
        return true;
    }
    return false;
}

// "SY, IS" wrapping a TAGS line, or a TAGS line whose keyword was lost:
// short upper-case words and commas, nothing else.
bool looks_like_tag_list(std::string_view s)
{
    if (s.find(',') == std::string_view::npos || s.size() > 120) return false;
    auto words = split_any(s, " ,");
    size_t short_words = 0;
    for (auto w : words) {
        if (w.size() < 2 || w.size() > 11) return false;
        for (char c : w)
            if (!(is_upper(c) || is_digit(c) || c == '-')) return false;
        if (w.size() <= 4) ++short_words;
    }
    // Tags are mostly country and subject codes of two to four letters.
    return short_words * 2 >= words.size();
}

// "B. ANKARA 814", "¶B. ...", "(C) STATE 1234"
bool is_reference_list_item(std::string_view s)
{
    if (s.starts_with("\xC2\xB6")) s = trim_left(s.substr(2));
    if (s.starts_with('(')) s.remove_prefix(1);
    if (s.size() < 2 || !is_upper(s[0]) || !(s[1] == '.' || s[1] == ')')) return false;
    // "(U) CLASSIFIED BY ...": a paragraph marking, not item U.
    return !starts_with_ci(trim_left(s.substr(2)), "CLASSIFIED");
}

// "(U) Classified By: ..." -> "Classified By: ..."
std::string_view without_marking(std::string_view t)
{
    if (!t.starts_with('(')) return t;
    size_t close = t.find(')');
    return close != std::string_view::npos && close <= 6 ? trim_left(t.substr(close + 1)) : t;
}

bool is_partial_notice(std::string_view line)
{
    return starts_with_ci(trim(line), "This record is a partial extract of the original cable");
}

// "E.O. 12958: DECL: 2/1/2027" / "E.O. 12356:  DECL: OADR" / "E.O.12958: N/A"
bool take_executive_order(std::string_view line, Cable& cable)
{
    std::string_view t = trim(line);
    if (!(starts_with_ci(t, "E.O.") || starts_with_ci(t, "E. O.") || starts_with_ci(t, "EO "))) return false;
    size_t digits = 0;
    while (digits < t.size() && !is_digit(t[digits])) ++digits;
    size_t end = digits;
    while (end < t.size() && is_digit(t[end])) ++end;
    cable.executive_order = std::string(t.substr(digits, end - digits));
    size_t decl = find_ci(t, "DECL");
    if (decl != std::string_view::npos) {
        std::string_view v = t.substr(decl + 4);
        while (!v.empty() && (v[0] == ':' || is_space(v[0]))) v.remove_prefix(1);
        v = trim(v);
        cable.declassify_raw = std::string(v);
        auto first = split_any(v, " ;,");
        if (!first.empty())
            if (auto day = parse_us_day(first.front())) cable.declassify_on = day;
    } else {
        size_t colon = t.find(':');
        if (colon != std::string_view::npos) cable.declassify_raw = std::string(trim(t.substr(colon + 1)));
    }
    return true;
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
