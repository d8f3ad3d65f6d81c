#pragma once
// Paragraph markings ("(S/NF)", "(C//REL NATO)", "(SBU)") as the index keeps
// them: one positional term per marked paragraph, at the paragraph's first
// position (see ParagraphBlocks.h), so that "these words in one paragraph so
// marked" is a NEAR of the words and that term.
//
// The release writes one marking many ways; all of them become one canonical
// form: the level (U, SBU, LOU, C, S, TS), then its caveats, each after a
// "/": NOFORN, N/F, NO FORN and NF are NF; "//" and a space between level and
// caveat are "/"; "REL TO UK" is "REL UK". So S//NF, S NF, S/NOFORN and
// S N/F are all S/NF. Text in parentheses that is no marking (a country, "BEGIN
// TEXT", an unknown level such as "CO") gets no term.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct ParagraphMarking {
    std::string level;                // "S"
    std::vector<std::string> caveats; // {"NF", "REL NATO"}, in the order written

    // "S/NF/REL NATO"
    std::string canonical() const;
    // A paragraph marked this way has every caveat of other and its level
    // (marking:S finds S/NF paragraphs; marking:S/NF finds S//FGI//NF).
    bool includes(const ParagraphMarking& other) const;
};

// Nothing when text is not a marking.
std::optional<ParagraphMarking> parse_paragraph_marking(std::string_view text);

// The index term of a marking: "XMARK" and the canonical form in lower case
// ("XMARKs/nf"), and back.
std::string marking_term(const ParagraphMarking& marking);
std::optional<ParagraphMarking> marking_of_term(std::string_view term);

} // namespace cablesearch
