#pragma once
// How cable text becomes terms: Xapian's TermGenerator with the English
// stemmer, STEM_SOME (unstemmed terms with positions for phrases and quoted
// words, Z-prefixed stems for free text). cable-query analyses text the same
// way to find the paragraphs that matched.

#include <xapian.h>

namespace cablesearch {

class TextAnalysis {
public:
    TextAnalysis();
    // A term generator set up for the schema; callers set the document. It
    // caches stems: use each from one thread at a time.
    Xapian::TermGenerator make_term_generator() const;
    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    Xapian::Stem stemmer_;
};

} // namespace cablesearch
