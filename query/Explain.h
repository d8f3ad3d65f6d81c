#pragma once
// --explain: how cable-query understood a query, in words, as an indented
// tree ("all of:", "any form of \"traffick\"", "tag KTIP (filter)").

#include <string>

#include <xapian.h>

namespace cablesearch {

std::string explain_query(const Xapian::Query& query);

// One term in words: "Ztraffick" -> any form of "traffick", "KPGOV" -> tag PGOV.
std::string describe_term(const std::string& term);

} // namespace cablesearch
