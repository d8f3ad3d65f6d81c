#include "index/TextAnalysis.h"

#include "index/Schema.h"

namespace cablesearch {

TextAnalysis::TextAnalysis() : stemmer_(std::string(schema::kStemmerLanguage)) {}

Xapian::TermGenerator TextAnalysis::make_term_generator() const
{
    Xapian::TermGenerator tg;
    tg.set_stemmer(stemmer_);
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    return tg;
}

} // namespace cablesearch
