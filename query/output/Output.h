#pragma once
// How cable-query prints results: text for people (colour on a terminal),
// JSON lines and CSV for scripts. Field names are documented in the README.

#include "../Search.h"

#include <cstdio>
#include <string>

namespace cablesearch {

struct TextStyle {
    bool colour = false;
};

void print_text(std::FILE* out, const SearchResult& result, const SearchOptions& options, const TextStyle& style);
void print_json(std::FILE* out, const SearchResult& result, const SearchOptions& options);
void print_csv(std::FILE* out, const SearchResult& result);

// cable-query show: one whole cable, query words highlighted.
void print_cable_text(std::FILE* out, const Cable& cable, const Highlighter* highlighter, const TextStyle& style);

// "¶4 (C)"
std::string paragraph_label(int number, const std::string& marking);
// The text with spans wrapped in colour codes, or as it is.
std::string render_spans(const std::string& text, const std::vector<Span>& spans, const TextStyle& style);

} // namespace cablesearch
