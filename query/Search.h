#pragma once
// One search: the query parsed, the match run with exact facet counts, and
// for each hit on the page the paragraphs that matched best.

#include "Facets.h"
#include "Highlighter.h"
#include "OpenIndex.h"
#include "QueryLanguage.h"
#include "Timeline.h"
#include "index/Editions.h"
#include "model/Cable.h"

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

// Cited: most cited first (graph/CitedByTable.h), relevance breaking ties.
enum class SortOrder { Relevance, DateAscending, DateDescending, Cited };

struct SearchOptions {
    std::string query;
    QueryFilters filters;
    Xapian::doccount offset = 0, limit = 10;
    SortOrder sort = SortOrder::Relevance;
    std::vector<FacetKind> facets;
    size_t facet_limit = 10;
    size_t paragraphs_per_hit = 3;
    size_t excerpt_bytes = 320;
    bool count_only = false;
    std::optional<TimelineOptions> timeline; // --timeline: every match by period
};

struct ParagraphHit {
    int number = 0;
    std::string marking, heading, kind;
    Excerpt excerpt;
    double score = 0;
};

struct Hit {
    Cable cable; // from the stored document data
    double weight = 0;
    int percent = 0;
    Xapian::doccount cited_by = 0; // cables of the index that cite it (graph/Citations.h)
    std::vector<Span> subject_spans;
    std::vector<ParagraphHit> paragraphs; // document order
};

struct SearchResult {
    Xapian::doccount total = 0;
    std::vector<Hit> hits;
    std::vector<FacetResult> facets;
    std::string corrected_query; // "did you mean", empty when none
    std::string expanded_query;  // with its saved searches (@NAME) written out, empty when none
    Xapian::Query query;         // as parsed, for --explain
    Xapian::Query ranking;       // what the page was ranked by (FieldWeights.h); empty when sorted by date
    std::optional<Timeline> timeline;
    // Shards on other hosts that did not answer (--allow-partial): the
    // results leave out their cables, and every count is partial.
    std::vector<MissingShard> missing_shards;
    std::string spelling_problem; // why no "did you mean" where one was wanted
};

// Throws QuerySyntaxError for the user's mistakes; retries on
// DatabaseModifiedError (an index being written meanwhile) after reopening,
// and over the hosts that still answer after one failed (RemoteIndex.h).
SearchResult run_search(CableIndex& index, const SearchOptions& options);

// Paragraphs of a cable that match the terms, best first trimmed to max, returned in document order.
std::vector<ParagraphHit> matching_paragraphs(const Cable& cable, const Highlighter& highlighter, size_t max,
                                              size_t excerpt_bytes);

// cable-query show: one cable by reference id (as indexed or as released),
// with a highlighter for the words of query that it matches.
struct CableView {
    Cable cable;
    std::optional<Highlighter> highlighter;
    // Every edition of the cable in the corpus, the indexed one first
    // (index/Editions.h); one when the corpus holds it once.
    std::vector<Edition> editions;
};
std::optional<CableView> find_cable(CableIndex& index, const std::string& id, const std::string& query);

} // namespace cablesearch
