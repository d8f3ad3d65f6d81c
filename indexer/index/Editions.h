#pragma once
// Editions: the release holds many cables more than once (release pages,
// many with names replaced by runs of X, and the later, unredacted
// cables.csv). The index keeps one document per cable, made from its
// fullest edition, and remembers every edition in that document (value slot
// kEditionsSlot), the redacted ones with their text, so that cable-query can
// list them and show what their redactions hid from the index alone (also
// over the remote backend).
//
// The fullest edition: one without redactions beats one with; else the
// longer text; else the first path (byte order), so that the choice never
// depends on the order files were read in.

#include "model/Cable.h"

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// What decides which edition is the fullest.
struct EditionMeasure {
    size_t redactions = 0; // runs of X (Redactions.h) in the text
    size_t length = 0;     // characters (code points) of the text but its runs of X, each run of white space one
    bool operator==(const EditionMeasure&) const = default;
};

// The text an edition is measured and compared by: the subject, then each
// paragraph (heading and text), the signature and the other text, blocks
// apart by a blank line.
std::string edition_text(const Cable& cable);
EditionMeasure measure_edition(std::string_view text);
EditionMeasure measure_edition(const Cable& cable);

// Whether edition a (in path_a) is fuller than edition b (in path_b).
bool is_fuller(const EditionMeasure& a, std::string_view path_a, const EditionMeasure& b, std::string_view path_b);
// Why a, the fuller, was kept over b: "no redactions", "longer text (1,234
// characters against 1,200)", "fewer ..." — for cable-index's warning.
std::string why_fuller(const EditionMeasure& a, const EditionMeasure& b);

struct Edition {
    std::string path;   // the file it was read from
    long line = 0;      // first line of its record (csv), 0 when the file is the cable
    std::string format; // text, html or csv
    EditionMeasure measure;
    bool indexed = false;
    // A redacted edition that is not the indexed one: its edition_text, for
    // cable-query diff. Empty otherwise (the indexed one's is the cable's).
    std::string text;
};

// The edition a parsed cable is, with its text when it has redactions.
Edition edition_of(const Cable& cable);

// The indexed edition first, then the others, fullest first: the order (and
// numbering, from 1) cable-query shows.
void order_editions(std::vector<Edition>& editions);

// The value of kEditionsSlot: the editions as JSON, zlib-compressed (values
// are stored as given).
std::string encode_editions(const std::vector<Edition>& editions);
// Throws std::runtime_error on a value it cannot read.
std::vector<Edition> decode_editions(std::string_view value);

} // namespace cablesearch
