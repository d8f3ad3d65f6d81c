#pragma once
// The words of a text as Xapian's TermGenerator cuts them, each with its byte
// range in the text, so that cable-query highlights exactly the words the
// index holds: "U.S." is the term "us", "1.4" and "4,893" are one term each,
// "women's" keeps its apostrophe, "ZANU-PF" is two words.

#include <functional>
#include <string>
#include <string_view>

namespace cablesearch {

// Calls found(term, begin, end) for each word in order: term is lower case,
// as indexed (unstemmed); [begin, end) its bytes in text. With initials, a
// word whose term cannot start with one of those bytes is still reported (a
// phrase needs to know its words are apart) but with an empty term, which
// saves building it; or, when a part after an apostrophe can (the index
// holds those parts too: TextAnalysis.h), with that part and what follows,
// the apostrophe first ("d'estaing" as "'estaing").
void scan_words(std::string_view text, const std::function<void(const std::string& term, size_t begin, size_t end)>& found,
                std::string_view initials = {});

} // namespace cablesearch
