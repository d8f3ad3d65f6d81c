#pragma once
// The cable's origin: the release's readable name ("Consulate Chengdu") and
// the post as the text writes it (origin_raw, "AMCONSUL CHENGDU").

#include "model/Cable.h"
#include "parse/CableHints.h"
#include "parse/Classification.h"

#include <optional>

namespace cablesearch {

// The release's name where the container gives one, else the FM line's post,
// else the id's. Where the text has no FM line, origin_raw is the
// classification line's post code. Needs the cable's id.
void settle_origin(Cable& cable, const std::optional<ClassificationLine>& line, const CableHints& hints);

} // namespace cablesearch
