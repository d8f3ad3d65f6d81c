#include "parse/ClassifiedBy.h"

#include "parse/HeaderFields.h"
#include "parse/TextScan.h"

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

void continue_classified_by(std::string& classified_by, std::string_view line)
{
    classified_by.push_back(' ');
    classified_by.append(line);
}

void take_classified_by(std::string_view text, Cable& cable)
{
    // "James A. Boughner, Consul General ... REASON: 1.4 (b), (d)" or
    // "Charge Bob Manzanares; reasons 1.5 (B) and (D)".
    std::string joined = collapse_spaces(text);
    size_t reason = find_ci(joined, "reason");
    if (reason != std::string::npos) {
        std::string_view r = std::string_view(joined).substr(reason);
        while (!r.empty() && is_alpha(r[0])) r.remove_prefix(1); // reason/reasons
        r = trim_left(r);
        if (r.starts_with(':')) r.remove_prefix(1);
        if (cable.reason.empty()) cable.reason = std::string(trim(r));
        std::string_view by = trim(std::string_view(joined).substr(0, reason));
        while (!by.empty() && (by.back() == ';' || by.back() == ',' || by.back() == '.')) by.remove_suffix(1);
        if (by.size() >= 4 && equals_ci(by.substr(by.size() - 4), " for")) by.remove_suffix(4);
        cable.classified_by = std::string(trim(by));
    } else {
        cable.classified_by = joined;
    }
}

} // namespace cablesearch
