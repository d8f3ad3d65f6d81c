#include "parse/HeaderFields.h"

#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

// "SUBJECT:", "SUBJ:", "REF:", ... -> the value after the colon.
bool take_field(std::string_view line, std::initializer_list<std::string_view> names, std::string_view& value)
{
    for (auto name : names) {
        if (!starts_with_ci(line, name)) continue;
        std::string_view rest = line.substr(name.size());
        rest = trim_left(rest);
        if (rest.starts_with(':')) rest.remove_prefix(1);
        else if (!(name.back() == ':')) {
            // "SUBJECT -" or "REF A." only when the keyword is followed by a separator.
            if (!rest.empty() && is_alnum(rest[0]) && rest.size() == line.size() - name.size()) continue;
        }
        value = trim(rest);
        return true;
    }
    return false;
}

// "(U) Classified By: ..." -> "Classified By: ..."
std::string_view without_marking(std::string_view t)
{
    if (!t.starts_with('(')) return t;
    size_t close = t.find(')');
    return close != std::string_view::npos && close <= 6 ? trim_left(t.substr(close + 1)) : t;
}

bool is_partial_notice(std::string_view line)
{
    return starts_with_ci(trim(line), "This record is a partial extract of the original cable");
}

} // namespace cablesearch
