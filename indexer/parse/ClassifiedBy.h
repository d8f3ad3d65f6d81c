#pragma once
// The classification authority: "Classified By: James A. Boughner, Consul
// General, Reason: 1.4 (b), (d)" into the person and title (classified_by)
// and the reason.

#include "model/Cable.h"

#include <string>
#include <string_view>

namespace cablesearch {

// "Classified By:", "(U) CLASSIFIED BY", "Derived from:" at the start of the
// line: the text after the keyword into value.
bool take_classified_by_keyword(std::string_view line, std::string_view& value);

// "REASON: 1.4 (b), (d)" on a line of its own: the text after the keyword.
bool take_reason_keyword(std::string_view line, std::string_view& value);

// A wrapped line of the field joins it while the field's reason is not
// complete; false when the line is no longer the field's.
bool continue_classified_by(std::string& classified_by, std::string_view line);

// Where the reason code of a Classified By field ends ("... Reason 1.4 (b)
// and (d)." -> just after "(d)."); npos when the text has no reason code yet
// or it goes on ("1.4 (b) and"). What follows on the same line is no longer
// the field: the first paragraph, where line breaks were lost.
size_t reason_code_end(std::string_view text);

// "Charge Bob Manzanares; reasons 1.5 (B) and (D)" into classified_by and reason.
void take_classified_by(std::string_view text, Cable& cable);

} // namespace cablesearch
