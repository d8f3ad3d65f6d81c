#include "model/CableJson.h"

#include "parse/Dates.h"

namespace cablesearch {

using json = nlohmann::ordered_json;

namespace {

json addressees_json(const std::vector<Addressee>& list)
{
    json out = json::array();
    for (const auto& a : list) {
        json o = {{"name", a.name}};
        if (!a.precedence.empty()) o["precedence"] = a.precedence;
        out.push_back(std::move(o));
    }
    return out;
}

std::vector<Addressee> addressees_from(const json& j)
{
    std::vector<Addressee> out;
    if (!j.is_array()) return out;
    for (const auto& o : j) out.push_back({o.value("name", ""), o.value("precedence", "")});
    return out;
}

std::vector<std::string> strings_from(const json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return {};
    return it->get<std::vector<std::string>>();
}

} // namespace

json to_json(const Cable& c)
{
    json j;
    j["id"] = c.id;
    if (!c.released_id.empty()) j["released_id"] = c.released_id;
    j["date"] = c.date ? json(c.date->iso()) : json(nullptr);
    if (!c.date_time_group.empty()) j["date_time_group"] = c.date_time_group;
    if (!c.precedence.empty()) j["precedence"] = c.precedence;
    j["origin"] = c.origin;
    j["origin_raw"] = c.origin_raw;
    j["to"] = addressees_json(c.to);
    j["info"] = addressees_json(c.info);
    j["classification"] = c.classification;
    j["caveats"] = c.caveats;
    if (!c.section.empty()) j["section"] = c.section;
    if (!c.executive_order.empty()) j["executive_order"] = c.executive_order;
    if (!c.declassify_raw.empty()) j["declassify"] = c.declassify_raw;
    j["declassify_on"] = c.declassify_on ? json(c.declassify_on->iso()) : json(nullptr);
    j["tags"] = c.tags;
    if (!c.tags_text.empty()) j["tags_text"] = c.tags_text;
    j["subject"] = c.subject;
    j["reference_lines"] = c.reference_lines;
    j["references"] = c.references;
    j["references_by_line"] = c.references_by_line;
    if (!c.classified_by.empty()) j["classified_by"] = c.classified_by;
    if (!c.reason.empty()) j["reason"] = c.reason;
    json paras = json::array();
    for (const auto& p : c.paragraphs) {
        json o = {{"number", p.number}, {"text", p.text}};
        if (!p.marking.empty()) o["marking"] = p.marking;
        if (!p.heading.empty()) o["heading"] = p.heading;
        if (!p.kind.empty()) o["kind"] = p.kind;
        paras.push_back(std::move(o));
    }
    j["paragraphs"] = std::move(paras);
    j["signer"] = c.signer;
    j["other_text"] = c.other_text;
    j["partial"] = c.partial;
    j["source"] = {{"path", c.source_path}, {"format", c.source_format}};
    if (c.source_line > 0) j["source"]["line"] = c.source_line;
    if (!c.warnings.empty()) j["warnings"] = c.warnings;
    return j;
}

Cable cable_from_json(const json& j)
{
    Cable c;
    c.id = j.value("id", "");
    c.released_id = j.value("released_id", "");
    if (j.contains("date") && j["date"].is_string()) {
        std::string d = j["date"].get<std::string>(); // 2007-02-01T07:41Z
        if (d.size() >= 16) d[10] = ' ';
        c.date = parse_iso_minute(d.substr(0, 16));
    }
    c.date_time_group = j.value("date_time_group", "");
    c.precedence = j.value("precedence", "");
    c.origin = j.value("origin", "");
    c.origin_raw = j.value("origin_raw", "");
    if (j.contains("to")) c.to = addressees_from(j["to"]);
    if (j.contains("info")) c.info = addressees_from(j["info"]);
    c.classification = j.value("classification", "");
    c.caveats = strings_from(j, "caveats");
    c.section = j.value("section", "");
    c.executive_order = j.value("executive_order", "");
    c.declassify_raw = j.value("declassify", "");
    if (j.contains("declassify_on") && j["declassify_on"].is_string()) {
        std::string d = j["declassify_on"].get<std::string>();
        if (auto t = parse_iso_minute(d)) c.declassify_on = Day{t->year, t->month, t->day};
    }
    c.tags = strings_from(j, "tags");
    c.tags_text = j.value("tags_text", "");
    c.subject = j.value("subject", "");
    c.reference_lines = strings_from(j, "reference_lines");
    c.references = strings_from(j, "references");
    if (auto it = j.find("references_by_line"); it != j.end() && it->is_array())
        for (const auto& line : *it)
            if (line.is_array()) c.references_by_line.push_back(line.get<std::vector<std::string>>());
    c.classified_by = j.value("classified_by", "");
    c.reason = j.value("reason", "");
    if (j.contains("paragraphs") && j["paragraphs"].is_array()) {
        for (const auto& o : j["paragraphs"]) {
            Paragraph p;
            p.number = o.value("number", 0);
            p.text = o.value("text", "");
            p.marking = o.value("marking", "");
            p.heading = o.value("heading", "");
            p.kind = o.value("kind", "");
            c.paragraphs.push_back(std::move(p));
        }
    }
    c.signer = j.value("signer", "");
    c.other_text = strings_from(j, "other_text");
    c.partial = j.value("partial", false);
    if (j.contains("source")) {
        c.source_path = j["source"].value("path", "");
        c.source_format = j["source"].value("format", "");
        c.source_line = j["source"].value("line", 0L);
    }
    c.warnings = strings_from(j, "warnings");
    return c;
}

} // namespace cablesearch
