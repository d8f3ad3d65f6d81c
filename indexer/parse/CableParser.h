#pragma once
// Reads the telegram text of one cable (routing header, classification line,
// E.O./TAGS/SUBJECT/REF fields, numbered paragraphs) into a Cable.

#include "model/Cable.h"

#include <optional>
#include <string>
#include <string_view>

namespace cablesearch {

// What the container of a cable already says about it: the file name, the csv
// columns or the release page's table. The text wins where it is explicit
// (the date-time group has the real minute); hints fill what the text lacks.
struct CableHints {
    std::string id;             // as released or from the file name
    std::optional<DateTime> date;
    std::string origin;         // readable, as the release names it
    std::string classification; // as the release gives it
};

Cable parse_cable_text(std::string_view text, const CableHints& hints = {});

} // namespace cablesearch
