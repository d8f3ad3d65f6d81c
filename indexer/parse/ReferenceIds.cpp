#include "parse/ReferenceIds.h"

#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>

namespace cablesearch {

using namespace text;

std::string make_reference_id(int year, std::string_view post_code, std::string_view serial)
{
    while (serial.size() > 1 && serial.front() == '0') serial.remove_prefix(1);
    return fmt::format("{:02}{}{}", year % 100, post_code, serial);
}

bool looks_like_reference_id(std::string_view id)
{
    if (id.size() < 4 || !is_digit(id[0]) || !is_digit(id[1])) return false;
    size_t i = 2;
    while (i < id.size() && is_upper(id[i])) ++i;
    if (i == 2 || i == id.size()) return false;
    while (i < id.size() && is_digit(id[i])) ++i;
    return i == id.size();
}

bool looks_like_released_id(std::string_view id)
{
    if (looks_like_reference_id(id)) return true;
    if (id.size() < 4 || id.size() > 40 || !is_digit(id[0]) || !is_digit(id[1]) || !is_upper(id[2]) ||
        !is_digit(id.back()))
        return false;
    return std::all_of(id.begin() + 2, id.end(), [](char c) { return is_upper(c) || is_digit(c); });
}

std::string_view post_code_of_id(std::string_view id)
{
    if (id.size() < 3 || !is_digit(id[0]) || !is_digit(id[1])) return {};
    size_t end = 2;
    while (end < id.size() && is_alpha(id[end])) ++end;
    return id.substr(2, end - 2);
}

} // namespace cablesearch
