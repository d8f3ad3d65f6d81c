#include "index/ParagraphMarking.h"

#include "index/Schema.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

namespace {

constexpr std::string_view kLevels[] = {"U", "SBU", "LOU", "C", "S", "TS"};

bool is_level(std::string_view w) { return std::find(std::begin(kLevels), std::end(kLevels), w) != std::end(kLevels); }

void replace_all(std::string& s, std::string_view from, std::string_view to)
{
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

// "NOFORN" as a whole word of s becomes "NF" (so "NOFORNATION" is left alone).
void replace_word(std::string& s, std::string_view from, std::string_view to)
{
    auto boundary = [&](size_t i) { return i >= s.size() || s[i] == ' ' || s[i] == '/'; };
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) {
        if ((at == 0 || boundary(at - 1)) && boundary(at + from.size())) {
            s.replace(at, from.size(), to);
            at += to.size() - 1;
        }
    }
}

} // namespace

std::string ParagraphMarking::canonical() const
{
    std::string out = level;
    for (const auto& c : caveats) out += "/" + c;
    return out;
}

bool ParagraphMarking::includes(const ParagraphMarking& other) const
{
    if (level != other.level) return false;
    for (const auto& c : other.caveats)
        if (std::find(caveats.begin(), caveats.end(), c) == caveats.end()) return false;
    return true;
}

std::optional<ParagraphMarking> parse_paragraph_marking(std::string_view text)
{
    std::string s = text::upper(text::collapse_spaces(text));
    // The spellings of NOFORN first: "N/F" holds the separator.
    replace_word(s, "N/F", "NF");
    replace_word(s, "NO FORN", "NF");
    replace_word(s, "NOFORN", "NF");
    replace_all(s, " / ", "/");
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= s.size()) {
        size_t slash = s.find('/', start);
        if (slash == std::string::npos) slash = s.size();
        std::string part(text::trim(std::string_view(s).substr(start, slash - start)));
        if (!part.empty()) parts.push_back(std::move(part)); // "//" is one separator
        start = slash + 1;
    }
    if (parts.empty()) return std::nullopt;
    ParagraphMarking m;
    // "S NF", "S REL YEMEN", "SBU BUS SENS": the level, then a caveat.
    std::string& first = parts.front();
    size_t space = first.find(' ');
    m.level = first.substr(0, space);
    if (!is_level(m.level)) return std::nullopt;
    std::vector<std::string> caveats;
    if (space != std::string::npos) caveats.push_back(first.substr(space + 1));
    caveats.insert(caveats.end(), parts.begin() + 1, parts.end());
    for (auto& c : caveats) {
        if (c.starts_with("REL TO ")) c = "REL " + c.substr(7);
        if (std::find(m.caveats.begin(), m.caveats.end(), c) == m.caveats.end()) m.caveats.push_back(c);
    }
    return m;
}

std::string marking_term(const ParagraphMarking& marking)
{
    return std::string(schema::kMarkingPrefix) + text::lower(marking.canonical());
}

std::optional<ParagraphMarking> marking_of_term(std::string_view term)
{
    if (!term.starts_with(schema::kMarkingPrefix)) return std::nullopt;
    return parse_paragraph_marking(term.substr(schema::kMarkingPrefix.size()));
}

} // namespace cablesearch
