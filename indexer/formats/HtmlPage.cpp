#include "formats/HtmlPage.h"

#include "formats/ReleasePage.h"
#include "parse/Classification.h"
#include "parse/Dates.h"
#include "parse/TextScan.h"

#include <gumbo.h>

#include <memory>

namespace cablesearch {

using namespace text;

namespace {

struct GumboDeleter {
    void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

void collect_text(const GumboNode* node, std::string& out)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out.append(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    if (node->v.element.tag == GUMBO_TAG_BR) out.push_back('\n');
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) collect_text(static_cast<const GumboNode*>(children.data[i]), out);
}

std::string text_of(const GumboNode* node)
{
    std::string out;
    collect_text(node, out);
    return out;
}

std::string_view attribute(const GumboNode* node, const char* name)
{
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view{};
}

struct PageWalk {
    std::vector<std::string> pres;
    std::vector<std::string> header_cells, value_cells;
    std::vector<std::string> tag_links;
    std::string heading;
    bool in_cable_table = false;
    bool in_pre = false;
};

void walk(const GumboNode* node, PageWalk& page)
{
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& el = node->v.element;
    switch (el.tag) {
    case GUMBO_TAG_PRE: {
        page.pres.push_back(text_of(node));
        // The cable's tag links live inside the pre block; the site's tag
        // index outside it is navigation.
        bool saved = page.in_pre;
        page.in_pre = true;
        for (unsigned i = 0; i < el.children.length; ++i) walk(static_cast<const GumboNode*>(el.children.data[i]), page);
        page.in_pre = saved;
        return;
    }
    case GUMBO_TAG_H3: {
        std::string h = text_of(node);
        if (h.starts_with("Viewing cable ")) page.heading = h;
        return;
    }
    case GUMBO_TAG_TABLE:
        if (attribute(node, "class") == "cable") {
            bool saved = page.in_cable_table;
            page.in_cable_table = true;
            for (unsigned i = 0; i < el.children.length; ++i) walk(static_cast<const GumboNode*>(el.children.data[i]), page);
            page.in_cable_table = saved;
            return;
        }
        break;
    case GUMBO_TAG_TH:
        if (page.in_cable_table) page.header_cells.push_back(std::string(trim(text_of(node))));
        return;
    case GUMBO_TAG_TD:
        if (page.in_cable_table) page.value_cells.push_back(std::string(trim(text_of(node))));
        return;
    case GUMBO_TAG_A: {
        std::string_view href = attribute(node, "href");
        if (page.in_pre && href.starts_with("/tag/")) page.tag_links.push_back(std::string(trim(text_of(node))));
        return;
    }
    default: break;
    }
    for (unsigned i = 0; i < el.children.length; ++i) walk(static_cast<const GumboNode*>(el.children.data[i]), page);
}

} // namespace

bool looks_like_html(std::string_view head)
{
    std::string_view t = trim_left(head);
    if (t.starts_with("\xEF\xBB\xBF")) t = trim_left(t.substr(3));
    return starts_with_ci(t, "<!DOCTYPE html") || starts_with_ci(t, "<html") || starts_with_ci(t, "<head") ||
           (head.find('<') != std::string_view::npos && find_ci(head.substr(0, 4096), "<html") != std::string_view::npos);
}

bool read_html_cable(std::string_view html, HtmlCable& out)
{
    if (read_release_page(html, out)) return true;
    out = HtmlCable{};
    return read_html_cable_parsed(html, out);
}

bool read_html_cable_parsed(std::string_view html, HtmlCable& out)
{
    std::unique_ptr<GumboOutput, GumboDeleter> doc(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
    if (!doc) return false;
    PageWalk page;
    walk(doc->root, page);
    if (page.pres.empty()) return false;

    for (size_t i = 0; i < page.pres.size(); ++i) {
        if (i) out.text.push_back('\n');
        out.text += page.pres[i];
    }
    for (size_t i = 0; i < page.header_cells.size() && i < page.value_cells.size(); ++i) {
        const std::string& h = page.header_cells[i];
        const std::string& v = page.value_cells[i];
        if (h == "Reference ID") out.hints.id = v;
        else if (h == "Created") out.hints.date = parse_iso_minute(v);
        else if (h == "Released") out.released = v;
        else if (h == "Classification") out.hints.classification = normalize_classification(v);
        else if (h == "Origin") out.hints.origin = v;
    }
    if (!page.heading.empty()) {
        // "Viewing cable 07DUBAI59, UNDER SECRETARY BURNS' ..."
        std::string_view h = std::string_view(page.heading).substr(14);
        size_t comma = h.find(',');
        if (comma != std::string_view::npos) out.heading_subject = std::string(trim(h.substr(comma + 1)));
    }
    out.tag_links = std::move(page.tag_links);
    return true;
}

} // namespace cablesearch
