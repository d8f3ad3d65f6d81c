#pragma once
// marking:S, marking:S/NF, marking:"C/REL NATO": paragraph markings.
//
// Alone, marking:X finds the cables with a paragraph so marked: the index
// term of every marking the index holds that includes X (same level, X's
// caveats among its own: marking:S finds S/NF paragraphs too). With words,
// the words must occur in one paragraph so marked: bind_markings turns the
// words ANDed with marking:X into Xapian's OP_NEAR of those words and the
// marking term, with a window of half a paragraph block (Schema.h). That is
// Xapian's own operator, so it runs on remote indexes too, and the match is
// exact: counts and facets count only such cables.
//
// Which words: the plain words (and wildcards, NEAR/ADJ chains and phrases)
// joined to marking: by AND, +, or nothing, at the same level of the query or
// on the left of a NOT. Words in an OR beside it, subject: and to: words
// (which are in no paragraph) and other fields are matched in the whole
// cable, as without marking:. A phrase or NEAR chain inside: each of its
// words must be in the marked paragraph, the phrase itself anywhere in the
// cable (Xapian 1.4 checks the two positional conditions apart).

#include <memory>
#include <string>

#include <xapian.h>

namespace cablesearch {

// The field processor of marking:. Refused values (no marking level) are
// thrown as std::invalid_argument.
Xapian::Query marking_query(const Xapian::Database& db, const std::string& value);

// The parsed query with each marking: bound to its words (see above).
Xapian::Query bind_markings(const Xapian::Query& query);

} // namespace cablesearch
