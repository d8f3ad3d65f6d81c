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
    std::vector<std::pair<Xapian::docid, std::string>> keys; // of the cited documents; empty when to be read
    // The cited ids the index holds: a merge of the sorted XREF terms with
    // the sorted Q and XCID terms (a scan each), then a posting-list look-up
    // for those only. Most references point outside the index.
    const std::string q_prefix(schema::kIdPrefix), xcid_prefix(schema::kCanonicalIdPrefix);
    Xapian::TermIterator q = db.allterms_begin(q_prefix), q_end = db.allterms_end(q_prefix);
    Xapian::TermIterator xcid = db.allterms_begin(xcid_prefix), xcid_end = db.allterms_end(xcid_prefix);
    for (auto t = db.allterms_begin(ref_prefix); t != db.allterms_end(ref_prefix); ++t) {
        const std::string id = (*t).substr(ref_prefix.size());
        const Xapian::doccount citing = t.get_termfreq();
        for (auto* held : {&q, &xcid}) {
            const std::string& prefix = held == &q ? q_prefix : xcid_prefix;
            const Xapian::TermIterator& end = held == &q ? q_end : xcid_end;
            const std::string term = prefix + id;
            if (*held != end && *(*held) < term) held->skip_to(term);
            if (*held == end || *(*held) != term) continue;
            const bool keyed = held == &q; // else the key is the id as released, read below
            for (auto d = db.postlist_begin(term); d != db.postlist_end(term); ++d) {
                if (*d >= counts_.size()) continue;
                if (seen[*d]) cited_twice.push_back(*d);
                else keys.emplace_back(*d, keyed ? id : std::string());
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
    for (auto& [d, key] : keys) {
        if (key.empty()) { // a cable released under a malformed id, cited by its canonical one
            const std::string order = db.get_document(d).get_value(schema::kDateLastSlot); // "DATE KEY"
            key = order.substr(order.find(' ') + 1);
        }
        by_key_[key] = counts_[d];
    }
}

namespace {

class CitedExactly : public Xapian::MatchDecider {
public:
    CitedExactly(const CitedByTable& table, Xapian::doccount n) : table_(table), n_(n) {}
    bool operator()(const Xapian::Document& doc) const override
    {
        const std::string order = doc.get_value(schema::kDateLastSlot); // "DATE KEY"
        return table_.count(order.substr(order.find(' ') + 1)) == n_;
    }

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
