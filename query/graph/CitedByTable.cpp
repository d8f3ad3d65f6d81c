#include "graph/CitedByTable.h"

#include "ResultOrder.h"
#include "Search.h"
#include "graph/Citations.h"
#include "index/Schema.h"

#include <algorithm>
#include <map>

namespace cablesearch {

CitedByTable::CitedByTable(const Xapian::Database& db) : counts_(db.get_lastdocid() + 1, 0)
{
    const std::string ref_prefix(schema::kRefPrefix);
    std::vector<Xapian::docid> cited_twice; // under both of its ids: counted again, as a union
    std::vector<bool> seen(counts_.size(), false);
    for (auto t = db.allterms_begin(ref_prefix); t != db.allterms_end(ref_prefix); ++t) {
        const std::string id = (*t).substr(ref_prefix.size());
        const Xapian::doccount citing = t.get_termfreq();
        for (const std::string& key : {schema::id_term(id), std::string(schema::kCanonicalIdPrefix) + id}) {
            for (auto d = db.postlist_begin(key); d != db.postlist_end(key); ++d) {
                if (*d >= counts_.size()) continue;
                if (seen[*d]) cited_twice.push_back(*d);
                seen[*d] = true;
                counts_[*d] += citing;
            }
        }
    }
    for (Xapian::docid d : cited_twice) {
        Xapian::Document doc = db.get_document(d);
        std::vector<std::string> terms;
        for (const std::string& prefix : {std::string(schema::kIdPrefix), std::string(schema::kCanonicalIdPrefix)}) {
            auto it = doc.termlist_begin();
            it.skip_to(prefix);
            if (it != doc.termlist_end() && (*it).starts_with(prefix))
                terms.push_back(schema::ref_term((*it).substr(prefix.size())));
        }
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        counts_[d] = cited_by_count(db, terms);
    }
}

namespace {

class CitedExactly : public Xapian::MatchDecider {
public:
    CitedExactly(const CitedByTable& table, Xapian::doccount n) : table_(table), n_(n) {}
    bool operator()(const Xapian::Document& doc) const override { return table_.count(doc.get_docid()) == n_; }

private:
    const CitedByTable& table_;
    Xapian::doccount n_;
};

} // namespace

std::vector<Xapian::MSet> most_cited_page(const Xapian::Database& db, const Xapian::Query& ranking,
                                          const std::vector<Xapian::docid>& matches, const CitedByTable& table,
                                          Xapian::doccount offset, Xapian::doccount limit)
{
    // The matches by number of citations, most first: the page lies in one
    // or a few of these groups, each ranked by relevance on its own.
    std::map<Xapian::doccount, Xapian::doccount, std::greater<>> group_sizes;
    for (Xapian::docid d : matches) ++group_sizes[table.count(d)];
    std::vector<Xapian::MSet> page;
    Xapian::doccount start = 0; // of the group, among all matches
    const Xapian::doccount end = offset + limit;
    for (const auto& [cited, size] : group_sizes) {
        if (start >= end) break;
        if (start + size > offset) {
            const Xapian::doccount from = offset > start ? offset - start : 0;
            const Xapian::doccount to = std::min(size, end - start);
            Xapian::Enquire enquire(db);
            enquire.set_query(ranking);
            set_result_order(enquire, SortOrder::Relevance);
            CitedExactly decider(table, cited);
            page.push_back(enquire.get_mset(from, to - from, 0, nullptr, &decider));
        }
        start += size;
    }
    return page;
}

} // namespace cablesearch
