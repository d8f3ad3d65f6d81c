#pragma once
// The timeline of a search as people read it (a histogram after the hits)
// and as scripts read it (the "timeline" object of the JSON summary; the
// names are documented in the README).

#include "../Timeline.h"

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

namespace cablesearch {

struct TimelineStyle {
    bool blocks = false;   // Unicode eighth blocks, else '#'
    bool colour = false;   // the heading in bold
    size_t columns = 0;    // the terminal's width; 0 when unknown (bars up to kDefaultBarWidth)
    static constexpr size_t kDefaultBarWidth = 60;
    static constexpr size_t kMinBarWidth = 10;
};

// Blocks on a terminal (or with --color always), '#' otherwise or with
// --color never; the width from $COLUMNS, else the terminal's.
TimelineStyle timeline_style(const std::string& colour_mode, bool colour);

void print_timeline_text(std::FILE* out, const Timeline& timeline, const TimelineStyle& style);
nlohmann::ordered_json timeline_json(const Timeline& timeline);

// A bar of value/max of width cells: eighth blocks or '#' (a non-zero
// value always gets the smallest mark, so no match hides).
std::string timeline_bar(double value, double max, size_t width, bool blocks);

} // namespace cablesearch
