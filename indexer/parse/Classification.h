#pragma once
// Classification lines ("C O N F I D E N T I A L SECTION 01 OF 02 CHENGDU
// 000032") and the release's classification values.

#include "model/Cable.h"
#include "parse/CableHints.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct ClassificationLine {
    std::string level;                  // UNCLASSIFIED, LIMITED OFFICIAL USE, CONFIDENTIAL, SECRET, TOP SECRET
    std::string section;                // "01 OF 02"
    std::string post_code;              // CHENGDU
    std::string serial;                 // 000032
    std::vector<std::string> caveats;   // handling words on the same line
    bool for_official_use_only = false; // UNCLASSIFIED//FOR OFFICIAL USE ONLY spelled out
    std::string trailing;               // text a copy glued on after the serial ("SIPDIS STATE FOR EUR/RUS")
    std::string leading;                // text a copy glued on before the line ("ID:247169 Cable dated:...")
};

// Reads a classification line; nullopt when the line does not start with a
// classification level (spaced letters and mixed case are fine).
std::optional<ClassificationLine> parse_classification_line(std::string_view line);

// A classification line that a copy glued into other text ("Cable
// dated:...C O N F I D E N T I A L RIYADH 000732SENSITIVE"): found anywhere in
// the line, and only with a post of the release and a serial after it.
std::optional<ClassificationLine> find_classification_in_line(std::string_view line);

// The level a paragraph marking stands for: "S/NF" -> SECRET, "SBU" ->
// UNCLASSIFIED; empty when unknown.
std::string level_of_marking(std::string_view marking);

// UNCLASSIFIED < LIMITED OFFICIAL USE < CONFIDENTIAL < SECRET < TOP SECRET; 0 unknown.
int level_rank(std::string_view level);

// A line made only of handling words ("SIPDIS", "NOFORN SIPDIS", "E F T O").
// Returns them, or nothing when any word is not a handling word.
std::vector<std::string> parse_handling_line(std::string_view line);

bool is_handling_word(std::string_view upper_word);

// The handling words a header line starts with ("NOFORN SIPDIS DEPT FOR
// NEA/MAG" -> NOFORN, SIPDIS); only words that cannot start anything else.
std::vector<std::string> leading_handling_words(std::string_view line);

// The caption words a header line ends with when a copy ran the caption block
// onto it ("...FOR POLAD SENSITIVE SIPDIS" -> SENSITIVE, SIPDIS); only a run
// ending in SIPDIS counts.
std::vector<std::string> trailing_handling_words(std::string_view line);

// The release's classification value from a level and the cable's caveats:
// CONFIDENTIAL + NOFORN -> CONFIDENTIAL//NOFORN; UNCLASSIFIED + SENSITIVE ->
// UNCLASSIFIED//FOR OFFICIAL USE ONLY.
std::string release_classification(std::string_view level, const std::vector<std::string>& caveats,
                                   bool for_official_use_only = false);

// A classification value from the release's metadata (csv column, page table),
// cleaned: upper case, single spaces, "UNCLAS" expanded.
std::string normalize_classification(std::string_view value);

// Merges "C O N F I D E N T I A L" into "CONFIDENTIAL"; other words untouched.
std::string join_spaced_letters(std::string_view line);

// The highest level the paragraph markings give ("S/NF" -> SECRET); empty
// when no paragraph is marked.
std::string highest_marking_level(const std::vector<Paragraph>& paragraphs);

// The cable's section ("01 OF 02") and classification: the release's value
// where the container gives one; else the classification line's level, else
// the transmission line's (sent_level), else the highest paragraph marking,
// with the cable's caveats. Needs the paragraphs and caveats read.
void settle_classification(Cable& cable, const std::optional<ClassificationLine>& line, std::string_view sent_level,
                           const CableHints& hints);

} // namespace cablesearch
