#pragma once
// What every field of a cable's header shares: a keyword at the start of the
// line ("SUBJECT:", "REF:", ...), a paragraph marking before it, and the
// release's partial-record notice that stands where a header was lost. Each
// field's own rules are in the file of that field (Subject, TagList,
// ReferenceList, ClassifiedBy, ExecutiveOrder).

#include <initializer_list>
#include <string_view>

namespace cablesearch {

// "SUBJECT:", "SUBJ:", "REF:", ... at the start of the line -> the value
// after the keyword (and its colon, when there is one). A keyword without a
// colon counts only before a separator ("SUBJECT -", "REF A."), not inside a
// word ("REFORM").
bool take_field(std::string_view line, std::initializer_list<std::string_view> names, std::string_view& value);

// "(U) Classified By: ..." -> "Classified By: ..."
std::string_view without_marking(std::string_view t);

// "This record is a partial extract of the original cable..."
bool is_partial_notice(std::string_view line);

} // namespace cablesearch
