#pragma once
// How many cables of the index cite each cable, by document id: what
// --sort cited ranks every match by. A cable's count changes when other
// cables are indexed, so it cannot be stored with the cable; it is counted
// from the index's XREF terms (one posting-list look-up per cited id) for
// the revision being read, and kept in the cache folder of the facet table
// (FacetTable.h), one file per index revision, for the next search.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace cablesearch {

class CitedByTable {
public:
    explicit CitedByTable(const Xapian::Database& db);
    // From the cache when this revision's table is there, else counted and
    // written there (indexes of FacetTable::kMinDocuments cables or more, as
    // CABLESEARCH_FACET_TABLE_MIN_DOCS says; a cache that cannot be written
    // only costs the counting).
    static CitedByTable open(const Xapian::Database& db);
    Xapian::doccount count(Xapian::docid id) const { return id < counts_.size() ? counts_[id] : 0; }
    // By document key (the Q term's id): what a match decider can know of a
    // document. Xapian 1.4 hands a decider a document of a shard of the
    // index, with the shard's own docid, not the index's.
    Xapian::doccount count(const std::string& key) const
    {
        auto it = by_key_.find(key);
        return it == by_key_.end() ? 0 : it->second;
    }

private:
    CitedByTable() = default;
    bool load(const std::string& file, Xapian::docid last_docid);
    std::string serialise() const;

    std::vector<uint32_t> counts_; // by docid of the database given
    std::unordered_map<std::string, uint32_t> by_key_; // the cited ones only
};

// --sort cited: the page [offset, offset + limit) of the matches (all of
// them, as documents of db), most cited first, then by the ranking query's
// relevance (ties as set_result_order ranks them). One MSet for each number
// of citations the page spans, in order. Needs a local index: the order is
// decided by a match decider, which a remote server does not run.
std::vector<Xapian::MSet> most_cited_page(const Xapian::Database& db, const Xapian::Query& ranking,
                                          const std::vector<Xapian::docid>& matches, const CitedByTable& table,
                                          Xapian::doccount offset, Xapian::doccount limit);

} // namespace cablesearch
