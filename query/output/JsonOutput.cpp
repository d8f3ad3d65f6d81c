#include "index/Redactions.h"
#include "Output.h"
#include "TimelineOutput.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cablesearch {

void print_json(std::FILE* out, const SearchResult& r, const SearchOptions& o)
{
    using json = nlohmann::ordered_json;
    auto dump = [&](const json& j) {
        fmt::print(out, "{}\n", j.dump(-1, ' ', false, json::error_handler_t::replace));
    };
    size_t rank = o.offset;
    for (const Hit& h : r.hits) {
        const Cable& c = h.cable;
        json j;
        j["type"] = "hit";
        j["rank"] = ++rank;
        j["id"] = c.id;
        j["released_id"] = c.released_id.empty() ? json(nullptr) : json(c.released_id);
        j["date"] = c.date ? json(c.date->iso()) : json(nullptr);
        j["post"] = c.origin;
        j["classification"] = c.classification;
        j["subject"] = c.subject;
        j["tags"] = c.tags;
        j["caveats"] = c.caveats;
        j["references"] = c.references;
        j["cited_by"] = h.cited_by;
        // The text as released, X's and all (the highlight offsets hold); the flag says there are runs.
        j["redacted"] = has_redactions(c);
        j["score"] = h.weight;
        j["percent"] = h.percent;
        json paras = json::array();
        for (const ParagraphHit& p : h.paragraphs) {
            json pj;
            pj["number"] = p.number;
            pj["marking"] = p.marking;
            if (!p.heading.empty()) pj["heading"] = p.heading;
            pj["text"] = p.excerpt.text;
            pj["truncated"] = p.excerpt.cut_start || p.excerpt.cut_end;
            json spans = json::array();
            for (auto [a, b] : p.excerpt.spans) spans.push_back({a, b});
            pj["highlights"] = std::move(spans);
            paras.push_back(std::move(pj));
        }
        j["paragraphs"] = std::move(paras);
        dump(j);
    }
    json s;
    s["type"] = "summary";
    s["matches"] = r.total;
    s["offset"] = o.offset;
    s["returned"] = r.hits.size();
    json facets = json::object();
    for (const FacetResult& f : r.facets) {
        json list = json::array();
        for (const auto& v : f.top) list.push_back({{"value", v.value}, {"count", v.count}});
        facets[std::string(facet_name(f.kind))] = std::move(list);
    }
    s["facets"] = std::move(facets);
    s["did_you_mean"] = r.corrected_query.empty() ? json(nullptr) : json(r.corrected_query);
    // Shards on other hosts left out (--allow-partial): their names, and every count partial.
    s["partial"] = !r.missing_shards.empty();
    json missing = json::array();
    for (const auto& m : r.missing_shards) missing.push_back(m.name);
    s["missing_shards"] = std::move(missing);
    if (r.timeline) s["timeline"] = timeline_json(*r.timeline);
    dump(s);
}

} // namespace cablesearch
