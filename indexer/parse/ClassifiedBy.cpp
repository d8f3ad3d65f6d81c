#include "parse/ClassifiedBy.h"

#include "parse/HeaderFields.h"
#include "parse/TextScan.h"

#include <algorithm>

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

namespace {

// Telegrams of 2003-2010 printed the field's text hard-wrapped at 56
// characters after "Classified By: ", cutting words where the column fell
// ("... Deputy Coordinator Hoyt Y" / "ee for reasons 1.4 (b) and (d)", "FOR
// REA" / "SONS 1.4 (D)"); a blank at the cut starts the next line (" (D).").
constexpr size_t kFieldWrapWidth = 56;

// "FOR REASONS" under "... SHARON WIENER" (01PARIS11204): one line of 56
// that ended at a word. A careful reader keeps the words apart when the next
// line starts with a whole word that introduces the reason.
bool starts_with_reason_word(std::string_view line)
{
    size_t end = 0;
    while (end < line.size() && is_alpha(line[end])) ++end;
    std::string_view w = line.substr(0, end);
    for (std::string_view word : {"for", "per", "under", "reason", "reasons", "based"})
        if (equals_ci(w, word)) return true;
    return false;
}

} // namespace

bool continue_classified_by(std::string& classified_by, std::string_view line)
{
    if (reason_code_end(classified_by) != std::string_view::npos) {
        // "... for reaons 1.5 (b)" / "and (d).": more letters of the reason.
        std::string_view t = trim(line);
        size_t end = reason_letters_end(t, 0);
        bool more_letters = (starts_with_ci(t, "and ") || t.starts_with('&')) && end > 0 &&
                            trim(t.substr(end)).find_first_not_of(".)") == std::string_view::npos;
        if (!more_letters) return false;
        classified_by.push_back('\n');
        classified_by.append(t);
        return true;
    }
    std::string_view t = trim_right(line);
    bool first_line_full = classified_by.find('\n') == std::string::npos && classified_by.size() == kFieldWrapWidth;
    // The cut fell inside a word ("Hoyt Y" / "ee", "Reason 1" / ".5", "(B" /
    // ") AND (D)"). A cut at a blank sometimes lost the blank ("... and" /
    // "(d)."): a line that starts a word of its own gets one.
    bool inside_word = !t.empty() && ((is_alnum(classified_by.back()) && is_alnum(t[0]) &&
                                       !(is_alpha(classified_by.back()) && starts_with_reason_word(t))) ||
                                      t[0] == ')' || t[0] == ',' || (t[0] == '.' && is_digit(classified_by.back())) ||
                                      classified_by.back() == '(');
    if (first_line_full && inside_word) {
        classified_by.append(t);
        classified_by.push_back('\n');
        return true;
    }
    if (!classified_by.empty() && classified_by.back() != '\n') classified_by.push_back('\n');
    classified_by.append(trim(t));
    return true;
}


namespace {

struct ReasonCode {
    size_t begin = std::string_view::npos; // at "1.4"
    size_t end = std::string_view::npos;   // after its letters and a closing stop
};

// The code: "1.4", "1.5", "1.6" (E.O. 12958 and 13526 sections, also "1.4."
// and "1 .5" as typed), the letters after it. begin npos when there is none;
// end npos when the letters go on below ("1.4 (b) and").
ReasonCode find_reason_code(std::string_view s)
{
    for (size_t i = s.find('1'); i != std::string_view::npos; i = s.find('1', i + 1)) {
        if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '.')) continue;
        size_t dot = i + 1;
        while (dot < s.size() && s[dot] == ' ' && dot - i < 2) ++dot;
        if (dot >= s.size() || s[dot] != '.') continue;
        size_t j = dot + 1;
        while (j < s.size() && s[j] == ' ') ++j;
        if (j >= s.size() || !(s[j] >= '4' && s[j] <= '6') || (j + 1 < s.size() && is_digit(s[j + 1]))) continue;
        size_t after = j + 1;
        if (after + 1 < s.size() && s[after] == '.' && !is_digit(s[after + 1])) ++after; // "1.4. (b)", "1.5.D"
        size_t end = reason_letters_end(s, after);
        if (end == after) continue; // "1.4" without letters: not the code yet
        // "1.4 (b) and" at the end of a line: the letters go on below.
        std::string_view rest = trim(s.substr(end));
        if (rest.empty() || rest == "and" || rest == "AND" || rest == "," || rest == "&" || rest == "or") {
            return {i, rest.empty() ? end : std::string_view::npos};
        }
        if (rest[0] == '.' || rest[0] == ')' || rest[0] == ';') return {i, s.find_first_of(".);", end) + 1};
        return {i, end};
    }
    return {};
}

// "reasons", also typed "reaons", "reasns", "REAS0N" or cut short at the end
// of the name ("for rea"): the word that introduces the reason.
bool is_reason_word(std::string_view w)
{
    std::string x = lower(w);
    for (char& c : x)
        if (c == '0') c = 'o';
    while (!x.empty() && !is_alpha(x.back())) x.pop_back();
    if (x == "reason" || x == "reasons") return true;
    if (x.size() < 5 || x.size() > 8 || !x.starts_with("rea")) return false;
    // One letter lost, added or changed.
    for (std::string_view target : {"reason", "reasons"}) {
        if (x.size() == target.size()) {
            int diff = 0;
            for (size_t k = 0; k < x.size(); ++k) diff += x[k] != target[k];
            if (diff == 1) return true;
        }
        const std::string& shorter = x.size() < target.size() ? x : std::string(target);
        std::string longer = x.size() < target.size() ? std::string(target) : x;
        if (longer.size() != shorter.size() + 1) continue;
        for (size_t k = 0; k < longer.size(); ++k)
            if (std::string(longer).erase(k, 1) == shorter) return true;
    }
    return false;
}

bool is_executive_order_word(std::string_view w)
{
    return equals_ci(w, "E.O.") || equals_ci(w, "EO") || equals_ci(w, "E.O") || starts_with_ci(w, "E.O.1");
}

// What stands between the name and the reason: "for reasons", "per",
// "under", "based on", "E.O. 12958", a colon, a semicolon, a dash.
std::string_view without_reason_introducer(std::string_view by)
{
    // "Tatiana Gfoeller,for", "NANCY MCELDOWNEY -FOR": a word after a comma or dash too.
    auto last_word = [](std::string_view s, std::string_view& head) {
        size_t space = s.find_last_of(" ,;-");
        head = space == std::string_view::npos ? std::string_view{} : trim_right(s.substr(0, space));
        return space == std::string_view::npos ? s : s.substr(space + 1);
    };
    for (;;) {
        size_t before = by.size();
        by = trim_right(by);
        if (by.ends_with("...")) by = by.substr(0, by.size() - 3); // "Hodges for..." cut short by a summary
        while (!by.empty() && (by.back() == ';' || by.back() == ',' || by.back() == ':' || by.back() == '-'))
            by = trim_right(by.substr(0, by.size() - 1));
        std::string_view head, head2;
        std::string_view last = last_word(by, head);
        std::string_view previous = last_word(head, head2);
        // "PER SECTIONS 1.5(B) AND (D)": the sections of the order are the reason.
        if (equals_ci(last, "for") || equals_ci(last, "per") || equals_ci(last, "under") || is_reason_word(last) ||
            is_executive_order_word(last) || equals_ci(last, "section") || equals_ci(last, "sections"))
            by = head;
        else if ((equals_ci(last, "on") || equals_ci(last, "0N")) && equals_ci(previous, "based"))
            by = head2;
        else if (last.size() == 5 && std::all_of(last.begin(), last.end(), is_digit) && is_executive_order_word(previous))
            by = head2; // "E.O. 12958"
        else if (last.size() == 5 && std::all_of(last.begin(), last.end(), is_digit) && equals_ci(previous, "O.") &&
                 head2.ends_with("E."))
            by = trim_right(head2.substr(0, head2.size() - 2)); // "E. O. 12958"
        if (by.size() == before) return by;
    }
}

// "Classified by Consul General Brian Browne": the keyword typed again.
std::string_view without_repeated_keyword(std::string_view by)
{
    std::string_view again;
    while (take_classified_by_keyword(by, again) && again.size() < by.size()) by = again;
    return by;
}

} // namespace

size_t reason_code_end(std::string_view s) { return find_reason_code(s).end; }

namespace {

// Where the word that introduces the reason starts, also cut in two where a
// copy lost the line break of the wrap ("Greg Berry, rea sons 1.4 (b)",
// "r eason"); npos when there is none. after: where the word ends.
size_t find_reason_word(std::string_view s, size_t& after)
{
    auto word_end = [&](size_t at) {
        while (at < s.size() && (is_alpha(s[at]) || s[at] == '0')) ++at;
        return at;
    };
    for (size_t at = 0; at < s.size(); ++at) {
        if (!(s[at] == 'r' || s[at] == 'R') || (at > 0 && is_alnum(s[at - 1]))) continue;
        size_t end = word_end(at);
        if (is_reason_word(s.substr(at, end - at))) {
            after = end;
            return at;
        }
        if (end - at < 6 && end + 1 < s.size() && s[end] == ' ' && is_alpha(s[end + 1])) {
            size_t end2 = word_end(end + 1);
            std::string joined = std::string(s.substr(at, end - at)) + std::string(s.substr(end + 1, end2 - end - 1));
            std::string low = lower(joined);
            if (low == "reason" || low == "reasons") {
                after = end2;
                return at;
            }
        }
    }
    return std::string_view::npos;
}

// The name without what ends it: the introducer, a stop, a comma.
std::string name_of(std::string_view by)
{
    by = without_reason_introducer(by);
    while (!by.empty() && (by.back() == ';' || by.back() == ',' || by.back() == '.' || by.back() == ' ')) {
        // "Michael P. Owens, JR." keeps its own stop; "Ambassador Sobel." does not.
        if (by.size() >= 4 && by.back() == '.' && equals_ci(by.substr(by.size() - 4), " JR.")) break;
        by.remove_suffix(1);
    }
    return std::string(trim(by));
}

} // namespace

void take_classified_by(std::string_view text, Cable& cable)
{
    // "James A. Boughner, Consul General ... REASON: 1.4 (b), (d)",
    // "Charge Bob Manzanares; reasons 1.5 (B) and (D)", "DCM Jane B. Fort per
    // 1.4 (b) and (d)", "USEU/POL, Harry O'Hara, 1.4 b/d": the name ends
    // where the word that introduces the reason, or else the code, begins.
    std::string joined = collapse_spaces(text);
    std::string_view all = without_repeated_keyword(joined);
    size_t word_end = 0;
    size_t reason = find_reason_word(all, word_end);
    ReasonCode code = find_reason_code(all);
    size_t split = std::min(reason, code.begin);
    if (split == std::string_view::npos) {
        // The reason on a line of its own below: the name as written, its
        // stop kept ("... United States Consulate, Chengdu."), a comma or an
        // introducer left before the lost reason dropped ("SHEAR,").
        cable.classified_by = std::string(trim(without_reason_introducer(all)));
        return;
    }
    std::string_view r = all.substr(split == reason ? word_end : split);
    while (!r.empty() && (r[0] == ':' || r[0] == ',' || r[0] == ' ' || r[0] == '-')) r.remove_prefix(1);
    if (cable.reason.empty()) cable.reason = std::string(trim(r));
    cable.classified_by = name_of(all.substr(0, split));
}

// "JOSEPH CONFIDENTIAL PAGE 02 VATICA 02295 01 OF 04 270100Z MERANTE": the
// banner and page header of a page break inside the field, out of it.
std::string without_page_breaks(std::string field)
{
    for (size_t page = field.find("PAGE "); page != std::string::npos; page = field.find("PAGE ", page + 1)) {
        if (page + 7 > field.size() || !is_digit(field[page + 5]) || !is_digit(field[page + 6])) continue;
        size_t z = field.find("Z ", page);
        if (z == std::string::npos || z - page > 60 || z < 6 ||
            !std::all_of(field.begin() + static_cast<std::ptrdiff_t>(z - 6), field.begin() + static_cast<std::ptrdiff_t>(z), is_digit))
            continue;
        size_t begin = page;
        for (std::string_view level : {"CONFIDENTIAL ", "SECRET ", "UNCLASSIFIED "})
            if (begin >= level.size() && std::string_view(field).substr(begin - level.size(), level.size()) == level)
                begin -= level.size();
        field.erase(begin, z + 2 - begin);
        break;
    }
    return field;
}

std::string classified_by_in_paragraphs(const std::vector<Paragraph>& paragraphs)
{
    // Only the first paragraphs: further down "classified by" is prose.
    constexpr size_t kFirstParagraphs = 4;
    constexpr size_t kReasonReach = 400;
    for (size_t k = 0; k < paragraphs.size() && k < kFirstParagraphs; ++k) {
        const Paragraph& p = paragraphs[k];
        if (p.number > 3) break;
        std::string_view t = p.text;
        for (size_t at = find_ci(t, "classified by"); at != std::string_view::npos;
             at = find_ci(t, "classified by", at + 1)) {
            std::string_view from = t.substr(at);
            std::string_view before = trim_right(t.substr(0, at));
            bool colon = trim_left(from.substr(13)).starts_with(':') && is_upper(from[0]);
            // "1. (U) CLASSIFIED BY ...", "1. CONFIDENTIAL - ENTIRE TEXT.
            // CLASSIFIED BY ...": the paragraph's first sentence. "... REF:
            // THE HAGUE 3140 Classified By: DCM ...": the keyword with its
            // colon, in a second copy of the header above paragraph 1.
            bool sentence_start = before.empty() || before.back() == '.';
            // "... SUBJECT: NETHERLANDS AND THE TIP - TIER ONE CLASSIFIED BY
            // AMBASSADOR SOBEL. REASONS: ...": the keyword in capitals in a copy
            // of the header, taken with a reason code after it (below).
            bool capitals = from.starts_with("CLASSIFIED BY") && p.number == 0;
            if (!(sentence_start && is_upper(from[0])) && !(colon && p.number == 0) && !capitals) continue;
            std::string_view value = trim_left(from.substr(13));
            if (value.starts_with(':')) value = trim_left(value.substr(1));
            std::string_view window = value.substr(0, std::min(value.size(), kReasonReach));
            ReasonCode code = find_reason_code(window);
            if (code.begin == std::string_view::npos) {
                if (!colon) continue; // prose, not the field
                return std::string(window.substr(0, std::min(window.size(), window.find(". ")))); // the name alone
            }
            return without_page_breaks(
                std::string(window.substr(0, code.end == std::string_view::npos ? window.size() : code.end)));
        }
    }
    return {};
}

} // namespace cablesearch
