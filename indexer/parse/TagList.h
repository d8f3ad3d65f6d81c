#pragma once
// The TAGS line: "PGOV PHUM KTIP CH", "IR, PTER", "[PGOV](#) [PHUM](#)",
// "<a href='/tag/PGOV_0.html'>PGOV</a>".

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// Tags in order, each once, upper case. Link markup is stripped; like the
// release's tag links, a tag is a run of letters and digits, so "ZANU-PF"
// gives ZANU and PF. Prose in the list ("Human Rights", "External
// Relations") gives only its upper-case words; numbers alone are no tags.
std::vector<std::string> parse_tag_list(std::string_view text);

} // namespace cablesearch
