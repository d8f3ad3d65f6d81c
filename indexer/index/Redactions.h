#pragma once
// Redactions: some editions of the release replaced names with runs of X
// ("XXXXXXXXXXXX", "XXXXXXXXXXXX's"). A run is four or more X of one case
// (X or x) in a row, wherever it stands: alone, glued to punctuation, or to
// the letters of a word the redactor ran into ("toldXXXXXXXXXXXX":
// "told" and a run). An "'s" right after a run belongs to it. XX, XXX and
// roman numerals (XXIV) are words, not redactions.
//
// A run is no word of the index (cable-index indexes the text with its runs
// blanked out), and is shown as "[redacted]" in cable-query's text output.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "model/Cable.h"

namespace cablesearch {

// [begin, end) byte ranges of the runs of text, in order.
std::vector<std::pair<size_t, size_t>> redaction_spans(std::string_view text);

// Any run in the cable's subject, paragraphs, signature or other text.
bool has_redactions(const Cable& cable);

// text with each run replaced by spaces, byte for byte.
std::string blank_redactions(std::string_view text);

// Indexes text with tg, each run taking one position and no term: the words
// on either side of a redaction are not adjacent (no phrase spans a name).
void index_unredacted(Xapian::TermGenerator& tg, std::string_view text, const std::string& prefix = {});

inline constexpr std::string_view kRedactedMark = "[redacted]";

// text with each run replaced by kRedactedMark.
std::string mark_redactions(std::string_view text);

} // namespace cablesearch
