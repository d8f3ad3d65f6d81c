#pragma once
// Reads the telegram text of one cable (routing header, classification line,
// E.O./TAGS/SUBJECT/REF fields, numbered paragraphs) into a Cable.

#include "model/Cable.h"
#include "parse/CableHints.h"

#include <string_view>

namespace cablesearch {

Cable parse_cable_text(std::string_view text, const CableHints& hints = {});

} // namespace cablesearch
