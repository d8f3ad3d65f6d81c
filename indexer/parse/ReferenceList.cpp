#include "parse/ReferenceList.h"

#include "parse/HeaderFields.h"
#include "parse/ReferenceResolution.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

// Any year does to ask whether a text names a cable at all.
constexpr int kSomeYear = 2000;

bool names_a_cable(std::string_view text) { return !resolve_references(text, kSomeYear).empty(); }

// "- (B) ZAGREB 2224", "-- C) MOGADISHU 10793": a dash before an item.
std::string_view without_dash_bullet(std::string_view s)
{
    s = trim_left(s);
    size_t dashes = 0;
    while (dashes < s.size() && dashes < 3 && s[dashes] == '-') ++dashes;
    if (dashes == 0 || dashes == s.size() || !is_space(s[dashes])) return s;
    return trim_left(s.substr(dashes));
}

// Items of a list that name no cable but belong to it all the same: e-mails,
// phone calls, memos, reports ("B. WHA-SAN JOSE EMAIL 8/16/06").
bool names_other_document(std::string_view item)
{
    static constexpr std::string_view words[] = {"EMAIL", "E-MAIL", "TELCON", "TELECON", "MEMO", "LETTER", "FAX",
                                                  "DIP NOTE", "IIR", "DTG", "FBIS", "USDOC", "SECDEF", "SECTO"};
    if (item.size() > 80) return false; // an item is a line; a paragraph runs on
    if (std::any_of(std::begin(words), std::end(words),
                    [&](std::string_view w) { return find_ci(item, w) != std::string_view::npos; }))
        return true;
    // A short item with a date or a number: "B. USEU TODAY 03/03/04".
    return item.size() <= 50 && std::any_of(item.begin(), item.end(), [](char c) { return is_digit(c); });
}

// The REF keyword written as a lettered item of a list begun above: "REF B:",
// "REF C: BEIJING 3977" under "REF A: STATE 72589".
bool is_later_lettered_keyword(std::string_view line)
{
    if (!starts_with_ci(line, "REF ")) return false;
    std::string_view rest = trim_left(line.substr(4));
    return rest.size() >= 2 && is_upper(rest[0]) && rest[0] != 'A' && rest[1] == ':';
}

// Nothing, or an item's letter alone: "", "A.", "(A)".
bool is_bare_item_letter(std::string_view entry)
{
    entry = trim(entry);
    if (entry.empty()) return true;
    if (entry.starts_with('(')) entry.remove_prefix(1);
    return entry.size() == 2 && is_upper(entry[0]) && (entry[1] == '.' || entry[1] == ')');
}

// "(SBU)", "(U)", "(S/NF)": a paragraph marking at the start of the line.
bool starts_with_marking(std::string_view s)
{
    if (!s.starts_with('(')) return false;
    size_t close = s.find(')');
    return close != std::string_view::npos && close >= 2 && close <= 7 &&
           std::all_of(s.begin() + 1, s.begin() + static_cast<std::ptrdiff_t>(close),
                       [](char c) { return is_upper(c) || c == '/'; });
}

// "(U)  On 6/18, Charge delivered reftel letter ...": a sentence, with
// lower-case words among its first few; an item is a post and a number, or
// a document's name ("B. WHA-SAN JOSE EMAIL 8/16/06").
bool reads_as_prose(std::string_view item)
{
    auto words = split_any(item.substr(0, 80), " ");
    size_t lower_words = 0;
    for (size_t i = 1; i < words.size() && i < 7; ++i)
        if (words[i].size() >= 2 &&
            std::all_of(words[i].begin(), words[i].end(), [](char c) { return is_lower(c) || c == ','; }))
            ++lower_words;
    return lower_words >= 2;
}

} // namespace

bool start_reference_list(std::string_view line, std::vector<std::string>& reference_lines)
{
    static constexpr std::string_view keywords[] = {"REFERENCES", "REFERENCE", "REFTELS", "REFTEL", "REFS", "REF"};
    auto keyword = std::find_if(std::begin(keywords), std::end(keywords),
                                [&](std::string_view k) { return starts_with_ci(line, k); });
    if (keyword == std::end(keywords)) return false;
    std::string_view rest = line.substr(keyword->size());
    if (!rest.empty() && is_alnum(rest[0]) && !is_later_lettered_keyword(line)) return false; // "REFORM", "REFUGEE"
    std::string_view value;
    take_field(line, {*keyword}, value);
    // Without a colon ("REF:", "REF.:", "REF(S):") the keyword begins a REF
    // field only when a cable follows ("Ref. SECSTATE 106632", "REF A:
    // STATE 72589", "REFTEL LAGOS 00676"); else it is prose that starts with
    // the word: "reftel.  Kuwari said ...", "REFTEL B REFLECTS A DIFFERENT
    // PERSPECTIVE ...". REFTEL and REFERENCE, common in prose, only in capitals.
    std::string_view after = trim_left(rest);
    while (!after.empty() && after[0] == '.') after = trim_left(after.substr(1));
    if (starts_with_ci(after, "(S)")) after = trim_left(after.substr(3));
    bool colon = after.starts_with(':');
    bool prose_word = keyword->size() > 4; // REFTEL(S), REFERENCE(S)
    bool capitals = std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(keyword->size()),
                                [](char c) { return is_upper(c); });
    if (!colon && ((prose_word && !capitals) || !names_a_cable(value))) return false;
    if (is_later_lettered_keyword(line) && !reference_lines.empty()) {
        reference_lines.back().append(" ").append(line.substr(4));
        return true;
    }
    // "REF: REF: (A) LAGOS 02043", "REF: A. REF: 1 TEGUCIGALPA 2409": the
    // keyword twice gives one line.
    if (!reference_lines.empty() && is_bare_item_letter(reference_lines.back())) {
        std::string& last = reference_lines.back();
        last = std::string(trim(last));
        if (!last.empty()) last.push_back(' ');
        last.append(value);
    } else {
        reference_lines.emplace_back(value);
    }
    return true;
}

bool continue_reference_list(std::string_view line, bool after_blank, std::vector<std::string>& reference_lines)
{
    // "STATE 86108 (SBU)" / "Poloff delivered GAERC points ...": a marked
    // paragraph right under the list begins the body.
    if (starts_with_marking(line) && !is_reference_list_item(line)) return false;
    // A wrapped line goes on.
    if (!after_blank) {
        reference_lines.back().append(" ").append(line);
        return true;
    }
    // After a blank line, a lettered item (with or without a dash before it)
    // starts an entry of its own: one that names a cable or another
    // document. A lettered paragraph of the body ("A.  DURING 2000, THE
    // EMBASSY ...", "(U) We delivered reftel talking points ...") ends the list.
    std::string_view item = without_dash_bullet(line);
    if (is_reference_list_item(item) && !reads_as_prose(item) && (names_a_cable(item) || names_other_document(item))) {
        reference_lines.emplace_back(item);
        return true;
    }
    // A list wrapped across a blank line: "(C) 03 Brasilia" / "3939, (D) 03
    // Brasilia 3867", "00 Frankfurt 3078;" / "01 Frankfurt 6028". The line
    // goes on an entry left open (a post's name, a separator at its end) when
    // it adds a cable to it.
    std::string_view last = trim(reference_lines.back());
    bool open_end = !last.empty() && (is_alpha(last.back()) || last.back() == ';' || last.back() == ',');
    if (open_end && !item.empty() && is_digit(item[0])) {
        std::string joined = reference_lines.back() + " " + std::string(item);
        if (resolve_references(joined, kSomeYear).size() > resolve_references(reference_lines.back(), kSomeYear).size()) {
            reference_lines.back() = std::move(joined);
            return true;
        }
    }
    return false;
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

} // namespace cablesearch
