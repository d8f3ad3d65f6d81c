#include "Facets.h"

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

FacetCounter::FacetCounter(std::vector<FacetKind> kinds)
{
    using namespace schema;
    for (FacetKind k : kinds) {
        Facet f{k, {}};
        auto add = [&](Xapian::valueno slot) { f.spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot)); };
        switch (k) {
        case FacetKind::Tag:
            for (Xapian::valueno s = 0; s < kTagSlots; ++s) add(kFirstTagSlot + s);
            break;
        case FacetKind::Caveat:
            for (Xapian::valueno s = 0; s < kCaveatSlots; ++s) add(kFirstCaveatSlot + s);
            break;
        case FacetKind::Post: add(kPostSlot); break;
        case FacetKind::Year: add(kYearSlot); break;
        case FacetKind::Month: add(kMonthSlot); break;
        case FacetKind::Class: add(kClassSlot); break;
        }
        facets_.push_back(std::move(f));
    }
}

void FacetCounter::attach(Xapian::Enquire& enquire)
{
    for (auto& f : facets_)
        for (auto& spy : f.spies) enquire.add_matchspy(spy.get());
}

std::vector<FacetResult> FacetCounter::results(size_t limit) const
{
    std::vector<FacetResult> out;
    for (const auto& f : facets_) {
        std::map<std::string, Xapian::doccount> counts;
        for (const auto& spy : f.spies)
            for (auto it = spy->values_begin(); it != spy->values_end(); ++it) counts[*it] += it.get_termfreq();
        FacetResult r{f.kind, {}, counts.size()};
        for (auto& [v, c] : counts) r.top.push_back({v, c});
        bool chronological = f.kind == FacetKind::Year || f.kind == FacetKind::Month;
        if (chronological) {
            // Years read best in order; keep the busiest N, shown by date.
            std::stable_sort(r.top.begin(), r.top.end(), [](auto& a, auto& b) { return a.count > b.count; });
            if (r.top.size() > limit) r.top.resize(limit);
            std::sort(r.top.begin(), r.top.end(), [](auto& a, auto& b) { return a.value < b.value; });
        } else {
            std::stable_sort(r.top.begin(), r.top.end(), [](auto& a, auto& b) { return a.count > b.count; });
            if (r.top.size() > limit) r.top.resize(limit);
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace cablesearch
