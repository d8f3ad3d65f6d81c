#pragma once
// How a search is ranked: BM25 over the text, plus the query's words found in
// the subject weighed again, as every search engine weighs a title: the words
// a user remembers of a cable are most often those of its subject. Only the
// order changes: the extra weight joins the query with AND_MAYBE, so the
// matches are the query's own, and counts and facets come from the query as
// parsed. Built from the query and the index's term counts, it works the same
// on a remote index.
//
// Each subject word weighs what the word weighs in the text (its BM25 idf
// over the text), times kSubjectWeight: by its rarity among subjects alone,
// "in" and "of" would rank cables by their subject's small words.
//
// kSubjectWeight was measured with scripts/bench-known-item on
// ../shared/cables (2,638 known items; topical: precision at 10 of 30
// topical queries, judged by the topic's tags), no weight / 0.3 / 0.5 /
// 0.75 / 1 / 2 / 4:
//   known-item top-3  97.04 / 98.98 / 99.39 / 99.55 / 99.66 / 99.77 / 99.81%
//   topical           0.747 / 0.763 / 0.760 / 0.733 / 0.727 / 0.703 / 0.700
// 0.5 puts the known item in the top 3 over 99% of the time and leaves
// topical searches no worse. The README's Known-item search has the rest
// (the TAGS field's words weighed again: topics worse, not kept).

#include <xapian.h>

namespace cablesearch {

inline constexpr double kSubjectWeight = 0.5;

// The query to rank by: matching, plus each of its words (outside exclusions)
// in the subject, weighed as above. A query with no such words is returned as
// it is.
Xapian::Query ranked_query(const Xapian::Database& db, const Xapian::Query& matching);

} // namespace cablesearch
