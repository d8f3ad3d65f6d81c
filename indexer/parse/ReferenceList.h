#pragma once
// The REF field as written, collected line by line: the REF line with the
// lines that wrap it is one entry, each lettered item after a blank line
// ("B. ANKARA 814") another. Resolving the entries to cable ids is
// ReferenceResolution's work.

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// "REF:", "REFTEL:", "REFERENCES:", "REF A." at the start of the line:
// starts a new entry in reference_lines with the text after the keyword.
bool start_reference_list(std::string_view line, std::vector<std::string>& reference_lines);

// A line while the REF field is open. after_blank: a blank line stands
// between it and the field's last line. True when the line belongs to the
// field (a wrapped line, or a lettered item after a blank line); false when
// the field is over and the line is something else.
bool continue_reference_list(std::string_view line, bool after_blank, std::vector<std::string>& reference_lines);

// "B. ANKARA 814", "¶B. ...", "(C) STATE 1234": an item of a lettered REF list.
bool is_reference_list_item(std::string_view s);

} // namespace cablesearch
