#include "parse/Signer.h"

#include "parse/Classification.h"
#include "parse/Paragraphs.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

bool looks_like_signer(std::string_view s)
{
    s = trim(s);
    if (s.size() < 2 || s.size() > 40) return false;
    int letters = 0;
    for (char c : s) {
        if (is_upper(c)) ++letters;
        else if (!(c == ' ' || c == '.' || c == '\'' || c == '-' || c == '/' || c == ',')) return false;
    }
    if (letters < 3 || split_any(s, " ").size() > 4) return false;
    static constexpr std::string_view not_names[] = {"END SUMMARY", "END SUMMARY.", "END COMMENT", "END COMMENT.",
                                                     "END NOTE", "END NOTE.", "END TEXT", "END TEXT.", "BT", "NNNN",
                                                     "UNQUOTE", "QUOTE", "END QUOTE", "END QUOTE.", "END CABLE"};
    if (std::find(std::begin(not_names), std::end(not_names), s) != std::end(not_names)) return false;
    return parse_handling_line(s).empty();
}

} // namespace

std::string take_signer(std::vector<std::string_view>& lines)
{
    std::string signer;
    for (size_t k = lines.size(); k-- > 0;) {
        if (trim(lines[k]).empty()) continue;
        if (looks_like_signer(lines[k]) && !match_paragraph_start(lines[k])) {
            signer = std::string(trim(lines[k]));
            lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(k));
        }
        break;
    }
    return signer;
}

} // namespace cablesearch
