#include "parse/GluedFields.h"

#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

namespace {

struct Keyword {
    std::string_view text;
    bool ignore_case;
    bool after_letter; // may follow a letter directly ("...PRIMEREF:", "...REAPE.O. 1")
};

constexpr Keyword kKeywords[] = {
    {"E.O.", false, true},        {"TAGS:", false, true},
    {"SUBJECT:", true, true},       {"SUBJ:", false, true},        {"REF:", false, true},
    {"REFS:", false, true},         {"REFTEL:", false, true},      {"CLASSIFIED BY:", true, true},
    {"C O N F I D E N T I A L", false, true}, {"S E C R E T ", false, true}, {"U N C L A S", false, true},
    {"\xC2\xB6", false, true}, // ¶ before a paragraph number
};

bool matches_at(std::string_view line, size_t at, const Keyword& k)
{
    if (line.size() - at < k.text.size()) return false;
    std::string_view here = line.substr(at, k.text.size());
    if (k.ignore_case ? !equals_ci(here, k.text) : here != k.text) return false;
    if (k.text.starts_with("E.O.")) {
        // "E.O. 12958: DECL..." starts the field; "UNDER E.O. 13382 REF:" in a subject does not.
        std::string_view after = trim_left(line.substr(at + 4));
        size_t digits = 0;
        while (digits < after.size() && is_digit(after[digits])) ++digits;
        return digits == 5 && trim_left(after.substr(digits)).starts_with(':');
    }
    if (k.text == "\xC2\xB6") {
        std::string_view after = trim_left(line.substr(at + k.text.size()));
        return !after.empty() && is_digit(after[0]);
    }
    return k.after_letter || !is_alpha(line[at - 1]);
}

// Where the next keyword starts inside the line (never at its start), or npos.
size_t next_cut(std::string_view line)
{
    for (size_t at = 1; at < line.size(); ++at) {
        char c = to_upper(line[at]);
        if (c != 'E' && c != 'T' && c != 'S' && c != 'R' && c != 'C' && c != 'U' && c != '\xC2') continue;
        for (const auto& k : kKeywords)
            if (matches_at(line, at, k)) return at;
    }
    return std::string_view::npos;
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
