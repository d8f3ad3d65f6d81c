#pragma once
// How many cables of the index cite each cable, by document id: what
// --sort cited ranks every match by. A cable's count changes when other
// cables are indexed, so it cannot be stored with the cable; it is counted
// from the index's XREF terms (one posting-list look-up per cited id) for
// the revision being read, once per process that sorts by it.

#include <cstdint>
#include <vector>

#include <xapian.h>

namespace cablesearch {

class CitedByTable {
public:
    explicit CitedByTable(const Xapian::Database& db);
    Xapian::doccount count(Xapian::docid id) const { return id < counts_.size() ? counts_[id] : 0; }

private:
    std::vector<uint32_t> counts_; // by docid of the database given
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
