#pragma once
// The fields of a cable's header, one line at a time: "SUBJECT: ...",
// "E.O. 12958: DECL: ...", "Classified By: ... Reason: ...", REF list items,
// TAGS lines.

#include "model/Cable.h"

#include <initializer_list>
#include <string_view>

namespace cablesearch {

// "SUBJECT:", "SUBJ:", "REF:", ... at the start of the line -> the value
// after the keyword (and its colon, when there is one). A keyword without a
// colon counts only before a separator ("SUBJECT -", "REF A."), not inside a
// word ("REFORM").
bool take_field(std::string_view line, std::initializer_list<std::string_view> names, std::string_view& value);

// "SY, IS" wrapping a TAGS line, or a TAGS line whose keyword was lost.
bool looks_like_tag_list(std::string_view s);

// "B. ANKARA 814", "(C) STATE 1234": an item of a lettered REF list.
bool is_reference_list_item(std::string_view s);

// "(U) Classified By: ..." -> "Classified By: ..."
std::string_view without_marking(std::string_view t);

// "This record is a partial extract of the original cable..."
bool is_partial_notice(std::string_view line);

// "E.O. 12958: DECL: 2/1/2027" into executive_order and the declassification
// date; false when the line is no E.O. line.
bool take_executive_order(std::string_view line, Cable& cable);

// "Charge Bob Manzanares; reasons 1.5 (B) and (D)" into classified_by and reason.
void take_classified_by(std::string_view text, Cable& cable);

} // namespace cablesearch
