#pragma once
// The release's cable pages are generated from one template: the metadata
// table, the "Viewing cable" heading and the cable text in <pre> blocks are
// found by scanning for them, at memory speed, instead of building the DOM of
// a 70 KB page that is mostly navigation.

#include "formats/HtmlPage.h"

#include <string_view>

namespace cablesearch {

// Reads a page laid out as the release's; false when the page does not
// follow that layout or holds markup the scan does not handle (a named
// character reference it does not know, an unclosed <pre>): the caller
// then uses a full HTML parser.
bool read_release_page(std::string_view html, HtmlCable& out);

// The text of an HTML fragment: tags dropped (<br> is a line break), comments
// dropped, character references decoded, CR LF as LF. False for a character
// reference it does not decode exactly as an HTML parser would.
bool html_fragment_text(std::string_view html, std::string& out);

} // namespace cablesearch
