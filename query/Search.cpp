#include "Search.h"

#include "FieldWeights.h"
#include "PageDocuments.h"
#include "QueryTerms.h"
#include "RemoteIndex.h"
#include "ResultOrder.h"
#include "graph/CitedByTable.h"
#include "graph/Citations.h"
#include "index/Schema.h"
#include "model/CableJson.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <cmath>
#include <future>

namespace cablesearch {

std::vector<ParagraphHit> matching_paragraphs(const Cable& cable, const Highlighter& highlighter, size_t max,
                                              size_t excerpt_bytes)
{
    struct Scored {
        double score;
        size_t index;
        std::vector<Span> spans;
    };
    std::vector<Scored> scored;
    for (size_t i = 0; i < cable.paragraphs.size(); ++i) {
        const Paragraph& p = cable.paragraphs[i];
        TextMatch body = highlighter.match(p.text);
        double s = body.score + (p.heading.empty() ? 0 : 0.5 * highlighter.score(p.heading));
        if (s > 0) scored.push_back({s, i, std::move(body.spans)});
    }
    std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.score > b.score; });
    if (scored.size() > max) scored.resize(max);
    std::sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.index < b.index; });
    std::vector<ParagraphHit> out;
    for (auto& s : scored) {
        const Paragraph& p = cable.paragraphs[s.index];
        ParagraphHit h;
        h.number = p.number;
        h.marking = p.marking;
        h.heading = p.heading;
        h.kind = p.kind;
        h.score = s.score;
        h.excerpt = make_excerpt(p.text, s.spans, excerpt_bytes);
        out.push_back(std::move(h));
    }
    return out;
}

namespace {

Cable stored_cable(const Xapian::Document& doc) { return cable_from_json(nlohmann::ordered_json::parse(doc.get_data())); }

// The terms when the whole query is one term or all of several (words and
// filters joined by AND; a filter alone Xapian scales to weight 0): the match
// set is then the intersection of their posting lists.
bool conjunctive_terms(const Xapian::Query& q, std::vector<std::string>& terms)
{
    switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
        terms.push_back(*q.get_unique_terms_begin());
        return true;
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
        for (size_t i = 0; i < q.get_num_subqueries(); ++i)
            if (!conjunctive_terms(q.get_subquery(i), terms)) return false;
        return q.get_num_subqueries() > 0;
    default:
        return false;
    }
}

// The documents holding every term, ascending: the rarest term leads, the
// others skip to it.
std::vector<Xapian::docid> documents_with_all(const Xapian::Database& db, const std::vector<std::string>& terms)
{
    std::vector<std::pair<Xapian::doccount, std::string>> by_rarity;
    for (const auto& t : terms) by_rarity.emplace_back(db.get_termfreq(t), t);
    std::sort(by_rarity.begin(), by_rarity.end());
    std::vector<Xapian::docid> ids;
    if (by_rarity.empty() || by_rarity.front().first == 0) return ids;
    std::vector<Xapian::PostingIterator> its;
    for (const auto& [freq, t] : by_rarity) its.push_back(db.postlist_begin(t));
    const Xapian::PostingIterator end = db.postlist_end(by_rarity.front().second);
    ids.reserve(by_rarity.front().first);
    auto& lead = its.front();
    while (lead != end) {
        Xapian::docid candidate = *lead;
        bool all = true;
        for (size_t i = 1; i < its.size(); ++i) {
            its[i].skip_to(candidate);
            if (its[i] == end) return ids;
            if (*its[i] != candidate) {
                lead.skip_to(*its[i]);
                all = false;
                break;
            }
        }
        if (all) {
            ids.push_back(candidate);
            ++lead;
        }
    }
    return ids;
}

// Records the id of every matching document; the match calls it for each.
class DocidCollector : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& doc, double) override { ids.push_back(doc.get_docid()); }
    std::vector<Xapian::docid> ids;
};

// Every document of db that the query matches: the count and the facets need
// them all, unweighted, which costs a fraction of weighing them.
std::vector<Xapian::docid> matching_documents(const Xapian::Database& db, const Xapian::Query& query)
{
    std::vector<std::string> all_of;
    // Most searches are a word or two and filters: reading their posting
    // lists costs a few nanoseconds a match, the matcher many times that.
    if (conjunctive_terms(query, all_of)) return documents_with_all(db, all_of);
    Xapian::Enquire counting(db);
    counting.set_query(query);
    counting.set_weighting_scheme(Xapian::BoolWeight());
    DocidCollector collector;
    counting.add_matchspy(&collector);
    counting.get_mset(0, 0, db.get_doccount());
    return std::move(collector.ids);
}

// The same over every shard at once, a thread each: a phrase of common words
// (the slowest searches) checks positions in every cable holding both words,
// and shards split that work between the cores. No Xapian object crosses
// threads: a thread has its shard and its own copy of the query. Ids are
// the index's: shard i of n holds the index's documents (id - 1) * n + i + 1.
std::vector<Xapian::docid> matching_documents(const std::vector<Xapian::Database>& shards, const std::string& query)
{
    const auto n = static_cast<Xapian::docid>(shards.size());
    auto in_shard = [&](size_t i) {
        std::vector<Xapian::docid> ids = matching_documents(shards[i], Xapian::Query::unserialise(query));
        if (n > 1)
            for (auto& id : ids) id = (id - 1) * n + static_cast<Xapian::docid>(i) + 1;
        return ids;
    };
    std::vector<std::future<std::vector<Xapian::docid>>> others;
    for (size_t i = 1; i < shards.size(); ++i) others.push_back(std::async(std::launch::async, in_shard, i));
    std::vector<Xapian::docid> ids = in_shard(0);
    for (auto& other : others) {
        std::vector<Xapian::docid> more = other.get();
        size_t middle = ids.size();
        ids.insert(ids.end(), more.begin(), more.end());
        // In index order, the facet table is read front to back.
        std::inplace_merge(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(middle), ids.end());
    }
    return ids;
}

// The page's cables, each with the paragraphs that match best.
std::vector<Hit> page_hits(const CableIndex& index, const Xapian::Stem& stemmer, const Xapian::Query& query,
                           const Xapian::MSet& mset, const SearchOptions& o)
{
    if (mset.empty()) return {};
    const Xapian::Database& db = index.all;
    // One highlighter for the page: the query's terms weighted by their
    // rarity (the match's own statistics), its wildcards and phrases.
    QueryTerms query_terms(query);
    std::vector<std::pair<std::string, double>> terms;
    for (const auto& t : query_terms.terms())
        terms.emplace_back(t, std::log(1.0 + double(db.get_doccount()) / std::max<Xapian::doccount>(1, mset.get_termfreq(t))));
    std::vector<Hit> hits;
    Highlighter highlighter(stemmer, terms, &query_terms);
    const std::vector<Xapian::Document> documents = page_documents(index, mset);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Hit hit;
        hit.cable = stored_cable(documents[hits.size()]);
        hit.weight = it.get_weight();
        hit.percent = it.get_percent();
        hit.subject_spans = highlighter.spans(hit.cable.subject);
        hit.paragraphs = matching_paragraphs(hit.cable, highlighter, o.paragraphs_per_hit, o.excerpt_bytes);
        hits.push_back(std::move(hit));
    }
    std::vector<std::vector<std::string>> citing;
    for (const Hit& h : hits) citing.push_back(citing_terms(h.cable));
    const std::vector<Xapian::doccount> cited_by = cited_by_counts(db, citing);
    for (size_t i = 0; i < hits.size(); ++i) hits[i].cited_by = cited_by[i];
    return hits;
}

SearchResult search_once(CableIndex& index, const SearchOptions& o)
{
    Xapian::Database& db = index.all;
    QueryLanguage language(db, index.words);
    SearchResult result;
    result.query = language.parse(o.query, o.filters);
    result.corrected_query = language.corrected_query();
    result.expanded_query = language.expanded_query();
    result.spelling_problem = language.spelling_problem();

    // Two passes at once. The count and facets: every match examined (exact,
    // never an estimate) but unweighted, which costs a fraction of weighing
    // them all; on other threads, over the index's second set of shards.
    // The page, here: ranked by BM25, where Xapian may skip documents that
    // cannot reach it, or by date, unweighted; then its cables read.
    // A remote index has no shards of its own: it counts with the server's
    // built-in spies, the only ones the server knows.
    const bool by_ids = !index.shards.empty();
    if (o.sort == SortOrder::Cited && (!by_ids || !index.members.empty()))
        throw std::runtime_error("--sort cited needs a local index: a server does not rank by citations "
                                 "(the cited-by counts of the hits are shown in any order)");
    std::future<std::vector<Xapian::docid>> matches;
    if (by_ids)
        matches = std::async(std::launch::async, [&index, query = result.query.serialise()] {
            return matching_documents(index.shards, query);
        });
    Xapian::Enquire enquire(db);
    if (o.sort == SortOrder::Relevance || o.sort == SortOrder::Cited) result.ranking = ranked_query(db, result.query);
    enquire.set_query(o.sort == SortOrder::Relevance ? result.ranking : result.query);
    set_result_order(enquire, o.sort);
    std::optional<std::vector<Xapian::docid>> all_matches;
    if (o.count_only) {
    } else if (o.sort == SortOrder::Cited) {
        // Every match's number of citations decides the page.
        all_matches = matches.get();
        const CitedByTable table = CitedByTable::open(db);
        for (const Xapian::MSet& part : most_cited_page(db, result.ranking, *all_matches, table, o.offset, o.limit))
            for (Hit& hit : page_hits(index, language.stemmer(), result.query, part, o)) result.hits.push_back(std::move(hit));
    } else {
        result.hits = page_hits(index, language.stemmer(), result.query, enquire.get_mset(o.offset, o.limit), o);
    }

    // The timeline is the month facet of every match, counted with the others.
    std::vector<FacetKind> counted = o.facets;
    if (o.timeline && std::find(counted.begin(), counted.end(), FacetKind::Month) == counted.end())
        counted.push_back(FacetKind::Month);
    FacetCounter facets(db, counted, by_ids ? FacetMethod::ValueStreams : FacetMethod::MatchSpies);
    // A remote index counts in a match of its own, unweighted and with no
    // page: the spies of Xapian 1.4.22's page match over two servers or more
    // count a document or two twice when the page is short (2 to 4 hits).
    if (by_ids) {
        std::vector<Xapian::docid> ids = all_matches ? std::move(*all_matches) : matches.get();
        result.total = static_cast<Xapian::doccount>(ids.size());
        facets.count_documents(std::move(ids));
    } else {
        Xapian::Enquire counting(db);
        counting.set_query(result.query);
        counting.set_weighting_scheme(Xapian::BoolWeight());
        facets.attach(counting);
        result.total = counting.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
    }
    result.facets = facets.results(o.facet_limit);
    if (o.timeline) {
        std::erase_if(result.facets, [&](const FacetResult& f) {
            return std::find(o.facets.begin(), o.facets.end(), f.kind) == o.facets.end();
        });
        result.timeline = make_timeline(*o.timeline, facets.all_counts(FacetKind::Month), result.total,
                                        o.timeline->per_volume ? index_month_volumes(db) : MonthCounts{});
    }
    return result;
}

std::optional<CableView> find_cable_once(Xapian::Database& db, const IndexWords& words, const std::string& id,
                                         const std::string& query)
{
    // The cable keyed by that id, else one released under a malformed form of it.
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(schema::id_term(id)));
    Xapian::MSet m = enquire.get_mset(0, 1);
    if (m.empty()) {
        enquire.set_query(Xapian::Query(std::string(schema::kCanonicalIdPrefix) + text::upper(id)));
        m = enquire.get_mset(0, 1);
    }
    if (m.empty()) return std::nullopt;
    Xapian::Document doc = m.begin().get_document();
    CableView view{stored_cable(doc), std::nullopt, decode_editions(doc.get_value(schema::kEditionsSlot))};
    if (view.editions.empty()) {
        Edition only = edition_of(view.cable);
        only.indexed = true;
        view.editions.push_back(std::move(only));
    }
    for (auto& e : view.editions)
        if (e.indexed) e.text.clear(); // the cable's own: edition_text(cable)
    if (text::trim(query).empty()) return view;

    QueryLanguage language(db, words);
    Xapian::Query parsed = language.parse(query);
    QueryTerms query_terms(parsed);
    std::vector<std::pair<std::string, double>> terms;
    for (const auto& t : query_terms.terms()) terms.emplace_back(t, 1.0);
    view.highlighter.emplace(language.stemmer(), terms, &query_terms);
    return view;
}

} // namespace

SearchResult run_search(CableIndex& index, const SearchOptions& options)
{
    SearchResult result = read_answering_hosts(index, [&] {
        return read_newest_revision([&] { return search_once(index, options); }, [&] { index.reopen(); });
    });
    result.missing_shards = index.missing;
    return result;
}

std::optional<CableView> find_cable(CableIndex& index, const std::string& id, const std::string& query)
{
    return read_answering_hosts(index, [&] {
        return read_newest_revision([&] { return find_cable_once(index.all, index.words, id, query); },
                                    [&] { index.reopen(); });
    });
}

} // namespace cablesearch
