#pragma once
// Reference ids: "07CHENGDU32" is the two-digit year, the post code and the
// serial number without leading zeros.

#include <string>
#include <string_view>

namespace cablesearch {

std::string make_reference_id(int year, std::string_view post_code, std::string_view serial);

// True for the shape YYCODE123 (two digits, letters, digits).
bool looks_like_reference_id(std::string_view id);

// The shape of an id as the release may spell it, malformed ones included:
// two digits, then upper-case letters and digits, ending in a digit
// (90STATE255195TOSEC140301, 08ECTION01OF02MANAMA492).
bool looks_like_released_id(std::string_view id);

// The post code inside an id: "07CHENGDU32" -> "CHENGDU"; empty when malformed.
std::string_view post_code_of_id(std::string_view id);

} // namespace cablesearch
