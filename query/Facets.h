#pragma once
// Facet counts over every match: by tag, post, year, month, classification
// and caveat. Counted with Xapian's built-in ValueCountMatchSpy (one per value
// slot; multi-valued fields sum a run of slots), so the counts are the same on
// a local index and on a remote one served by xapian-tcpsrv.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

enum class FacetKind { Tag, Post, Year, Month, Class, Caveat };

struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
};

struct FacetResult {
    FacetKind kind;
    std::vector<FacetCount> top; // most frequent first, ties by value
    size_t distinct = 0;         // values with a count, before the top-N cut
};

std::string_view facet_name(FacetKind kind);
// "tag,post,year,class" -> kinds; throws std::invalid_argument naming a bad one.
std::vector<FacetKind> parse_facet_list(const std::string& list);

class FacetCounter {
public:
    explicit FacetCounter(std::vector<FacetKind> kinds);
    // Attaches the spies; the match must examine every document
    // (check_at_least = database size) for exact counts.
    void attach(Xapian::Enquire& enquire);
    std::vector<FacetResult> results(size_t limit) const;

private:
    struct Facet {
        FacetKind kind;
        std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    };
    std::vector<Facet> facets_;
};

} // namespace cablesearch
