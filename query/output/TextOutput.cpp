#include "index/Redactions.h"
#include "Output.h"

#include "tags/TagMeanings.h"

#include <fmt/format.h>

namespace cablesearch {

namespace {
constexpr const char* kBold = "\033[1m";
constexpr const char* kMatch = "\033[1;31m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kId = "\033[1;35m";
constexpr const char* kReset = "\033[0m";

std::string styled(const std::string& s, const char* code, const TextStyle& style)
{
    return style.colour ? std::string(code) + s + kReset : s;
}

// A snippet on one line: line breaks become spaces, byte for byte, so that
// the highlight offsets still hold.
std::string one_line(std::string s)
{
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
}

// "PGOV (Internal Governmental Affairs), CH (China)"
std::string tags_with_meanings(const std::vector<std::string>& tags)
{
    std::string out;
    for (const auto& t : tags) {
        if (!out.empty()) out += ", ";
        out += t;
        if (auto m = TagMeanings::builtin().find(t); m && !m->meaning.empty()) out += " (" + m->meaning + ")";
    }
    return out;
}

std::string date_of(const Cable& c) { return c.date ? c.date->release_form() : std::string("(no date)"); }

std::string joined(const std::vector<std::string>& v, const char* sep = " ")
{
    std::string out;
    for (const auto& s : v) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}
} // namespace

std::string paragraph_label(int number, const std::string& marking)
{
    std::string label = number > 0 ? fmt::format("\xC2\xB6{}", number) : std::string("\xC2\xB6-");
    if (!marking.empty()) label += " (" + marking + ")";
    return label;
}

// The highlights in colour, and each run of X as [redacted] (Redactions.h;
// a run is no word, so no highlight is inside one).
std::string render_spans(const std::string& text, const std::vector<Span>& spans, const TextStyle& style)
{
    if (!style.colour || spans.empty()) return mark_redactions(text);
    std::string out;
    size_t at = 0;
    for (auto [a, b] : spans) {
        if (a < at) continue;
        out += mark_redactions(std::string_view(text).substr(at, a - at));
        out += kMatch;
        out += mark_redactions(std::string_view(text).substr(a, b - a));
        out += kReset;
        at = b;
    }
    out += mark_redactions(std::string_view(text).substr(std::min(at, text.size())));
    return out;
}

void print_text(std::FILE* out, const SearchResult& r, const SearchOptions& o, const TextStyle& style)
{
    for (const Hit& h : r.hits) {
        const Cable& c = h.cable;
        // A cable released under a malformed id is known by it too: show both.
        std::string id = c.released_id.empty() ? c.id : fmt::format("{} ({})", c.id, c.released_id);
        std::string cited = h.cited_by > 0 ? fmt::format("  cited by {}", h.cited_by) : std::string();
        fmt::print(out, "{}  {}  {}  {}{}\n", styled(id, kId, style), date_of(c), c.origin, c.classification, cited);
        if (!c.subject.empty()) fmt::print(out, "  {}\n", styled(render_spans(c.subject, h.subject_spans, style), kBold, style));
        if (!c.tags.empty()) fmt::print(out, "  {}\n", styled("tags: " + joined(c.tags), kDim, style));
        for (const ParagraphHit& p : h.paragraphs) {
            std::string body = render_spans(one_line(p.excerpt.text), p.excerpt.spans, style);
            fmt::print(out, "  {} {}{}{}\n", styled(paragraph_label(p.number, p.marking), kBold, style),
                       p.excerpt.cut_start ? "\xE2\x80\xA6" : "", body, p.excerpt.cut_end ? "\xE2\x80\xA6" : "");
        }
        fmt::print(out, "\n");
    }
    if (!r.corrected_query.empty())
        fmt::print(out, "Did you mean: {}\n", styled(r.corrected_query, kBold, style));
    if (r.hits.empty()) {
        fmt::print(out, "{} cables matched\n", r.total);
    } else {
        fmt::print(out, "{} {} matched, showing {}-{}\n", r.total, r.total == 1 ? "cable" : "cables", o.offset + 1,
                   o.offset + r.hits.size());
    }
    for (const FacetResult& f : r.facets) {
        if (f.top.empty()) continue;
        std::string label = fmt::format("{:<7}", std::string(facet_name(f.kind)) + ":");
        if (f.kind == FacetKind::Tag) { // a tag a line, with its meaning
            size_t tag_width = 0, count_width = 0;
            for (const auto& v : f.top) {
                tag_width = std::max(tag_width, v.value.size());
                count_width = std::max(count_width, std::to_string(v.count).size());
            }
            for (size_t i = 0; i < f.top.size(); ++i) {
                const auto& v = f.top[i];
                std::string line = fmt::format("{:<{}}  {:>{}}", v.value, tag_width, v.count, count_width);
                if (auto m = TagMeanings::builtin().find(v.value); m && !m->meaning.empty()) line += "  " + m->meaning;
                fmt::print(out, "{}{}\n", i == 0 ? styled(label, kBold, style) : std::string(7, ' '), line);
            }
            if (f.distinct > f.top.size()) fmt::print(out, "{}(+{} more)\n", std::string(7, ' '), f.distinct - f.top.size());
            continue;
        }
        std::string line;
        for (const auto& v : f.top) {
            if (!line.empty()) line += "  ";
            line += fmt::format("{} {}", v.value, v.count);
        }
        if (f.distinct > f.top.size()) line += fmt::format("  (+{} more)", f.distinct - f.top.size());
        fmt::print(out, "{}{}\n", styled(label, kBold, style), line);
    }
}

void print_cable_text(std::FILE* out, const Cable& c, const Highlighter* hl, const TextStyle& style)
{
    auto field = [&](const char* name, const std::string& value) {
        if (!value.empty()) fmt::print(out, "{}{}\n", styled(fmt::format("{:<16}", name), kBold, style), value);
    };
    auto addressees = [](const std::vector<Addressee>& list) {
        std::string s;
        for (const auto& a : list) {
            if (!s.empty()) s += "; ";
            s += a.name;
            if (!a.precedence.empty()) s += " (" + a.precedence + ")";
        }
        return s;
    };
    field("Id", c.id);
    if (!c.released_id.empty()) field("Released as", c.released_id);
    field("Date", c.date ? c.date->iso() : "");
    field("Origin", c.origin_raw.empty() || c.origin_raw == c.origin ? c.origin : c.origin + " (" + c.origin_raw + ")");
    field("Precedence", c.precedence);
    field("To", addressees(c.to));
    field("Info", addressees(c.info));
    field("Classification", c.classification);
    field("Caveats", joined(c.caveats));
    field("Declassify", c.declassify_raw);
    field("Tags", tags_with_meanings(c.tags));
    field("Subject", mark_redactions(c.subject));
    field("References", joined(c.references));
    field("Classified by", c.classified_by);
    field("Reason", c.reason);
    fmt::print(out, "\n");
    for (const Paragraph& p : c.paragraphs) {
        if (!p.heading.empty()) fmt::print(out, "{}\n\n", styled(mark_redactions(p.heading), kBold, style));
        std::string body = render_spans(p.text, hl ? hl->spans(p.text) : std::vector<Span>{}, style);
        if (p.number > 0 || !p.marking.empty())
            fmt::print(out, "{} {}\n\n", styled(paragraph_label(p.number, p.marking), kBold, style), body);
        else
            fmt::print(out, "{}\n\n", body);
    }
    if (!c.signer.empty()) fmt::print(out, "{}\n", c.signer);
    if (!c.other_text.empty()) {
        // Outside the header fields and the paragraphs: a wrapper, header notes.
        fmt::print(out, "\n{}\n", styled("Other text", kBold, style));
        for (const auto& block : c.other_text) {
            std::string text = render_spans(block, hl ? hl->spans(block) : std::vector<Span>{}, style);
            fmt::print(out, "{}\n\n", text);
        }
    }
}

} // namespace cablesearch
