#pragma once
// The E.O. field: "E.O. 12958: DECL: 2/1/2027", the executive order the
// cable was classified under and the date (or event) it is declassified on.

#include "model/Cable.h"

#include <string_view>

namespace cablesearch {

// "E.O. 12958: DECL: 2/1/2027" into executive_order and the declassification
// date; false when the line is no E.O. line.
bool take_executive_order(std::string_view line, Cable& cable);

// A line under the E.O. line that still belongs to it: "E.O. 12958:" wrapped
// before "DECL: 5/11/2017". False when the line is something else.
bool continue_executive_order(std::string_view line, Cable& cable);

} // namespace cablesearch
