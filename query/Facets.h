#pragma once
// Facet counts over every match: by tag, post, year, month, classification
// and caveat. Each facet has one value slot; tags and caveats hold the set
// (schema::join_facet_values), so a cable with five tags counts once under
// each.
//
// Three ways to count, with the same result:
//  - a remote index (xapian-tcpsrv) runs Xapian's built-in ValueCountMatchSpy,
//    one per facet, on the server: the only spies the server knows;
//  - a local index collects the matching document ids, then looks each up in
//    the facet table (FacetTable.h), a cached copy of every document's values;
//  - without a table (a small index, no cache), it reads each slot's value
//    stream once, which is still many times faster than a spy looking up
//    the slot of every matching document.

#include <unordered_map>
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
    std::vector<FacetCount> top; // most frequent first, ties by value; years and months by date
    size_t distinct = 0;         // values with a count, before the top-N cut
};

std::string_view facet_name(FacetKind kind);
// "tag,post,year,class" -> kinds; throws std::invalid_argument naming a bad one.
std::vector<FacetKind> parse_facet_list(const std::string& list);
// The value slot a facet counts.
Xapian::valueno facet_slot(FacetKind kind);
// Whether the slot holds a set (tags, caveats) rather than one value.
bool multi_valued(FacetKind kind);

enum class FacetMethod { MatchSpies, ValueStreams };

class FacetTable;

class FacetCounter {
public:
    using Counts = std::unordered_map<std::string, Xapian::doccount>;

    FacetCounter(const Xapian::Database& db, std::vector<FacetKind> kinds, FacetMethod method);
    ~FacetCounter();
    FacetCounter(const FacetCounter&) = delete;
    FacetCounter& operator=(const FacetCounter&) = delete;

    // FacetMethod::MatchSpies: attaches the spies; the match must then
    // examine every document (check_at_least = database size).
    void attach(Xapian::Enquire& enquire);
    // FacetMethod::ValueStreams: every matching document's id (the index's,
    // in any order), as the caller found them.
    void count_documents(std::vector<Xapian::docid> ids);
    // After Enquire::get_mset (or count_documents).
    std::vector<FacetResult> results(size_t limit) const;
    // Every value of one facet counted here, with its count, by value: no
    // top-N cut (the timeline needs every month).
    std::vector<FacetCount> all_counts(FacetKind kind) const;

private:
    struct Facet {
        FacetKind kind;
    };
    Counts count_with_spies(size_t facet) const;
    Counts count_with_streams(size_t facet) const;
    Counts count_with_table(size_t facet) const;
    Counts counts(size_t facet) const;
    Xapian::Database db_;
    FacetMethod method_;
    std::vector<Facet> facets_;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_; // MatchSpies: one per facet
    std::vector<Xapian::docid> ids_; // ValueStreams: the matching documents
    std::unique_ptr<FacetTable> table_;
};

} // namespace cablesearch
