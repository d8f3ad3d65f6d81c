#include "parse/GluedFields.h"

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
                if (is_upper(line[from]) && equals_ci(line.substr(from, k.size()), k)) at = std::min(at, from);
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

} // namespace

std::vector<std::string_view> split_glued_fields(const std::vector<std::string_view>& lines, size_t header_end)
{
    std::vector<std::string_view> out;
    out.reserve(lines.size() + 8);
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (i < header_end) {
            for (size_t cut = next_cut(line); cut != std::string_view::npos; cut = next_cut(line)) {
                out.push_back(line.substr(0, cut));
                line.remove_prefix(cut);
            }
        }
        out.push_back(line);
    }
    return out;
}

} // namespace cablesearch
