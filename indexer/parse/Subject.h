#pragma once
// The SUBJECT field: "SUBJECT: (C) TENSIONS RISE ..." and the lines that
// wrap it, up to a blank line or the next field.

#include <string>
#include <string_view>

namespace cablesearch {

// "SUBJECT:", "SUBJ:", "SUBJECT -" at the start of the line: the text after
// the keyword into value.
bool take_subject_keyword(std::string_view line, std::string_view& value);

// A wrapped line of the subject joins it.
void continue_subject(std::string& subject, std::string_view line);

// The subject as the cable's field: blanks collapsed.
std::string finish_subject(std::string_view subject);

} // namespace cablesearch
