#include "ResultOrder.h"

#include "Search.h"
#include "index/Schema.h"

namespace cablesearch {

void set_result_order(Xapian::Enquire& enquire, SortOrder order)
{
    switch (order) {
    case SortOrder::Relevance:
    case SortOrder::Cited: // within a number of citations (graph/CitedByTable.h)
        enquire.set_sort_by_relevance_then_value(schema::kDateLastSlot, false);
        break;
    case SortOrder::DateAscending:
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_sort_by_value(schema::kDateLastSlot, false);
        break;
    case SortOrder::DateDescending:
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_sort_by_value(schema::kNewestFirstSlot, true);
        break;
    }
}

} // namespace cablesearch
