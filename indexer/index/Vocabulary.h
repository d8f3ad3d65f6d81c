#pragma once
// The words of the indexed text. The index itself holds stems only (see
// TextAnalysis); wildcards ("negotiat*" must find "negotiating", whose stem
// is "negoti") and the spelling dictionary need the words. Each word is
// written once, the first time a cable has it, as a metadata key (see
// schema::kWordKeyPrefix), with the batch that brought it: sorted, as one
// run of keys, which the index's B-tree takes far faster than one by one.
//
// Words are never removed while indexing: a word whose cables are all gone
// is dropped when the spelling dictionary is next brought in line, which
// checks every word against the index (SpellingDictionary).

#include "index/TextAnalysis.h"

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace cablesearch {

class Vocabulary {
public:
    // Reads the words the index has the first time it is given some, so that
    // a run with nothing to index does not pay for it.
    explicit Vocabulary(Xapian::WritableDatabase& db);
    void add(const std::vector<std::string>& words);
    // Writes the words added since the last call; before each commit.
    void write();
    size_t added() const { return added_; }

private:
    Xapian::WritableDatabase& db_;
    Xapian::Stem stemmer_;
    WordSet known_;
    std::vector<std::string> pending_;
    bool loaded_ = false;
    size_t added_ = 0;
};

// A word worth keeping: 1 to 64 bytes with a letter in it (numbers are
// neither misspelt nor looked up by their beginning).
bool is_vocabulary_word(std::string_view word);

std::string vocabulary_key(std::string_view word);

} // namespace cablesearch
