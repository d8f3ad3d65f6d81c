#pragma once
// The signature at the end of a cable's text: "RICE", "WILLIAMS",
// "KISSINGER", "Hamilton", and the name after the last sentence where the
// line breaks were lost ("... END OF TEXT. BAKER").

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// The signer of the body's lines: the last line with text, or the end of
// it, once the trailer below the signature is passed over (NNNN, ##, a
// repeated classification banner, a database record's id, a declassification
// stamp, "CABLE ENDS"). The name is taken out of lines (the trailer stays);
// empty when the text ends otherwise.
std::string take_signer(std::vector<std::string_view>& lines);

// A line of the trailer under a cable's text: "NNNN", "##", "CONFIDENTIAL",
// "2004CARACA01009 - CONFIDENTIAL", "=====CABLE ENDS=====", "v1.6.2",
// "Declassified/Released US Department of State EO Systematic Review ...".
bool is_trailer_line(std::string_view line);

} // namespace cablesearch
