#include "formats/ReleasePage.h"

#include "parse/Classification.h"
#include "parse/Dates.h"
#include "parse/TextScan.h"

#include <cstdint>

namespace cablesearch {

using namespace text;

namespace {

void append_utf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// "&#x000A;", "&#39;", "&amp;" at the start of s: decoded into out, and the
// length read. 0 when an HTML parser would read it otherwise (C1 controls map
// to Windows-1252, references without ';', names not in this short list).
size_t decode_reference(std::string_view s, std::string& out)
{
    size_t semi = s.find(';');
    if (semi == std::string_view::npos || semi > 12) return 0;
    std::string_view body = s.substr(1, semi - 1);
    if (body.starts_with('#')) {
        bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty()) return 0;
        uint32_t cp = 0;
        for (char c : digits) {
            uint32_t d;
            if (is_digit(c)) d = static_cast<uint32_t>(c - '0');
            else if (hex && c >= 'a' && c <= 'f') d = static_cast<uint32_t>(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F') d = static_cast<uint32_t>(c - 'A' + 10);
            else return 0;
            cp = cp * (hex ? 16 : 10) + d;
            if (cp > 0x10FFFF) return 0;
        }
        if (cp == 0 || cp == 0x0D || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        append_utf8(out, cp);
        return semi + 1;
    }
    static constexpr std::pair<std::string_view, std::string_view> named[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
    for (const auto& [name, text] : named) {
        if (body == name) {
            out.append(text);
            return semi + 1;
        }
    }
    return 0;
}

// The names HTML decodes even without a ';' ("&copy 2009"): after an '&',
// letters that begin with one of them may be a reference.
constexpr std::string_view kLegacyNames[] = {
    "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute",
    "Ecirc", "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc",
    "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute",
    "aacute", "acirc", "acute", "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil",
    "cent", "copy", "curren", "deg", "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14",
    "frac34", "gt", "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro",
    "middot", "nbsp", "not", "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash", "otilde", "ouml",
    "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy", "sup1", "sup2", "sup3", "szlig", "thorn",
    "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml"};

// What follows an '&' that decode_reference did not read: could an HTML
// parser read a reference there? '#', a name ending in ';' or a legacy name.
bool may_start_reference(std::string_view after)
{
    if (after.empty()) return false;
    if (after[0] == '#') return true;
    size_t letters = 0;
    while (letters < after.size() && is_alnum(after[letters])) ++letters;
    if (letters == 0) return false;
    if (letters < after.size() && after[letters] == ';') return true;
    for (auto name : kLegacyNames)
        if (after.starts_with(name)) return true;
    return false;
}

// Start of the next "<name" tag (ignoring case) at or after from, or npos.
size_t find_tag(std::string_view html, std::string_view name, size_t from)
{
    for (size_t at = html.find('<', from); at != std::string_view::npos; at = html.find('<', at + 1)) {
        std::string_view rest = html.substr(at + 1);
        if (rest.size() > name.size() && starts_with_ci(rest, name) &&
            (rest[name.size()] == '>' || is_space(rest[name.size()])))
            return at;
    }
    return std::string_view::npos;
}

// The content of the element whose start tag begins at `at`: between the end
// of its start tag and "</name". False when either end is missing.
bool element_content(std::string_view html, size_t at, std::string_view name, std::string_view& content, size_t& next)
{
    size_t open_end = html.find('>', at);
    if (open_end == std::string_view::npos) return false;
    std::string closing = "</" + std::string(name);
    size_t close = find_ci(html, closing, open_end + 1);
    if (close == std::string_view::npos) return false;
    content = html.substr(open_end + 1, close - open_end - 1);
    next = close + closing.size();
    return true;
}

} // namespace

bool html_fragment_text(std::string_view html, std::string& out)
{
    out.reserve(out.size() + html.size());
    size_t i = 0;
    while (i < html.size()) {
        char c = html[i];
        // "<<142612>>" in a cable is text: only "<" before a letter, "/", "!"
        // or "?" starts markup.
        const char next = i + 1 < html.size() ? html[i + 1] : '\0';
        const bool markup = is_alpha(next) || next == '!' || next == '?' ||
                            (next == '/' && i + 2 < html.size() && is_alpha(html[i + 2]));
        if (c == '<' && !markup) {
            out.push_back('<');
            ++i;
        } else if (c == '<') {
            if (html.substr(i).starts_with("<!--")) {
                size_t end = html.find("-->", i + 4);
                if (end == std::string_view::npos) return false;
                i = end + 3;
                continue;
            }
            size_t end = html.find('>', i);
            if (end == std::string_view::npos) return false;
            std::string_view tag = html.substr(i + 1, end - i - 1);
            if (starts_with_ci(tag, "br") && (tag.size() == 2 || is_space(tag[2]) || tag[2] == '/')) out.push_back('\n');
            i = end + 1;
        } else if (c == '&') {
            size_t used = decode_reference(html.substr(i), out);
            if (used == 0) {
                // "R&D", "&article=006": an ampersand that starts no reference
                // is text. What may be one is left to the full parser.
                if (may_start_reference(html.substr(i + 1))) return false;
                out.push_back('&');
                ++i;
            } else {
                i += used;
            }
        } else if (c == '\r') {
            out.push_back('\n');
            i += (i + 1 < html.size() && html[i + 1] == '\n') ? 2 : 1;
        } else if (c == '\0') {
            return false;
        } else {
            // Copy the run of plain text up to the next markup at once.
            size_t end = i + 1;
            while (end < html.size() && html[end] != '<' && html[end] != '&' && html[end] != '\r' && html[end] != '\0')
                ++end;
            out.append(html, i, end - i);
            i = end;
        }
    }
    return true;
}

bool read_release_page(std::string_view html, HtmlCable& out)
{
    // The cable text: every <pre> block, in order.
    std::vector<std::string> pres;
    for (size_t at = find_tag(html, "pre", 0); at != std::string_view::npos; at = find_tag(html, "pre", at)) {
        std::string_view content;
        size_t next = 0;
        if (!element_content(html, at, "pre", content, next)) return false;
        // As in HTML parsing, a line break right after <pre> is not content.
        if (content.starts_with("\r\n")) content.remove_prefix(2);
        else if (content.starts_with('\n')) content.remove_prefix(1);
        std::string text;
        if (!html_fragment_text(content, text)) return false;
        pres.push_back(std::move(text));
        // Tag links sit inside the pre blocks.
        for (size_t a = find_tag(content, "a", 0); a != std::string_view::npos; a = find_tag(content, "a", a + 1)) {
            size_t tag_end = content.find('>', a);
            if (tag_end == std::string_view::npos) break;
            std::string_view open = content.substr(a, tag_end - a);
            if (open.find("href='/tag/") == std::string_view::npos && open.find("href=\"/tag/") == std::string_view::npos)
                continue;
            std::string_view link;
            size_t after = 0;
            if (!element_content(content, a, "a", link, after)) break;
            std::string name;
            if (!html_fragment_text(link, name)) return false;
            out.tag_links.emplace_back(trim(name));
        }
        at = next;
    }
    if (pres.empty()) return false;
    for (size_t i = 0; i < pres.size(); ++i) {
        if (i) out.text.push_back('\n');
        out.text += pres[i];
    }

    // The metadata table: header cells, then value cells.
    for (size_t at = find_tag(html, "table", 0); at != std::string_view::npos; at = find_tag(html, "table", at + 1)) {
        size_t tag_end = html.find('>', at);
        if (tag_end == std::string_view::npos) return false;
        std::string_view open = html.substr(at, tag_end - at);
        if (open.find("class='cable'") == std::string_view::npos && open.find("class=\"cable\"") == std::string_view::npos)
            continue;
        std::string_view table;
        size_t next = 0;
        if (!element_content(html, at, "table", table, next)) return false;
        std::vector<std::string> headers, values;
        for (std::string_view cell_name : {std::string_view("th"), std::string_view("td")}) {
            auto& cells = cell_name == "th" ? headers : values;
            for (size_t c = find_tag(table, cell_name, 0); c != std::string_view::npos; c = find_tag(table, cell_name, c)) {
                std::string_view cell;
                size_t after = 0;
                if (!element_content(table, c, cell_name, cell, after)) return false;
                std::string text;
                if (!html_fragment_text(cell, text)) return false;
                cells.emplace_back(trim(text));
                c = after;
            }
        }
        for (size_t i = 0; i < headers.size() && i < values.size(); ++i) {
            const std::string& h = headers[i];
            const std::string& v = values[i];
            if (h == "Reference ID") out.hints.id = v;
            else if (h == "Created") out.hints.date = parse_iso_minute(v);
            else if (h == "Released") out.released = v;
            else if (h == "Classification") out.hints.classification = normalize_classification(v);
            else if (h == "Origin") out.hints.origin = v;
        }
        break;
    }

    // "Viewing cable 07DUBAI59, UNDER SECRETARY BURNS' ..."
    for (size_t at = find_tag(html, "h3", 0); at != std::string_view::npos; at = find_tag(html, "h3", at + 1)) {
        std::string_view content;
        size_t next = 0;
        if (!element_content(html, at, "h3", content, next)) return false;
        std::string heading;
        if (!html_fragment_text(content, heading)) return false;
        if (!heading.starts_with("Viewing cable ")) continue;
        std::string_view h = std::string_view(heading).substr(14);
        size_t comma = h.find(',');
        out.heading_subject = comma != std::string_view::npos ? std::string(trim(h.substr(comma + 1))) : std::string{};
    }
    return true;
}

} // namespace cablesearch
