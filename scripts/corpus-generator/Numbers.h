#pragma once
// Numbers and ids as cables write them in running text: days and small
// counts, years near the cable's own, serial numbers, amounts with thousands
// separators, decimals, telephone-like runs of digits; and words of letters
// and digits ("2nd", "1990s", "F16", "4x4"). Their mix follows what was
// measured on real cables (scripts/corpus-stats): most are small and
// recur, the long ones are nearly all seen once, which is what makes them
// costly to index.

#include "Random.h"

#include <string>

namespace corpusgen {

// A number as one word: "12", "2004", "45,000", "3.5", "20041207".
void append_number(Random& rng, int cable_year, std::string& out);
// A word of letters and digits: "2nd", "1990s", "F16", "H5N1", "4x4".
void append_alphanumeric(Random& rng, int cable_year, std::string& out);

} // namespace corpusgen
