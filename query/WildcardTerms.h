#pragma once
// Trailing wildcards over an index of stems. "negotiat*" must find
// "negotiating", whose stem "negoti" does not begin with "negotiat": the
// words that begin so are read from the index's vocabulary (see
// indexer/index/Vocabulary.h) and the wildcard becomes their stems, one
// synonym group weighted as one word. QueryRewrite turns the wildcard into a
// field (kWildcardField + "subject" for subject:negotiat*) handled here.

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace cablesearch {

inline constexpr std::string_view kWildcardField = "xwildcard";

class WildcardTerms : public Xapian::FieldProcessor {
public:
    // term_prefix: "" for the text, "S" for the subject, ...; at most limit
    // stems, the most frequent. The words are read from the vocabularies'
    // user metadata, all of them (IndexWords.h); none given: db's.
    WildcardTerms(const Xapian::Database& db, std::string term_prefix, Xapian::termcount limit,
                  std::vector<Xapian::Database> vocabularies = {});
    // start: what the words begin with (any case).
    Xapian::Query operator()(const std::string& start) override { return expand(start, Xapian::Query::OP_SYNONYM); }
    // The same with the stems joined by combiner: OP_OR inside NEAR and ADJ,
    // which take no synonym groups.
    Xapian::Query expand(const std::string& start, Xapian::Query::op combiner) const;

private:
    Xapian::Database db_;
    std::vector<Xapian::Database> vocabularies_;
    std::string prefix_;
    Xapian::termcount limit_;
    Xapian::Stem stemmer_;
};

} // namespace cablesearch
