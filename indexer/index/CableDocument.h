#pragma once
// Cable -> Xapian::Document following the schema: terms for every filter,
// values for sorting and facets, the stored cable as document data.

#include "index/TextAnalysis.h"
#include "model/Cable.h"

#include <xapian.h>

namespace cablesearch {

class CableDocumentBuilder {
public:
    CableDocumentBuilder();
    Xapian::Document build(const Cable& cable);

private:
    TextAnalysis analysis_;
    Xapian::TermGenerator tg_;
};

// The terms by which cable-query's post: filter finds a cable: the readable
// name, the place alone, the FM form and the id's post code.
std::vector<std::string> post_terms(const Cable& cable);

// Classification terms: the whole value and each part (secret, noforn).
std::vector<std::string> class_terms(std::string_view classification);

} // namespace cablesearch
