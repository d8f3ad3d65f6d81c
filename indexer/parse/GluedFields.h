#pragma once
// Copies of cables whose line breaks were lost (web transcriptions, database
// exports) run the header fields together: "...RIYADH 000732SIPDISE.O. 12958:
// DECL: 05/07/2018TAGS: EPET ECON SA". The header parser reads one field per
// line, so such lines are cut before each field keyword.

#include <string_view>
#include <vector>

namespace cablesearch {

// Lines [0, header_end) are cut before every field keyword found inside them
// (E.O., TAGS:, SUBJECT:, REF:, Classified By:, a spaced-out classification,
// a pilcrow paragraph number); the rest is copied unchanged. The pieces are
// views into the same text.
std::vector<std::string_view> split_glued_fields(const std::vector<std::string_view>& lines, size_t header_end);

} // namespace cablesearch
