#include "parse/GluedFields.h"

#include "parse/ClassifiedBy.h"
#include "parse/PageBreak.h"
#include "parse/Subject.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

// Field keywords that end in a colon: found by looking back from each colon
// of the line, in upper case or capitalized.
constexpr std::string_view kColonKeywords[] = {"TAGS:", "SUBJECT:", "SUBJ:", "REF:", "REFS:", "REFTEL:", "CLASSIFIED BY:"};
// The TAGS keyword typed badly ("DECL: 08/22/2017 AGS: PGOV"): only as a word
// of its own, so that "FLAGS:" stays a word of prose.
constexpr std::string_view kMisspeltTagsKeywords[] = {"AGS:", "TAS:", "TGS:", "TABS:", "TAGES:"};
// Keywords found as they are written.
constexpr std::string_view kSpacedLevels[] = {"C O N F I D E N T I A L", "S E C R E T ", "U N C L A S"};
constexpr std::string_view kPilcrow = "\xC2\xB6";

// "E.O. 12958: DECL..." starts the field; "UNDER E.O. 13382 REF:" in a subject does not.
bool is_executive_order_field(std::string_view from_keyword)
{
    std::string_view after = trim_left(from_keyword.substr(4));
    size_t digits = 0;
    while (digits < after.size() && is_digit(after[digits])) ++digits;
    return digits == 5 && trim_left(after.substr(digits)).starts_with(':');
}

// Where the next keyword starts inside the line (never at its start), or
// npos. One pass: only a colon, "E.", a letter before a blank or a pilcrow
// can be part of a keyword.
size_t next_cut(std::string_view line)
{
    // Most lines (addressees, prose) hold none of the characters a keyword
    // needs: a few memchr-fast searches rule them out.
    if (line.find(':') == std::string_view::npos && line.find('.') == std::string_view::npos &&
        line.find(kPilcrow[0]) == std::string_view::npos && line.find("O N F") == std::string_view::npos &&
        line.find("C R E T") == std::string_view::npos && line.find("C L A S") == std::string_view::npos)
        return std::string_view::npos;
    size_t best = std::string_view::npos;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        size_t at = std::string_view::npos;
        if (c == ':') {
            for (auto k : kColonKeywords) {
                if (i + 1 < k.size()) continue;
                size_t from = i + 1 - k.size();
                // "Ref:" and "REF:" start a field; "discussed reftel:" in prose does not.
                // "Classified By: Classified By: Kathleen ...": the keyword typed
                // twice is one field (its text keeps the width it was cut at).
                if (is_upper(line[from]) && equals_ci(line.substr(from, k.size()), k) &&
                    !equals_ci(trim(line.substr(0, from)), k))
                    at = std::min(at, from);
            }
            for (auto k : kMisspeltTagsKeywords) {
                if (i + 1 < k.size()) continue;
                size_t from = i + 1 - k.size();
                if (line.substr(from, k.size()) == k && (from == 0 || !is_alpha(line[from - 1]))) at = std::min(at, from);
            }
        } else if (c == 'E' && i + 1 < line.size() && line[i + 1] == '.') {
            if (line.substr(i).starts_with("E.O.") && is_executive_order_field(line.substr(i))) at = i;
        } else if ((c == 'C' || c == 'S' || c == 'U') && i + 1 < line.size() && line[i + 1] == ' ') {
            for (auto k : kSpacedLevels)
                if (line.substr(i).starts_with(k)) at = i;
        } else if (c == kPilcrow[0] && line.substr(i).starts_with(kPilcrow)) {
            std::string_view after = trim_left(line.substr(i + kPilcrow.size()));
            if (!after.empty() && is_digit(after[0])) at = i;
        }
        if (at != std::string_view::npos && at > 0) best = std::min(best, at);
        // A keyword ending later cannot start before one found already.
        if (best != std::string_view::npos && i > best + 16) break;
    }
    return best;
}

// "1.(C) Summary", "1. (C)", "  2.  The", "¶3.": a numbered paragraph
// starting inside the line (never at its start), or npos.
size_t inline_paragraph_start(std::string_view line, bool marked_only)
{
    for (size_t i = 1; i + 2 < line.size(); ++i) {
        if (!is_digit(line[i]) || !is_space(line[i - 1])) continue;
        size_t dot = i;
        while (dot < line.size() && dot - i < 2 && is_digit(line[dot])) ++dot;
        if (dot >= line.size() || line[dot] != '.') continue;
        size_t k = dot + 1;
        while (k < line.size() && is_space(line[k])) ++k;
        if (k >= line.size()) continue;
        bool marked = false;
        if (line[k] == '(') {
            size_t close = line.find(')', k);
            marked = close != std::string_view::npos && close - k >= 2 && close - k <= 6 &&
                     std::all_of(line.begin() + static_cast<std::ptrdiff_t>(k + 1),
                                 line.begin() + static_cast<std::ptrdiff_t>(close),
                                 [](char c) { return is_upper(c) || c == '/'; });
        }
        // Unmarked: set off by two blanks before and after, as the telegram
        // printed a paragraph number ("   1.  In response to").
        bool spaced = i >= 2 && is_space(line[i - 2]) && k >= dot + 2 && is_upper(line[k]);
        if (marked || (spaced && !marked_only)) return i;
    }
    return std::string_view::npos;
}

// "REF: STATE 86108 (SBU) Poloff delivered ...": a paragraph marking right
// after a REF line's serial starts the body. Only a marking no REF list uses
// as a label (SBU, S/NF, C/NF, U, LOU, TS): "(C) STATE 1234" is item C.
size_t marking_after_serial(std::string_view line)
{
    std::string_view t = trim_left(line);
    if (!starts_with_ci(t, "REF")) return std::string_view::npos;
    static constexpr std::string_view markings[] = {"(SBU)", "(S/NF)", "(C/NF)", "(U)", "(LOU)", "(TS)", "(S//NF)", "(SBU/NF)"};
    for (size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
        std::string_view here = line.substr(open);
        if (std::none_of(std::begin(markings), std::end(markings), [here](auto m) { return here.starts_with(m); }))
            continue;
        size_t before = open;
        while (before > 0 && is_space(line[before - 1])) --before;
        if (before > 0 && before < open && is_digit(line[before - 1])) return open;
    }
    return std::string_view::npos;
}

// Where the body begins inside a header line whose line breaks were lost:
// after a Classified By field's reason code, at a page-break marker (and
// after it), at a numbered paragraph. npos when it does not.
size_t body_cut(std::string_view line)
{
    size_t cut = std::string_view::npos;
    // Only a cut with text before it: a piece of blanks would read as a blank line.
    auto consider = [&](size_t at) {
        if (at != std::string_view::npos && at < line.size() && !trim(line.substr(0, at)).empty()) cut = std::min(cut, at);
    };
    // A numbered REF list ("REF:  1. ROME 1902, 2. STATE 31565  3. STATE
    // 014859") looks like spaced paragraph numbers: there only a marked
    // paragraph ("1. (C)") begins the body.
    bool ref_line = starts_with_ci(trim(line), "REF");
    consider(inline_paragraph_start(line, ref_line));
    if (auto page = find_page_break(line)) {
        consider(page->begin);
        consider(page->end);
    }
    consider(marking_after_serial(line));
    // "SUBJECT: ... SLOWDOWN? Sensitive but unclassified.", "... FIRM ------":
    // what a subject runs on into starts a line of its own.
    consider(subject_run_on(line));
    std::string_view t = trim(line), value;
    if (take_classified_by_keyword(t, value) || starts_with_ci(t, "reason") || starts_with_ci(t, "for reason")) {
        size_t end = reason_code_end(line);
        if (end != std::string_view::npos && !trim(line.substr(end)).empty()) consider(end);
    }
    return cut;
}

} // namespace

std::vector<std::string_view> split_glued_fields(const std::vector<std::string_view>& lines, size_t header_end)
{
    std::vector<std::string_view> out;
    out.reserve(lines.size() + 8);
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (i < header_end) {
            auto cut_of = [](std::string_view l) { return std::min(next_cut(l), body_cut(l)); };
            for (size_t cut = cut_of(line); cut != std::string_view::npos && cut < line.size(); cut = cut_of(line)) {
                out.push_back(line.substr(0, cut));
                line.remove_prefix(cut);
            }
        }
        out.push_back(line);
    }
    return out;
}

} // namespace cablesearch
