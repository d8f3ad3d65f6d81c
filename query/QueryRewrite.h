#pragma once
// What cable-query changes in a query before Xapian's QueryParser reads it,
// so that identifiers people type mean what they mean in a cable:
//   07CHENGDU32  -> (07CHENGDU32 OR id:07CHENGDU32 OR ref:07CHENGDU32):
//                   the words, the cable itself, and the cables that cite it
//   1.4(b)       -> "1.4(b)": a phrase, as Xapian would otherwise read a group
//   TAG:KTIP     -> tag:KTIP: field names in any case
//   negotiat*    -> xwildcard:negotiat, subject:oil* -> xwildcardsubject:oil:
//                   the words the index's vocabulary has (WildcardTerms.h)
// Quoted text and field values are left as they are. Error positions and
// "did you mean" always refer to the query as the user wrote it.

#include <string>
#include <string_view>

namespace cablesearch {

std::string rewrite_query(std::string_view query);

} // namespace cablesearch
