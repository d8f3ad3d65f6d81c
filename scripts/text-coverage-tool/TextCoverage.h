#pragma once
// How much of a cable's body the index's text holds: the body's words (see
// BodyText) and the document cable-index would write for the cable, both cut
// into terms by the indexer's own text analysis. A body word counts as held
// while the document's free text has that term at least as often as the body
// has it (a word the body uses five times and the index holds twice counts
// twice).

#include "model/Cable.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cablesearch::coverage {

struct CableCoverage {
    std::string id;
    size_t body_words = 0; // occurrences of words in the body
    size_t held_words = 0; // of those, held in the index's text
    // Terms of the body the index lacks (or holds fewer times), with how many
    // occurrences are missing; most missing first.
    std::vector<std::pair<std::string, size_t>> missing;

    double share() const { return body_words == 0 ? 1.0 : static_cast<double>(held_words) / body_words; }
};

// One cable: its text as read from the file, and the cable the parser made of it.
CableCoverage measure_cable(std::string_view text, const Cable& cable);

// Every cable of the files under path (a folder or one file), in name order.
// Files the parser refuses are reported through problems.
void measure_files(const std::filesystem::path& path, const std::function<void(CableCoverage&&)>& sink,
                   std::vector<std::string>& problems);

} // namespace cablesearch::coverage
