#include "graph/Citations.h"

#include "index/Schema.h"
#include "model/CableJson.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

namespace {

std::optional<Xapian::docid> first_document(const Xapian::Database& db, const std::string& term)
{
    Xapian::PostingIterator it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    return *it;
}

Cable stored_cable(const Xapian::Database& db, Xapian::docid id)
{
    return cable_from_json(nlohmann::ordered_json::parse(db.get_document(id).get_data()));
}

} // namespace

std::optional<Xapian::docid> find_cable_document(const Xapian::Database& db, const std::string& id)
{
    const std::string key = text::upper(text::trim(id));
    if (key.empty()) return std::nullopt;
    if (auto doc = first_document(db, schema::id_term(key))) return doc;
    return first_document(db, std::string(schema::kCanonicalIdPrefix) + key);
}

std::vector<std::string> citing_terms(const Cable& cable)
{
    std::vector<std::string> terms{schema::ref_term(cable.id)};
    if (!cable.released_id.empty() && schema::ref_term(cable.released_id) != terms.front())
        terms.push_back(schema::ref_term(cable.released_id));
    return terms;
}

std::vector<std::string> citing_terms(const Xapian::Database& db, const std::string& id)
{
    if (auto doc = find_cable_document(db, id)) return citing_terms(stored_cable(db, *doc));
    return {schema::ref_term(text::trim(id))};
}

std::vector<Xapian::docid> documents_with_any(const Xapian::Database& db, const std::vector<std::string>& terms)
{
    std::vector<Xapian::docid> ids;
    for (const auto& t : terms)
        for (auto it = db.postlist_begin(t); it != db.postlist_end(t); ++it) ids.push_back(*it);
    if (terms.size() > 1) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    return ids;
}

namespace {

// The cited-by count from the frequencies of a cable's citing terms.
template <typename Frequency>
Xapian::doccount count_citing(const Xapian::Database& db, const std::vector<std::string>& terms, Frequency&& freq)
{
    Xapian::doccount sum = 0;
    int nonzero = 0;
    for (const auto& t : terms)
        if (Xapian::doccount f = freq(t); f > 0) {
            sum += f;
            ++nonzero;
        }
    // A cable citing both ids of one cable is one citing cable.
    if (nonzero > 1) return static_cast<Xapian::doccount>(documents_with_any(db, terms).size());
    return sum;
}

} // namespace

Xapian::doccount cited_by_count(const Xapian::Database& db, const std::vector<std::string>& terms)
{
    return count_citing(db, terms, [&](const std::string& t) { return db.get_termfreq(t); });
}

Xapian::doccount cited_by_count(const Xapian::Database& db, const Cable& cable)
{
    return cited_by_count(db, citing_terms(cable));
}

std::vector<Xapian::doccount> cited_by_counts(const Xapian::Database& db,
                                              const std::vector<std::vector<std::string>>& terms)
{
    std::vector<std::string> all;
    for (const auto& t : terms) all.insert(all.end(), t.begin(), t.end());
    std::vector<Xapian::doccount> counts;
    if (all.empty()) return std::vector<Xapian::doccount>(terms.size(), 0);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, all.begin(), all.end()));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet stats = enquire.get_mset(0, 0);
    for (const auto& cable_terms : terms)
        counts.push_back(count_citing(db, cable_terms, [&](const std::string& t) { return stats.get_termfreq(t); }));
    return counts;
}

Xapian::Query cites_query(const Xapian::Database& db, const std::string& id)
{
    std::optional<Xapian::docid> doc = find_cable_document(db, id);
    if (!doc)
        throw std::invalid_argument(fmt::format("'{}' is not in the index, so the cables it cites are unknown "
                                                "(cited-by:{} finds the cables that cite it)",
                                                id, id));
    const Cable cable = stored_cable(db, *doc);
    std::vector<Xapian::Query> cited;
    for (const auto& r : cable.references) {
        const std::string key = text::upper(r);
        cited.emplace_back(schema::id_term(key));
        cited.emplace_back(std::string(schema::kCanonicalIdPrefix) + key);
    }
    // Not MatchNothing: the query parser drops an empty query, and the
    // search would be of every cable.
    if (cited.empty()) return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, Xapian::Query::MatchAll);
    return Xapian::Query(Xapian::Query::OP_OR, cited.begin(), cited.end());
}

Xapian::Query cited_by_query(const Xapian::Database& db, const std::string& id)
{
    std::vector<std::string> terms = citing_terms(db, id);
    if (terms.size() == 1) return Xapian::Query(terms.front());
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

std::string spell_citation_fields(std::string query)
{
    static constexpr std::string_view kTyped = "cited-by:";
    bool quoted = false;
    for (size_t i = 0; i < query.size(); ++i) {
        if (query[i] == '"') quoted = !quoted;
        if (quoted) continue;
        const bool starts_word = i == 0 || text::is_space(query[i - 1]) || query[i - 1] == '(' || query[i - 1] == '+' ||
                                 query[i - 1] == '-';
        if (starts_word && query.size() - i >= kTyped.size() &&
            text::lower(std::string_view(query).substr(i, kTyped.size())) == kTyped)
            query[i + 5] = '_';
    }
    return query;
}

} // namespace cablesearch
