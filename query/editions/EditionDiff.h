#pragma once
// cable-query diff: what the runs of X of a redacted edition hide, read word
// by word from a fuller edition of the same cable. The two texts are
// compared as words (white space apart; a run of X a word of its own, even
// glued to letters); the words of the fuller edition that stand where the
// redacted one has a run are what the run hid.

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

struct HiddenWords {
    std::string words;  // as the fuller edition writes them; empty: it has none there either
    std::string before; // up to the context's words of the fuller edition either side
    std::string after;
    size_t runs = 0;    // the redacted edition's runs of X at this place
};

struct RedactionDiff {
    std::vector<HiddenWords> hidden;
    // false: the texts differ too much to be compared word by word.
    bool compared = true;
};

inline constexpr size_t kDiffContextWords = 4;

RedactionDiff diff_redactions(std::string_view fuller, std::string_view redacted,
                              size_t context_words = kDiffContextWords);

} // namespace cablesearch
