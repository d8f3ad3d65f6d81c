#pragma once
// A cable page of the release's web site (cable/YYYY/MM/ID.html): the cable
// text of its <pre> blocks and the metadata table above them.

#include "parse/CableParser.h"

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct HtmlCable {
    std::string text;                // routing header block, newline, body block
    CableHints hints;                // Reference ID, Created, Classification, Origin
    std::string released;            // the page's Released date, as printed
    std::string heading_subject;     // "Viewing cable ID, SUBJECT"
    std::vector<std::string> tag_links;
};

// Reads the page; false when it has no cable <pre> blocks (not a cable page).
// Pages laid out as the release's are scanned directly (ReleasePage.h); any
// other page goes through a full HTML parser.
bool read_html_cable(std::string_view html, HtmlCable& out);

// The full HTML parser alone, whatever the page (tests hold both readers to
// the same result).
bool read_html_cable_parsed(std::string_view html, HtmlCable& out);

// Cheap check on the first bytes: is this an HTML document?
bool looks_like_html(std::string_view head);

} // namespace cablesearch
