#pragma once
// The body of a cable: numbered paragraphs with their classification
// markings, the headings between them, and the signature at the end.

#include "model/Cable.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct ParagraphStart {
    int number = 0;
    std::string marking;
    std::string_view rest;    // the text after number and marking
};

// "¶1. (C) Summary: ...", "1.(C) ...", "15. (C) ..."; nullopt for "1.4 (b)".
std::optional<ParagraphStart> match_paragraph_start(std::string_view line);

struct Body {
    std::vector<Paragraph> paragraphs;
    std::string signer;
};

// Lines after the header fields. Page-break lines, repeated section headers
// and stray handling lines (SIPDIS) are dropped; OCR'd numbers are read in
// sequence ("15." after ¶4 is ¶5).
Body parse_body(const std::vector<std::string_view>& lines);

// Lines the telegram system repeats inside the text: page breaks,
// "C O N F I D E N T I A L SECTION 02 OF 04 MADRID 004687", "SIPDIS".
bool is_running_header_line(std::string_view line);

} // namespace cablesearch
