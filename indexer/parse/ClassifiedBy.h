#pragma once
// The classification authority: "Classified By: James A. Boughner, Consul
// General, Reason: 1.4 (b), (d)" into the person and title (classified_by)
// and the reason.

#include "model/Cable.h"

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// "Classified By:", "(U) CLASSIFIED BY", "Derived from:" at the start of the
// line: the text after the keyword into value.
bool take_classified_by_keyword(std::string_view line, std::string_view& value);

// "REASON: 1.4 (b), (d)" on a line of its own: the text after the keyword.
bool take_reason_keyword(std::string_view line, std::string_view& value);

// A wrapped line of the field (as written, with its leading blanks) joins it
// while the field's reason is not complete; false when the line is no longer
// the field's. Under a first line of 56 characters, the width telegrams cut
// the field at, the next line goes on without a blank ("Hoyt Y" / "ee").
bool continue_classified_by(std::string& classified_by, std::string_view line);

// Where the reason code of a Classified By field ends ("... Reason 1.4 (b)
// and (d)." -> just after "(d)."); npos when the text has no reason code yet
// or it goes on ("1.4 (b) and"). What follows on the same line is no longer
// the field: the first paragraph, where line breaks were lost.
size_t reason_code_end(std::string_view text);

// "Charge Bob Manzanares; reasons 1.5 (B) and (D)" into classified_by and
// reason: the name ends where the word that introduces the reason begins
// ("reasons", also misspelt or cut by the wrap: "reaons", "REAS0N"; after
// "for", "per", "under", "based on", "E.O. 12958"), or else the code.
void take_classified_by(std::string_view text, Cable& cable);

// The field where a cable has no Classified By line in its header but writes
// it in its first paragraph ("1. (U) CLASSIFIED BY CHARGE ...; REASON 1.5
// (D).", common in the 1990s) or in a second copy of its header above
// paragraph 1: the text after the keyword, up to the end of the reason code.
// Empty when there is none. The paragraph keeps its words.
std::string classified_by_in_paragraphs(const std::vector<Paragraph>& paragraphs);

} // namespace cablesearch
