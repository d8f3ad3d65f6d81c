#pragma once
// What the container of a cable already says about it: the file name, the csv
// columns or the release page's table. The text wins where it is explicit
// (the date-time group has the real minute); hints fill what the text lacks.

#include "model/Cable.h"

#include <optional>
#include <string>

namespace cablesearch {

struct CableHints {
    std::string id;             // as released or from the file name
    std::optional<DateTime> date;
    std::string origin;         // readable, as the release names it
    std::string classification; // as the release gives it
};

} // namespace cablesearch
