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
// as indexed (unstemmed); [begin, end) its bytes in text.
void scan_words(std::string_view text, const std::function<void(const std::string& term, size_t begin, size_t end)>& found);

} // namespace cablesearch
