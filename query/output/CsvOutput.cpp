#include "index/Redactions.h"
#include "Output.h"

#include <fmt/format.h>

namespace cablesearch {

namespace {
// RFC 4180: quote every field, double the quotes inside.
std::string field(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += "\"\"";
        else out += c;
    }
    out += '"';
    return out;
}

std::string joined(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
    return out;
}
} // namespace

void print_csv(std::FILE* out, const SearchResult& r)
{
    fmt::print(out, "id,date,post,classification,subject,tags,paragraph,marking,snippet,cited_by\n");
    for (const Hit& h : r.hits) {
        const Cable& c = h.cable;
        std::string para, marking, snippet;
        if (!h.paragraphs.empty()) {
            // The best-scoring paragraph.
            const ParagraphHit* best = &h.paragraphs.front();
            for (const auto& p : h.paragraphs)
                if (p.score > best->score) best = &p;
            para = std::to_string(best->number);
            marking = best->marking;
            snippet = mark_redactions(best->excerpt.text);
        }
        fmt::print(out, "{},{},{},{},{},{},{},{},{},{}\n", field(c.id), field(c.date ? c.date->iso() : ""), field(c.origin),
                   field(c.classification), field(c.subject), field(joined(c.tags)), field(para), field(marking),
                   field(snippet), field(std::to_string(h.cited_by)));
    }
}

} // namespace cablesearch
