#include "FieldWeights.h"

#include "index/Schema.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace cablesearch {

namespace {

constexpr size_t kMaxBoostedStems = 50;

bool is_text_term(const std::string& t) { return t.size() > 1 && t[0] == 'Z' && !(t[1] >= 'A' && t[1] <= 'Z'); }

// The query's words, each a term or a wildcard's synonym group, outside the
// excluded part of an AND_NOT and outside phrases and NEAR/ADJ.
void collect_words(const Xapian::Query& q, std::vector<std::vector<std::string>>& words)
{
    switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
        if (std::string t = *q.get_terms_begin(); is_text_term(t)) words.push_back({t});
        return;
    case Xapian::Query::OP_SYNONYM: {
        std::vector<std::string> group;
        for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t)
            if (is_text_term(*t)) group.push_back(*t);
        if (!group.empty()) words.push_back(std::move(group));
        return;
    }
    case Xapian::Query::OP_AND_NOT:
        if (q.get_num_subqueries() > 0) collect_words(q.get_subquery(0), words);
        return;
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
        // Left alone: the extra weight would keep Xapian from passing over
        // cables that cannot reach the page, and a phrase is checked
        // position by position in each (phrase searches took 1.5 times as
        // long to rank).
        return;
    default:
        for (size_t i = 0; i < q.get_num_subqueries(); ++i) collect_words(q.get_subquery(i), words);
    }
}

// Xapian's BM25 term weight (idf) for a term held by n of the N documents,
// as BM25Weight computes it.
double bm25_idf(double n, double N)
{
    double tw = (N - n + 0.5) / (n + 0.5);
    if (tw < 2) tw = tw * 0.5 + 1;
    return std::log(tw);
}

// Documents holding any of the terms, at most all of them.
double documents_with_any(const Xapian::Database& db, const std::vector<std::string>& terms)
{
    double n = 0;
    for (const auto& t : terms) n += db.get_termfreq(t);
    return std::min(n, static_cast<double>(db.get_doccount()));
}

// The words with the field's prefix (Ztraffick -> ZStraffick), each scaled so
// that it weighs what the word weighs in the text: BM25 would weigh a word by
// its rarity in the field, and "in" or "of", rare in subjects and everywhere
// in the text, would then rank cables by their subject's small words.
Xapian::Query in_field(const Xapian::Database& db, const std::vector<std::vector<std::string>>& words,
                       std::string_view prefix, double weight)
{
    const double N = db.get_doccount();
    std::vector<Xapian::Query> parts;
    for (const auto& word : words) {
        // A short wildcard's hundreds of stems would cost as many lookups
        // (each a round trip to a remote index) for a boost of little sense.
        if (word.size() > kMaxBoostedStems) continue;
        std::vector<std::string> field_terms;
        for (const auto& t : word) field_terms.push_back("Z" + std::string(prefix) + t.substr(1));
        double field_idf = bm25_idf(documents_with_any(db, field_terms), N);
        if (field_idf <= 0) continue; // in every cable's field
        double scale = weight * bm25_idf(documents_with_any(db, word), N) / field_idf;
        if (scale <= 0) continue;
        std::vector<Xapian::Query> terms(field_terms.begin(), field_terms.end());
        Xapian::Query q = terms.size() == 1 ? terms.front() : Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, q, scale);
    }
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

} // namespace

Xapian::Query ranked_query(const Xapian::Database& db, const Xapian::Query& matching)
{
    std::vector<std::vector<std::string>> words;
    collect_words(matching, words);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    if (words.empty()) return matching;
    Xapian::Query subject = in_field(db, words, schema::kSubjectPrefix, kSubjectWeight);
    if (subject.empty()) return matching;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, matching, subject);
}

} // namespace cablesearch
