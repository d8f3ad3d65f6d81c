#include "parse/ReferenceList.h"

#include "parse/HeaderFields.h"
#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

bool start_reference_list(std::string_view line, std::vector<std::string>& reference_lines)
{
    std::string_view value;
    if (!take_field(line, {"REF:", "REFS:", "REFTEL:", "REFTELS:", "REFERENCE:", "REFERENCES:", "REFTELS", "REFTEL",
                           "REFS", "REF"},
                    value))
        return false;
    // "REF: REF: (A) LAGOS 02043": the keyword twice gives one line.
    if (!reference_lines.empty() && trim(reference_lines.back()).empty())
        reference_lines.back() = std::string(value);
    else
        reference_lines.emplace_back(value);
    return true;
}

bool continue_reference_list(std::string_view line, bool after_blank, std::vector<std::string>& reference_lines)
{
    // A wrapped line goes on; after a blank line a lettered list item
    // starts a line of its own, anything else ends the field.
    if (!after_blank) {
        reference_lines.back().append(" ").append(line);
        return true;
    }
    if (is_reference_list_item(line)) {
        reference_lines.emplace_back(line);
        return true;
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
