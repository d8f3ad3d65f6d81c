#pragma once
// The TAGS field: "TAGS: PGOV PHUM KTIP CH", "IR, PTER", "[PGOV](#) [PHUM](#)",
// "<a href='/tag/PGOV_0.html'>PGOV</a>", the lines that wrap it, and a list
// whose keyword was lost.

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// Tags in order, each once, upper case. Link markup is stripped; like the
// release's tag links, a tag is a run of letters and digits, so "ZANU-PF"
// gives ZANU and PF. Prose in the list ("Human Rights", "External
// Relations") gives only its upper-case words; numbers alone are no tags.
// A person named in parentheses after a tag, as OVIP, OREP and the like
// require ("OVIP (KISSINGER, HENRY A.)"), is one tag: "KISSINGER, HENRY A."
// (two words or more in capitals; "(FTAA)" is an acronym, split as usual).
std::vector<std::string> parse_tag_list(std::string_view text);

// The field as a reader sees it: link markup removed ("[PGOV](#)",
// "<a href=...>PGOV</a>" give PGOV), blanks made single. Its words are
// searchable as text: older cables wrote free text there ("PHUM, BM, Human
// Rights"), which is no tag.
std::string tag_list_text(std::string_view text);

// "TAGS:" or "TAGS" at the start of the line: the text after it into value.
bool take_tags_keyword(std::string_view line, std::string_view& value);

// "SY, IS" wrapping a TAGS line, or a TAGS line whose keyword was lost.
bool looks_like_tag_list(std::string_view s);

// A line under the TAGS field that wraps it: joined to tags_text, true.
bool continue_tag_list(std::string& tags_text, std::string_view line);

} // namespace cablesearch
