#pragma once
// The header of a telegram, line by line: the routing header (transmission
// lines, date-time group, FM/TO/INFO), the classification line and handling
// words, then the fields (E.O., TAGS, SUBJECT, REF, Classified By) up to
// where the body begins. This file decides which field a line belongs to and
// where the header ends; each field's own rules are in the file of that field.

#include "model/Cable.h"
#include "parse/Classification.h"
#include "parse/RoutingHeader.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// What the header says that the Cable does not hold as written.
struct CableHeader {
    std::optional<DateTimeGroupLine> date_time_group;
    std::optional<ClassificationLine> classification_line;
    std::string sent_level;    // from the "ZNY CCCCC" transmission line
    std::string tags_text;     // the TAGS field as written, wrapped lines joined
    std::string subject;       // the SUBJECT field, wrapped lines joined
    std::string classified_by; // the Classified By field after its keyword, wrapped lines joined
    size_t body_start = 0;     // index of the body's first line
};

// Reads the header of the telegram's lines. Addressees, caveats, the E.O.
// field, the REF lines, the reason and the partial notice go straight into
// cable; the rest is returned.
CableHeader read_header(const std::vector<std::string_view>& lines, Cable& cable);

} // namespace cablesearch
