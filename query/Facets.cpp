#include "Facets.h"

#include "FacetTable.h"
#include "index/Schema.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

std::string_view facet_name(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Tag: return "tag";
    case FacetKind::Post: return "post";
    case FacetKind::Year: return "year";
    case FacetKind::Month: return "month";
    case FacetKind::Class: return "class";
    case FacetKind::Caveat: return "caveat";
    }
    return "tag";
}

std::vector<FacetKind> parse_facet_list(const std::string& list)
{
    std::vector<FacetKind> kinds;
    if (list == "none" || list.empty()) return kinds;
    for (auto name : text::split_any(list, ", ")) {
        std::string n = text::lower(name);
        FacetKind k;
        if (n == "tag" || n == "tags") k = FacetKind::Tag;
        else if (n == "post" || n == "posts" || n == "origin") k = FacetKind::Post;
        else if (n == "year" || n == "years") k = FacetKind::Year;
        else if (n == "month" || n == "months") k = FacetKind::Month;
        else if (n == "class" || n == "classification") k = FacetKind::Class;
        else if (n == "caveat" || n == "caveats") k = FacetKind::Caveat;
        else throw std::invalid_argument(fmt::format("unknown facet '{}' (facets: tag, post, year, month, class, caveat, none)", name));
        if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
    }
    return kinds;
}

Xapian::valueno facet_slot(FacetKind kind)
{
    using namespace schema;
    switch (kind) {
    case FacetKind::Tag: return kTagsSlot;
    case FacetKind::Caveat: return kCaveatsSlot;
    case FacetKind::Post: return kPostSlot;
    case FacetKind::Year: return kYearSlot;
    case FacetKind::Month: return kMonthSlot;
    case FacetKind::Class: return kClassSlot;
    }
    return kTagsSlot;
}

bool multi_valued(FacetKind kind) { return kind == FacetKind::Tag || kind == FacetKind::Caveat; }

namespace {

// Adds n to the count of the value, or of each member of a set.
void add_count(FacetCounter::Counts& counts, FacetKind kind, const std::string& value, Xapian::doccount n)
{
    if (!multi_valued(kind)) {
        counts[value] += n;
        return;
    }
    schema::for_each_facet_value(value, [&](std::string_view member) { counts[std::string(member)] += n; });
}

} // namespace

FacetCounter::FacetCounter(const Xapian::Database& db, std::vector<FacetKind> kinds, FacetMethod method)
    : db_(db), method_(method)
{
    for (FacetKind k : kinds) facets_.push_back({k});
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire)
{
    if (method_ != FacetMethod::MatchSpies)
        throw std::logic_error("FacetCounter::attach: a local index's facets count the matching documents' ids");
    for (auto& f : facets_) {
        spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(facet_slot(f.kind)));
        enquire.add_matchspy(spies_.back().get());
    }
}

void FacetCounter::count_documents(std::vector<Xapian::docid> ids)
{
    if (facets_.empty()) return;
    table_ = FacetTable::open(db_);
    ids_ = std::move(ids);
    // The value streams are read in document order.
    if (!table_) std::sort(ids_.begin(), ids_.end());
}

FacetCounter::Counts FacetCounter::count_with_spies(size_t facet) const
{
    Counts counts;
    const auto& spy = spies_[facet];
    for (auto it = spy->values_begin(); it != spy->values_end(); ++it)
        add_count(counts, facets_[facet].kind, *it, it.get_termfreq());
    return counts;
}

FacetCounter::Counts FacetCounter::count_with_table(size_t facet) const
{
    std::vector<Xapian::doccount> by_index;
    FacetKind kind = facets_[facet].kind;
    table_->count(kind, ids_, by_index);
    Counts counts;
    for (size_t i = 0; i < by_index.size(); ++i)
        if (by_index[i] > 0) counts.emplace(table_->value(kind, i), by_index[i]);
    return counts;
}

FacetCounter::Counts FacetCounter::count_with_streams(size_t facet) const
{
    Counts counts;
    const std::vector<Xapian::docid>& ids = ids_;
    if (ids.empty()) return counts;
    // Few matches: jump to each in the stream; many: read the stream through
    // and test each document against a bitmap of the matches.
    const FacetKind kind = facets_[facet].kind;
    const Xapian::valueno slot = facet_slot(kind);
    Xapian::doccount in_slot = db_.get_value_freq(slot);
    auto it = db_.valuestream_begin(slot);
    const auto end = db_.valuestream_end(slot);
    if (ids.size() * 16 < in_slot) {
        for (Xapian::docid id : ids) {
            it.skip_to(id);
            if (it == end) break;
            if (it.get_docid() == id) add_count(counts, kind, *it, 1);
        }
    } else {
        std::vector<bool> matched(static_cast<size_t>(ids.back()) + 1, false);
        for (Xapian::docid id : ids) matched[id] = true;
        for (; it != end; ++it) {
            Xapian::docid id = it.get_docid();
            if (id >= matched.size()) break;
            if (matched[id]) add_count(counts, kind, *it, 1);
        }
    }
    return counts;
}

FacetCounter::Counts FacetCounter::counts(size_t facet) const
{
    return method_ == FacetMethod::MatchSpies ? count_with_spies(facet)
           : table_                           ? count_with_table(facet)
                                              : count_with_streams(facet);
}

std::vector<FacetCount> FacetCounter::all_counts(FacetKind kind) const
{
    std::vector<FacetCount> out;
    for (size_t i = 0; i < facets_.size(); ++i)
        if (facets_[i].kind == kind)
            for (auto& [v, c] : counts(i)) out.push_back({v, c});
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.value < b.value; });
    return out;
}

std::vector<FacetResult> FacetCounter::results(size_t limit) const
{
    std::vector<FacetResult> out;
    for (size_t i = 0; i < facets_.size(); ++i) {
        const Facet& f = facets_[i];
        Counts by_value = counts(i);
        FacetResult r{f.kind, {}, by_value.size()};
        for (auto& [v, c] : by_value) r.top.push_back({v, c});
        // Most frequent first, equal counts by value.
        std::sort(r.top.begin(), r.top.end(),
                  [](auto& a, auto& b) { return a.count != b.count ? a.count > b.count : a.value < b.value; });
        if (r.top.size() > limit) r.top.resize(limit);
        // Years and months read best in order: the busiest N, shown by date.
        if (f.kind == FacetKind::Year || f.kind == FacetKind::Month)
            std::sort(r.top.begin(), r.top.end(), [](auto& a, auto& b) { return a.value < b.value; });
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace cablesearch
