#pragma once
// The cable's reference id: from the classification line's post and serial
// ("C O N F I D E N T I A L CHENGDU 000032" in 2007 is 07CHENGDU32) and the
// id the release gave it.

#include "model/Cable.h"
#include "parse/CableHints.h"
#include "parse/Classification.h"

#include <optional>

namespace cablesearch {

// Sets id (and released_id, warnings) from the classification line and the
// hints. Needs the cable's date for the year.
void settle_cable_id(Cable& cable, const std::optional<ClassificationLine>& line, const CableHints& hints);

} // namespace cablesearch
