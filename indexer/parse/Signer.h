#pragma once
// The signature at the end of a cable's text: "RICE", "WILLIAMS",
// "KISSINGER".

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// The last line with text of the body, when it is a short upper-case name:
// removed from lines and returned; empty when the body ends otherwise.
std::string take_signer(std::vector<std::string_view>& lines);

} // namespace cablesearch
