#include "WildcardTerms.h"

#include "index/Schema.h"

#include <algorithm>
#include <functional>
#include <set>
#include <vector>

namespace cablesearch {

WildcardTerms::WildcardTerms(const Xapian::Database& db, std::string term_prefix, Xapian::termcount limit,
                             std::vector<Xapian::Database> vocabularies)
    : db_(db), vocabularies_(std::move(vocabularies)), prefix_("Z" + std::move(term_prefix)), limit_(limit),
      stemmer_(std::string(schema::kStemmerLanguage))
{
    if (vocabularies_.empty()) vocabularies_.push_back(db_);
}

Xapian::Query WildcardTerms::expand(const std::string& start, Xapian::Query::op combiner) const
{
    const std::string lower = Xapian::Unicode::tolower(start);
    const std::string key_start = std::string(schema::kWordKeyPrefix) + lower;
    // Xapian's own wildcard over the stems that begin so.
    const Xapian::Query stems_beginning(Xapian::Query::OP_WILDCARD, prefix_ + lower, limit_,
                                        Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT, combiner);
    std::set<std::string> stems;
    try {
        for (const auto& vocabulary : vocabularies_)
            for (auto it = vocabulary.metadata_keys_begin(key_start); it != vocabulary.metadata_keys_end(key_start); ++it)
                stems.insert(stemmer_((*it).substr(schema::kWordKeyPrefix.size())));
    } catch (const Xapian::UnimplementedError&) {
        // An index whose words cannot be listed (a remote one with an older
        // server): most words' stems begin as they do.
        return stems_beginning;
    }
    std::vector<std::pair<Xapian::doccount, std::string>> found;
    for (const auto& stem : stems) {
        std::string term = prefix_ + stem;
        if (Xapian::doccount n = db_.get_termfreq(term); n > 0) found.emplace_back(n, std::move(term));
    }
    // No words, so it finds nothing, and unlike an empty query it is not
    // taken for "every cable".
    if (found.empty()) return stems_beginning;
    if (found.size() > limit_) {
        std::nth_element(found.begin(), found.begin() + limit_, found.end(), std::greater<>());
        found.resize(limit_);
    }
    std::vector<Xapian::Query> terms;
    for (auto& f : found) terms.emplace_back(std::move(f.second));
    return Xapian::Query(combiner, terms.begin(), terms.end());
}

} // namespace cablesearch
