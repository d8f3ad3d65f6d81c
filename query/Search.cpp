#include "Search.h"

#include "index/Schema.h"
#include "model/CableJson.h"

#include <algorithm>
#include <cmath>

namespace cablesearch {

std::vector<ParagraphHit> matching_paragraphs(const Cable& cable, const Highlighter& highlighter, size_t max,
                                              size_t excerpt_bytes)
{
    std::vector<std::pair<double, size_t>> scored;
    for (size_t i = 0; i < cable.paragraphs.size(); ++i) {
        const Paragraph& p = cable.paragraphs[i];
        double s = highlighter.score(p.text) + 0.5 * highlighter.score(p.heading);
        if (s > 0) scored.emplace_back(s, i);
    }
    std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first > b.first; });
    if (scored.size() > max) scored.resize(max);
    std::sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.second < b.second; });
    std::vector<ParagraphHit> out;
    for (auto [score, i] : scored) {
        const Paragraph& p = cable.paragraphs[i];
        ParagraphHit h;
        h.number = p.number;
        h.marking = p.marking;
        h.heading = p.heading;
        h.kind = p.kind;
        h.score = score;
        h.excerpt = make_excerpt(p.text, highlighter.spans(p.text), excerpt_bytes);
        out.push_back(std::move(h));
    }
    return out;
}

namespace {

SearchResult search_once(Xapian::Database& db, const SearchOptions& o)
{
    QueryLanguage language(db);
    Xapian::Query query = language.parse(o.query, o.filters);
    SearchResult result;
    result.parsed = query.get_description();
    result.corrected_query = language.corrected_query();

    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    switch (o.sort) {
    case SortOrder::Relevance: break;
    case SortOrder::DateAscending: enquire.set_sort_by_value_then_relevance(schema::kDateLastSlot, false); break;
    case SortOrder::DateDescending: enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true); break;
    }
    FacetCounter facets(o.facets);
    facets.attach(enquire);
    // Every match is examined: counts and facets are exact, never estimates.
    Xapian::doccount all = db.get_doccount();
    Xapian::MSet mset = enquire.get_mset(o.count_only ? 0 : o.offset, o.count_only ? 0 : o.limit, all);
    result.total = mset.get_matches_estimated();
    result.facets = facets.results(o.facet_limit);
    if (o.count_only) return result;

    Xapian::doccount n = db.get_doccount();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Hit hit;
        Xapian::Document doc = it.get_document();
        hit.cable = cable_from_json(nlohmann::ordered_json::parse(doc.get_data()));
        hit.weight = it.get_weight();
        hit.percent = it.get_percent();
        std::vector<std::pair<std::string, double>> terms;
        for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it); ++t) {
            Xapian::doccount tf = std::max<Xapian::doccount>(1, db.get_termfreq(*t));
            terms.emplace_back(*t, std::log(1.0 + double(n) / tf));
        }
        Highlighter highlighter(language.stemmer(), terms);
        hit.paragraphs = matching_paragraphs(hit.cable, highlighter, o.paragraphs_per_hit, o.excerpt_bytes);
        result.hits.push_back(std::move(hit));
    }
    return result;
}

} // namespace

SearchResult run_search(Xapian::Database& db, const SearchOptions& options)
{
    for (int attempt = 0;; ++attempt) {
        try {
            return search_once(db, options);
        } catch (const Xapian::DatabaseModifiedError&) {
            // cable-index committed while we read: start again on the new revision.
            if (attempt >= 5) throw;
            db.reopen();
        }
    }
}

} // namespace cablesearch
