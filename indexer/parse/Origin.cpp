#include "parse/Origin.h"

#include "parse/PostNames.h"
#include "parse/ReferenceIds.h"

namespace cablesearch {

void settle_origin(Cable& cable, const std::optional<ClassificationLine>& line, const CableHints& hints)
{
    if (!hints.origin.empty()) cable.origin = hints.origin;
    else if (!cable.origin_raw.empty()) cable.origin = post_name_for_fm_line(cable.origin_raw);
    else cable.origin = post_name_for_code(post_code_of_id(cable.released_id.empty() ? cable.id : cable.released_id));
    if (cable.origin_raw.empty() && line && !line->post_code.empty()) cable.origin_raw = line->post_code;
}

} // namespace cablesearch
