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

std::vector<Xapian::valueno> facet_slots(FacetKind kind)
{
    using namespace schema;
    std::vector<Xapian::valueno> slots;
    switch (kind) {
    case FacetKind::Tag:
        for (Xapian::valueno s = 0; s < kTagSlots; ++s) slots.push_back(kFirstTagSlot + s);
        break;
    case FacetKind::Caveat:
        for (Xapian::valueno s = 0; s < kCaveatSlots; ++s) slots.push_back(kFirstCaveatSlot + s);
        break;
    case FacetKind::Post: slots.push_back(kPostSlot); break;
    case FacetKind::Year: slots.push_back(kYearSlot); break;
    case FacetKind::Month: slots.push_back(kMonthSlot); break;
    case FacetKind::Class: slots.push_back(kClassSlot); break;
    }
    return slots;
}

FacetCounter::FacetCounter(const Xapian::Database& db, std::vector<FacetKind> kinds, FacetMethod method)
    : db_(db), method_(method)
{
    for (FacetKind k : kinds) facets_.push_back({k, {}});
}

std::vector<Xapian::valueno> FacetCounter::used_slots(FacetKind kind) const
{
    // Slots no cable uses (a 20th tag) cost a look-up per match for nothing;
    // asking costs a look-up per slot and shard, so only spies and streams do.
    std::vector<Xapian::valueno> used;
    for (Xapian::valueno slot : facet_slots(kind))
        if (db_.get_value_freq(slot) > 0) used.push_back(slot);
    return used;
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire)
{
    if (method_ != FacetMethod::MatchSpies)
        throw std::logic_error("FacetCounter::attach: a local index's facets count the matching documents' ids");
    for (auto& f : facets_) {
        first_spy_.push_back(spies_.size());
        f.slots = used_slots(f.kind);
        for (Xapian::valueno slot : f.slots) {
            spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
            enquire.add_matchspy(spies_.back().get());
        }
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
    for (size_t i = 0; i < facets_[facet].slots.size(); ++i) {
        const auto& spy = spies_[first_spy_[facet] + i];
        for (auto it = spy->values_begin(); it != spy->values_end(); ++it) counts[*it] += it.get_termfreq();
    }
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
    std::vector<bool> matched;
    for (Xapian::valueno slot : used_slots(facets_[facet].kind)) {
        Xapian::doccount in_slot = db_.get_value_freq(slot);
        auto it = db_.valuestream_begin(slot);
        const auto end = db_.valuestream_end(slot);
        if (ids.size() * 16 < in_slot) {
            for (Xapian::docid id : ids) {
                it.skip_to(id);
                if (it == end) break;
                if (it.get_docid() == id) ++counts[*it];
            }
        } else {
            if (matched.empty()) {
                matched.assign(static_cast<size_t>(ids.back()) + 1, false);
                for (Xapian::docid id : ids) matched[id] = true;
            }
            for (; it != end; ++it) {
                Xapian::docid id = it.get_docid();
                if (id >= matched.size()) break;
                if (matched[id]) ++counts[*it];
            }
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
