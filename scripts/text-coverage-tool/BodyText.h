#pragma once
// What counts as the body of a cable for scripts/text-coverage: every word
// of the text outside the header fields. Written apart from the parser (no
// parse/ code is used) so that a parser which misreads a field cannot hide
// the words it lost: a REF line that runs on into the body counts as REF
// only up to where the body begins.
//
// Header, and so left out: the routing header (transmission lines, the
// date-time group, FM/TO/INFO and the addressees up to the classification
// line; BT and NNNN wherever they stand), classification lines (also the
// running ones at page tops) and handling captions (SIPDIS, NOFORN), the
// E.O., TAGS, SUBJECT, REF and Classified By fields (with their wrapped lines
// and the reason), page-break lines and the release's partial-record notice.
// Everything else is body: text above the telegram (an e-mail wrapper),
// header notes ("DEPT FOR EB/IFD/OIA"), paragraphs, tables, the signature.

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch::coverage {

// The pieces of text that are the body, in order, without paragraph numbers
// and markings ("1. (C)"): those are a paragraph's structure, not its words.
std::vector<std::string> body_text(std::string_view text);

} // namespace cablesearch::coverage
