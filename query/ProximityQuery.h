#pragma once
// NEAR/n and ADJ/n chains ("traffick* NEAR/3 women", "a ADJ/2 b ADJ/2 c"),
// built here rather than by Xapian's QueryParser. Xapian 1.4 reads a chain it
// cannot take (a wildcard in it, a field, more words after it without an AND,
// a leading minus) as plain words, "NEAR" and "3" among them, and so finds
// nothing, silently. QueryRewrite hands each chain over whole, as the value
// of a field of its own (see proximity_field), so that it stands in the query
// like one word; this turns it into Xapian's OP_NEAR or OP_PHRASE with the
// window Xapian itself would give it. A wildcard stands for its words, each
// within the distance (the OR of their stems: Xapian's positional operators
// take no synonym groups). What it cannot build it refuses with a message.

#include "WildcardTerms.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

namespace cablesearch {

inline constexpr std::string_view kProximityField = "xproximity";

// "xproximity:<hex of the chain>": the chain's text, hex-encoded, so that any
// word in it survives Xapian's reading of a field value.
std::string proximity_field(std::string_view chain);

class ProximityQuery : public Xapian::FieldProcessor {
public:
    // refuse: told the reason when a chain cannot be built (a field processor
    // must not throw: see QueryLanguage.cpp).
    ProximityQuery(const Xapian::Database& db, const Xapian::Stem& stemmer, Xapian::termcount max_wildcard_stems,
                   std::function<void(const std::string&)> refuse);
    Xapian::Query operator()(const std::string& hex) override;

private:
    Xapian::Query word_query(const std::string& word);

    Xapian::QueryParser words_; // one word at a time, as the main parser reads it
    WildcardTerms text_, subject_, recipients_;
    std::function<void(const std::string&)> refuse_;
};

} // namespace cablesearch
