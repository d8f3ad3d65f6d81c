#include "parse/ExecutiveOrder.h"

#include "parse/Dates.h"
#include "parse/TextScan.h"

#include <string>

namespace cablesearch {

using namespace text;

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
    } else {
        size_t colon = t.find(':');
        if (colon != std::string_view::npos) cable.declassify_raw = std::string(trim(t.substr(colon + 1)));
    }
    // "DECL: 2/1/2027 (ref)", and the date without its keyword ("E.O.
    // 12958: 09/10/12").
    auto first = split_any(cable.declassify_raw, " ;,()");
    if (!first.empty())
        if (auto day = parse_declassification_date(first.front())) cable.declassify_on = day;
    return true;
}

bool continue_executive_order(std::string_view line, Cable& cable)
{
    if (!starts_with_ci(line, "DECL")) return false;
    std::string joined = "E.O. " + cable.executive_order + ": " + std::string(line);
    take_executive_order(joined, cable);
    return true;
}

} // namespace cablesearch
