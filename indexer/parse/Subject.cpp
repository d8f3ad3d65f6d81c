#include "parse/Subject.h"

#include "parse/Classification.h"
#include "parse/ClassifiedBy.h"
#include "parse/Paragraphs.h"
#include "parse/HeaderFields.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

constexpr std::string_view kPilcrow = "\xC2\xB6"; // ¶

// The keyword typed with one slip before its colon: "UBJECT:", "SUBJEC:",
// "SUBJET:", "SUBJCT:". Only with the colon, which no word of prose has there.
bool is_one_slip_from_subject(std::string_view w)
{
    static constexpr std::string_view kSubject = "SUBJECT";
    if (w == kSubject || w.size() < 6 || w.size() > 8) return false;
    if (w.size() == kSubject.size()) {
        int diff = 0;
        for (size_t i = 0; i < w.size(); ++i) diff += w[i] != kSubject[i];
        return diff == 1;
    }
    const std::string_view longer = w.size() > kSubject.size() ? w : kSubject;
    const std::string_view shorter = w.size() > kSubject.size() ? kSubject : w;
    for (size_t skip = 0; skip < longer.size(); ++skip) {
        std::string without(longer);
        without.erase(skip, 1);
        if (without == shorter) return true;
    }
    return false;
}

// "SUBJECT: SUBJECT: NO RED CARPET": the keyword repeated by a copy.
std::string_view without_repeated_keyword(std::string_view value)
{
    std::string_view again;
    while (take_field(value, {"SUBJECT:", "SUBJ:"}, again)) value = again;
    return value;
}

// "Sensitive but unclassified. Please handle accordingly.": the banner some
// posts typed after the subject.
size_t find_banner(std::string_view s)
{
    size_t at = find_ci(s, "sensitive but unclassified");
    while (at != std::string_view::npos && at > 0 && is_alpha(s[at - 1]))
        at = find_ci(s, "sensitive but unclassified", at + 1);
    // "... RESIDENCE ENTIRE TEXT SENSITIVE BUT UNCLASSIFIED/NOFORN": the
    // banner's own words.
    constexpr std::string_view kEntireText = "ENTIRE TEXT ";
    if (at != std::string_view::npos && at >= kEntireText.size() &&
        equals_ci(s.substr(at - kEntireText.size(), kEntireText.size()), kEntireText))
        at -= kEntireText.size();
    return at;
}

// "-----", "=====", "_____": a rule under a heading.
size_t find_rule(std::string_view s)
{
    for (size_t i = 0; i + 4 <= s.size(); ++i) {
        char c = s[i];
        if ((c == '-' || c == '=' || c == '_' || c == '*') && s.substr(i, 4).find_first_not_of(c) == std::string_view::npos)
            return i;
    }
    return std::string_view::npos;
}

bool has_lower_word(std::string_view s)
{
    // "55th", "1st", "'s" are no words of prose.
    for (auto w : split_any(s, " ")) {
        size_t letters = 0, lower = 0;
        for (char c : w) {
            if (is_alpha(c)) ++letters;
            if (is_lower(c)) ++lower;
        }
        if (lower >= 2 && lower == letters && !is_digit(w[0])) return true;
        if (lower >= 2 && is_upper(w[0]) && lower + 1 == letters) return true; // "Sensitive"
    }
    return false;
}

// In a subject written in capitals, where a sentence of prose begins: a
// capitalized word followed by two words in lower case ("This is an
// Action request", "Sensitive but unclassified"). npos when none.
size_t find_prose_after_capitals(std::string_view s, size_t from)
{
    auto words = split_any(s.substr(from), " ");
    for (size_t k = 1; k + 2 < words.size(); ++k) {
        std::string_view w = words[k], a = words[k + 1], b = words[k + 2];
        auto lower_word = [](std::string_view x) {
            return !x.empty() && std::all_of(x.begin(), x.end(), [](char c) { return is_lower(c) || c == ',' || c == '.'; });
        };
        bool capitalized = w.size() >= 2 && is_upper(w[0]) && is_lower(w[1]);
        if (!capitalized || !lower_word(a) || !lower_word(b)) continue;
        std::string_view before = trim(s.substr(from, static_cast<size_t>(w.data() - s.data()) - from));
        if (has_lower_word(before) || before.empty()) return std::string_view::npos;
        // "TFGG01: Russian media declares war over", "MEXICO: Scene setter
        // for ...": a code or a country before a colon opens a subject in
        // mixed case. Only a subject of three words or more in capitals is
        // followed by a sentence it does not own.
        if (k < 3 || before.back() == ':' || before.back() == '-') return std::string_view::npos;
        return static_cast<size_t>(w.data() - s.data());
    }
    return std::string_view::npos;
}

// A line that begins something else than a wrapped subject.
bool begins_something_else(std::string_view subject, std::string_view line)
{
    std::string_view t = trim(line);
    if (find_rule(t) == 0 || find_banner(t) == 0) return true;
    // A classification line: a second copy of the header run on.
    if (auto c = parse_classification_line(t); c && !c->serial.empty()) return true;
    if (find_classification_in_line(t)) return true;
    // "¶B. SANTO DOMINGO 21": a lettered item of a REF list whose first line
    // was lost. Without the sign, "B. MARKS" under "... DAVID" is a name.
    if (t.starts_with(kPilcrow)) {
        std::string_view item = trim_left(t.substr(kPilcrow.size()));
        if (item.size() > 3 && is_upper(item[0]) && (item[1] == '.' || item[1] == ')') && item[2] == ' ') return true;
    }
    // Prose under a subject in capitals.
    if (!subject.empty() && !has_lower_word(subject) && has_lower_word(t)) {
        auto words = split_any(t, " ");
        size_t lower = static_cast<size_t>(std::count_if(words.begin(), words.end(), [](std::string_view w) {
            return std::all_of(w.begin(), w.end(), [](char c) { return !is_alpha(c) || is_lower(c); }) &&
                   std::any_of(w.begin(), w.end(), is_lower);
        }));
        if (lower >= 2) return true;
    }
    return false;
}

} // namespace

bool take_subject_keyword(std::string_view line, std::string_view& value)
{
    if (take_field(line, {"SUBJECT:", "SUBJ:", "SUBJECT", "SUBJ"}, value)) {
        value = without_repeated_keyword(value);
        return true;
    }
    std::string_view t = trim_left(line);
    size_t end = 0;
    while (end < t.size() && is_alpha(t[end])) ++end;
    if (end + 1 > t.size() || t[end] != ':' || !is_one_slip_from_subject(upper(t.substr(0, end)))) return false;
    value = trim(t.substr(end + 1));
    return true;
}

size_t subject_run_on(std::string_view line)
{
    std::string_view value;
    if (!take_subject_keyword(line, value) || value.empty()) return std::string_view::npos;
    return subject_run_on(line, static_cast<size_t>(value.data() - line.data()));
}

size_t subject_run_on(std::string_view line, size_t from)
{
    size_t cut = std::string_view::npos;
    auto consider = [&](size_t at) {
        if (at != std::string_view::npos && !trim(line.substr(from, at - from)).empty()) cut = std::min(cut, at);
    };
    std::string_view rest = line.substr(from);
    if (size_t at = find_banner(rest); at != std::string_view::npos) consider(from + at);
    if (size_t at = find_rule(rest); at != std::string_view::npos) consider(from + at);
    consider(find_prose_after_capitals(line, from));
    return cut;
}

bool continue_subject(std::string& subject, std::string_view line)
{
    std::string_view t = trim(line);
    // A second copy of the SUBJECT line ("... FORMER AMBASSADORS TO" /
    // "SUBJECT: ... FORMER AMBASSADORS TO IRAN SHARE THEIR VIEWS").
    std::string_view again;
    if (take_field(t, {"SUBJECT:", "SUBJ:"}, again)) {
        std::string so_far = collapse_spaces(subject), repeated = collapse_spaces(again);
        if (repeated.starts_with(so_far) || so_far.starts_with(repeated)) {
            if (repeated.size() > so_far.size()) subject.assign(again);
            return true;
        }
        return false;
    }
    if (begins_something_else(subject, t)) return false;
    // The release's paragraph sign before a line that starts with a number
    // ("28 AUGUST - 1 SEPTEMBER" / "¶2006.") is no part of the subject.
    if (t.starts_with(kPilcrow) && t.size() > kPilcrow.size() && is_digit(t[kPilcrow.size()])) t.remove_prefix(kPilcrow.size());
    std::string_view so_far = trim_right(subject);
    // "BOSNIA-" / "- HERCEGOVINA" keeps both dashes apart.
    bool hyphenated = so_far.size() > 1 && so_far.back() == '-' && is_alpha(so_far[so_far.size() - 2]) && is_alpha(t[0]);
    if (hyphenated) subject.resize(so_far.size()); // "US-" / "LATIN": one word
    else if (!subject.empty()) subject.push_back(' ');
    subject.append(t);
    return true;
}

std::string finish_subject(std::string_view subject)
{
    return collapse_spaces(without_repeated_keyword(trim(subject)));
}

std::string subject_of_wrapper(const std::vector<std::string_view>& wrapper_lines)
{
    std::string subject;
    bool open = false;
    for (auto line : wrapper_lines) {
        std::string_view t = trim(line);
        if (!open) {
            if (!starts_with_ci(t, "Subject:")) continue;
            subject.assign(trim(t.substr(8)));
            open = true;
            continue;
        }
        // The header lines of the e-mail end it ("Importance:", a blank line).
        if (t.empty() || (t.find(':') != std::string_view::npos && t.find(':') < 16 && t.find(' ') > t.find(':')))
            break;
        subject.push_back(' ');
        subject.append(t);
    }
    std::string_view s = trim(subject);
    // "TRIPOLI 00000063 P CO 28-JAN-09": the post, serial, precedence,
    // classification and date the telegram system put before the subject.
    auto words = split_any(s, " ");
    for (size_t k = 1; k + 3 < words.size() && k <= 4; ++k) {
        bool serial = words[k].size() == 8 && std::all_of(words[k].begin(), words[k].end(), is_digit);
        bool date = words[k + 3].size() == 9 && words[k + 3][2] == '-' && words[k + 3][6] == '-';
        if (serial && date) {
            s = trim(s.substr(static_cast<size_t>(words[k + 3].data() + words[k + 3].size() - s.data())));
            break;
        }
    }
    // "[8466936]": the mail system's number.
    if (s.ends_with(']')) {
        size_t open_bracket = s.rfind('[');
        if (open_bracket != std::string_view::npos &&
            std::all_of(s.begin() + static_cast<std::ptrdiff_t>(open_bracket) + 1, s.end() - 1, is_digit))
            s = trim(s.substr(0, open_bracket));
    }
    return collapse_spaces(s);
}

std::string subject_in_later_copy(const std::vector<std::string_view>& lines, size_t from, std::string_view cut_short)
{
    std::string_view prefix = trim(cut_short);
    while (!prefix.empty() && (prefix.back() == '.' || prefix.back() == ' ')) prefix.remove_suffix(1);
    const std::string want = upper(collapse_spaces(prefix));
    for (size_t i = from; i < lines.size(); ++i) {
        std::string_view value;
        if (!take_subject_keyword(lines[i], value) || value.empty()) continue;
        // "... PULL BACK FROM SOUTH OSSETIA REF: TBILISI 1348 CLASSIFIED BY: ...":
        // the copy's fields run together.
        size_t end = value.size();
        for (std::string_view field : {" REF:", " Ref:", " REFS:", " CLASSIFIED BY", " Classified By", " Classified by"})
            end = std::min(end, value.find(field));
        end = std::min(end, subject_run_on(value, 0));
        std::string subject(trim(value.substr(0, end)));
        if (end == value.size()) {
            for (size_t k = i + 1; k < lines.size(); ++k) {
                std::string_view t = trim(lines[k]), ignored;
                if (t.empty() || starts_with_ci(t, "REF") || take_classified_by_keyword(t, ignored) ||
                    match_paragraph_start(t) || !continue_subject(subject, t))
                    break;
            }
        }
        std::string found = collapse_spaces(subject);
        if (found.size() > want.size() && !found.ends_with("...") && upper(found).starts_with(want)) return found;
    }
    return {};
}

} // namespace cablesearch
