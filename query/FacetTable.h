#pragma once
// The facet values of every document of a local index in one compact file,
// so that counting facets costs a few nanoseconds per match instead of a
// read of every facet slot's value stream (some 2 million values for the
// whole release, 60 ms and more per query).
//
// The file is a cache, named after the index's UUID and revision, in
// $CABLESEARCH_CACHE_DIR, else $XDG_CACHE_HOME/cablesearch, else
// ~/.cache/cablesearch. The first search of a new revision builds it from the
// value slots (a fraction of a second for the whole release) and later ones
// map it into memory. Small indexes need none: their value streams are quick
// to read. Nothing here is required: when no table can be had, facets are
// counted from the value streams.

#include "Facets.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

class FacetTable {
public:
    // Indexes with fewer documents get no table (CABLESEARCH_FACET_TABLE_MIN_DOCS
    // overrides, for tests).
    static constexpr Xapian::doccount kMinDocuments = 20000;

    // The table for db's revision, built and cached when missing; null when
    // the index is too small or the cache cannot be read nor written.
    static std::unique_ptr<FacetTable> open(const Xapian::Database& db);
    static std::unique_ptr<FacetTable> open(const Xapian::Database& db, const std::filesystem::path& cache_dir);

private:
    struct Private; // only open() makes tables
public:
    explicit FacetTable(const Private&) {}
    ~FacetTable();
    FacetTable(const FacetTable&) = delete;
    FacetTable& operator=(const FacetTable&) = delete;

    // Adds the values of the documents ids (any order) to counts, by value.
    void count(FacetKind kind, const std::vector<Xapian::docid>& ids, std::vector<Xapian::doccount>& counts) const;
    size_t value_count(FacetKind kind) const;
    const std::string& value(FacetKind kind, size_t index) const;

private:
    bool load(const std::filesystem::path& file, Xapian::docid last_docid);

    struct Column {
        std::vector<std::string> values;
        bool multi = false;
        const uint32_t* per_doc = nullptr; // single: value index per docid (kNone when none)
        const uint32_t* offsets = nullptr; // multi: docid -> first of its values
        const uint32_t* multi_values = nullptr;
    };
    std::vector<Column> columns_; // by FacetKind
    Xapian::docid last_docid_ = 0;
    void* map_ = nullptr;
    size_t map_size_ = 0;
};

// Where the cache lives: see above.
std::filesystem::path facet_cache_dir();

} // namespace cablesearch
