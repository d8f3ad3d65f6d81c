#pragma once
// The ids a REF list names, read the way a careful reader of the cable would
// write them down.

#include "model/Cable.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cablesearch {

// What the cable that holds the REF list says about itself.
struct ReferenceContext {
    int year = 0;               // the cable's year: a reference that gives none is of this year
    std::string_view post;      // the cable's own post code ("TRIPOLI"), for a bare serial
    std::string_view serial;    // the cable's own serial ("402"), without leading zeros
};

// Resolves the text of a REF list to canonical ids, in the order written,
// each once. "REF: STATE 200090" in a 1985 cable is 85STATE200090. Understood:
// lettered and numbered items; a year before the post, between post and
// serial or after the serial ("09 STATE 96625", "(99) ROME 2196",
// "ASUNCION 701 (08)", "AMMAN 07718 99"); several serials after one post
// ("BRASILIA 2799 AND 2764", "KABUL 936/935"); a serial before its post
// ("870 ULAANBAATAR"); a bare serial ("B. 8034"); post names as people wrote
// them (HAGUE, TEGUC, MEXICO CITY, N'DJAMENA, SANTIAG0, BRASILA). Never read as
// a reference: what names no post of the release (e-mails, memos, reports),
// dates and times, a page header run into the list, an appended record
// ("refid: 08SANTIAGO77"), and the cable itself.
std::vector<std::string> resolve_references(std::string_view ref_text, const ReferenceContext& cable);

// Reads the lines of one REF list in turn: a bare serial on a later line
// ("B. 02164" under "A. 2001 BOGOTA 00504") is of the post and year of the
// reference before it.
class ReferenceResolver {
public:
    explicit ReferenceResolver(const ReferenceContext& cable) : cable_(cable) {}
    std::vector<std::string> read(std::string_view line);

private:
    ReferenceContext cable_;
    std::optional<std::pair<std::string, int>> last_; // post code and year of the last reference (owned: the text it came from is gone by the next line)
};

// The same for a cable known only by its year.
std::vector<std::string> resolve_references(std::string_view ref_text, int cable_year);

// Resolves each of the cable's reference_lines (one REF list, read in turn)
// into references_by_line, and all the ids once into references.
void resolve_reference_lines(Cable& cable);

} // namespace cablesearch
