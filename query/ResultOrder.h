#pragma once
// The order of a search's results. Xapian breaks ties by document id, and
// ids depend on the order cables were indexed in and on how the index is
// split (shards, parts on other hosts): ties are broken here by the order
// slots instead (schema::kDateLastSlot, kNewestFirstSlot), which end with the
// document key, so that one index and the same cables split any other way
// give the same pages. Only value slots: Xapian's remote backend sorts by
// nothing else (no KeyMaker).

#include <xapian.h>

namespace cablesearch {

enum class SortOrder;

// Relevance: best first, equal weights oldest first (undated last), then by
// key. Dates: by date, then by key, unweighted.
void set_result_order(Xapian::Enquire& enquire, SortOrder order);

} // namespace cablesearch
