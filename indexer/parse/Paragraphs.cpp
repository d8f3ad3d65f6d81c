#include "parse/Paragraphs.h"

#include "parse/Classification.h"
#include "parse/PageBreak.h"
#include "parse/Signer.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

constexpr std::string_view kPilcrow = "\xC2\xB6"; // ¶

bool ends_sentence(std::string_view s)
{
    s = trim_right(s);
    if (s.empty()) return true;
    char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ':' || c == '\'' ||
        s.ends_with("\xE2\x80\x9D")) // closing curly quote
        return true;
    // "END SUMMARY" closes a block without a full stop.
    static constexpr std::string_view closers[] = {"END SUMMARY", "END COMMENT", "END NOTE", "END TEXT", "END QUOTE"};
    for (auto e : closers)
        if (s.size() >= e.size() && equals_ci(s.substr(s.size() - e.size()), e)) return true;
    return false;
}

bool starts_lower(std::string_view s)
{
    s = trim_left(s);
    return !s.empty() && (is_lower(s[0]) || s[0] == ',' || s[0] == ';');
}

// A run of non-blank lines: [begin, end) of the body's trimmed lines.
struct Block {
    size_t begin = 0, end = 0;
    std::optional<ParagraphStart> start;
    size_t size() const { return end - begin; }
};

void append_text(std::string& text, std::string_view more, bool new_block)
{
    more = trim(more);
    if (more.empty()) return;
    if (text.empty()) {
        text.assign(more);
        return;
    }
    // A new block that starts a sentence is a break inside the paragraph; one
    // that goes on mid-sentence (split by a page break) joins with a space.
    text.push_back(new_block && ends_sentence(text) && !starts_lower(more) ? '\n' : ' ');
    text.append(more);
}

std::string kind_of(const Paragraph& p)
{
    std::string_view t = trim_left(p.text);
    if (starts_with_ci(t, "summary") || starts_with_ci(t, "begin summary")) return "summary";
    if (starts_with_ci(t, "comment") || starts_with_ci(t, "begin comment")) return "comment";
    std::string_view h = trim(p.heading);
    if (starts_with_ci(h, "comment")) return "comment";
    if (starts_with_ci(h, "summary")) return "summary";
    return {};
}

bool accept_number(int n, int last, bool any_numbered, int& accepted)
{
    if (!any_numbered) {
        if (n >= 1 && n <= 5) return accepted = n, true;
        // "15." as the first paragraph: an OCR'd pilcrow before 5 is rare; a
        // leading 1 before the expected 1..5 is the common slip.
        return false;
    }
    int expected = last + 1;
    if (n == expected || (n > expected && n <= expected + 3)) return accepted = n, true;
    // OCR: the pilcrow read as '1' ("15." standing for ¶5, "110." for ¶10).
    std::string sn = std::to_string(n), se = std::to_string(expected);
    if (sn.size() == se.size() + 1 && sn[0] == '1' && sn.substr(1) == se) return accepted = expected, true;
    return false;
}

} // namespace

std::optional<ParagraphStart> match_paragraph_start(std::string_view line)
{
    std::string_view t = trim_left(line);
    if (t.starts_with(kPilcrow)) t = trim_left(t.substr(kPilcrow.size()));
    size_t i = 0;
    while (i < t.size() && i < 4 && is_digit(t[i])) ++i;
    if (i == 0 || i > 3 || i >= t.size() || t[i] != '.') return std::nullopt;
    ParagraphStart out;
    parse_uint(t.substr(0, i), out.number);
    if (out.number == 0) return std::nullopt;
    std::string_view rest = t.substr(i + 1);
    if (!rest.empty() && !(is_space(rest[0]) || rest[0] == '(' || is_alpha(rest[0]) || rest[0] == '-' || rest[0] == '"'))
        return std::nullopt;
    rest = trim_left(rest);
    if (rest.starts_with('(')) {
        size_t close = rest.find(')');
        if (close != std::string_view::npos && close >= 2 && close <= 14) {
            std::string_view mark = rest.substr(1, close - 1);
            bool ok = std::all_of(mark.begin(), mark.end(), [](char c) { return is_alpha(c) || c == '/' || c == ' '; });
            if (ok) {
                out.marking = upper(trim(mark));
                rest = trim_left(rest.substr(close + 1));
            }
        }
    }
    if (rest.empty() && out.marking.empty()) return std::nullopt;
    out.rest = rest;
    return out;
}

bool is_running_header_line(std::string_view line)
{
    std::string_view t = trim(line);
    if (t.empty() || !is_upper(t[0])) return false;
    if (is_page_break_line(t)) return true;
    if (t.size() <= 40 && !parse_handling_line(t).empty()) return true;
    // Running headers are upper case: "C O N F I D E N T I A L SECTION 02 OF 03 ..."
    if (t.size() <= 90 && t.find("SECTION") != std::string_view::npos) {
        auto cl = parse_classification_line(t);
        return cl && !cl->section.empty();
    }
    return false;
}

Body parse_body(const std::vector<std::string_view>& lines)
{
    Body body;
    // Visible lines only; blank lines kept as block separators.
    std::vector<std::string_view> visible;
    visible.reserve(lines.size());
    for (auto l : lines)
        if (!is_running_header_line(l)) visible.push_back(l);

    body.signer = take_signer(visible);

    std::vector<std::string_view> lines_of_blocks; // trimmed, blank lines left out
    lines_of_blocks.reserve(visible.size());
    std::vector<Block> blocks;
    bool open = false;
    for (auto l : visible) {
        std::string_view t = trim(l);
        if (t.empty()) {
            open = false;
            continue;
        }
        auto start = match_paragraph_start(t);
        if (!open || start) {
            blocks.push_back({lines_of_blocks.size(), lines_of_blocks.size(), start});
            open = true;
        }
        lines_of_blocks.push_back(t);
        blocks.back().end = lines_of_blocks.size();
    }

    // Validate numbers in sequence; a rejected start is plain text.
    int last = 0;
    bool any_numbered = false;
    for (auto& b : blocks) {
        if (!b.start) continue;
        int n = 0;
        if (accept_number(b.start->number, last, any_numbered, n)) {
            b.start->number = n;
            last = n;
            any_numbered = true;
        } else {
            b.start.reset();
        }
    }

    std::string pending_heading;
    for (size_t k = 0; k < blocks.size(); ++k) {
        Block& b = blocks[k];
        if (b.start) {
            Paragraph p;
            p.number = b.start->number;
            p.marking = b.start->marking;
            p.heading = std::move(pending_heading);
            pending_heading.clear();
            size_t length = b.start->rest.size();
            for (size_t m = b.begin + 1; m < b.end; ++m) length += lines_of_blocks[m].size() + 1;
            p.text.reserve(length);
            append_text(p.text, b.start->rest, false);
            for (size_t m = b.begin + 1; m < b.end; ++m) append_text(p.text, lines_of_blocks[m], false);
            body.paragraphs.push_back(std::move(p));
            continue;
        }
        bool next_is_start = k + 1 < blocks.size() && blocks[k + 1].start.has_value();
        std::string_view only = lines_of_blocks[b.begin];
        bool prev_closed = body.paragraphs.empty() || ends_sentence(body.paragraphs.back().text);
        if (b.size() == 1 && next_is_start && only.size() <= 80 && prev_closed && !starts_lower(only) &&
            !(only.back() == '.' || only.back() == ',' || only.back() == ';')) {
            pending_heading = std::string(only);
            continue;
        }
        bool continues = !body.paragraphs.empty() &&
                         (body.paragraphs.back().number > 0 || starts_lower(only) || !prev_closed);
        if (!continues) body.paragraphs.push_back({});
        Paragraph& p = body.paragraphs.back();
        for (size_t m = b.begin; m < b.end; ++m) append_text(p.text, lines_of_blocks[m], m == b.begin);
    }
    if (!pending_heading.empty()) {
        // A heading with nothing after it is text.
        Paragraph p;
        p.text = pending_heading;
        body.paragraphs.push_back(std::move(p));
    }
    for (auto& p : body.paragraphs) p.kind = kind_of(p);
    return body;
}

} // namespace cablesearch
