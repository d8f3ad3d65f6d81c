#pragma once
// Cable -> Xapian::Document following the schema: terms for every filter,
// values for sorting and facets, the stored cable as document data.

#include "index/TextAnalysis.h"
#include "model/Cable.h"

#include <xapian.h>

namespace cablesearch {

// The id that tells a cable's document apart: the id as released where it is
// malformed, else the canonical id. The release has cables under both
// 06MINSK1128 and 06SECTIO03OF03MINSK1128 (a section sent apart): keyed by
// the canonical id alone, one of them would replace the other.
std::string document_key(const Cable& cable);

class CableDocumentBuilder {
public:
    CableDocumentBuilder();
    Xapian::Document build(const Cable& cable);
    // The vocabulary words of the cable last built (its terms are stems)
    // that this builder has not given before: the vocabulary needs each word
    // once, and each further copy would cost the index's writer a lookup.
    // (Words the term generator stemmed before, it does not report again.)
    std::vector<std::string> take_new_words();

private:
    TextAnalysis analysis_;
    WordSet words_;    // before tg_, which adds to it
    WordParts parts_;  // likewise
    WordSet given_;
    Xapian::TermGenerator tg_;
};

// The terms by which cable-query's post: filter finds a cable: the readable
// name, the place alone, the FM form and the id's post code.
std::vector<std::string> post_terms(const Cable& cable);

// Classification terms: the whole value and each part (secret, noforn).
std::vector<std::string> class_terms(std::string_view classification);

} // namespace cablesearch
