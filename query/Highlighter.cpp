#include "Highlighter.h"

#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

namespace {

bool word_byte(unsigned char c) { return text::is_alnum(static_cast<char>(c)) || c >= 0x80 || c == '\''; }

template <typename F>
void for_each_word(std::string_view text, F&& f)
{
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !word_byte(static_cast<unsigned char>(text[i]))) ++i;
        size_t j = i;
        while (j < text.size() && word_byte(static_cast<unsigned char>(text[j]))) ++j;
        // A trailing apostrophe (possessive plural) is not part of the word.
        size_t end = j;
        while (end > i && text[end - 1] == '\'') --end;
        if (end > i) f(i, end);
        i = j;
    }
}

} // namespace

Highlighter::Highlighter(const Xapian::Stem& stemmer, const std::vector<std::pair<std::string, double>>& terms)
    : stemmer_(stemmer)
{
    for (const auto& [t, w] : terms) {
        if (t.empty()) continue;
        if (t[0] == 'Z' && t.size() > 1 && !text::is_upper(t[1])) stems_.emplace_back(t.substr(1), w);
        else if (!text::is_upper(t[0])) exact_.emplace_back(t, w);
    }
}

double Highlighter::weight_of(std::string_view word) const
{
    std::string w = text::lower(word);
    for (const auto& [t, weight] : exact_)
        if (t == w) return weight;
    if (stems_.empty()) return 0;
    std::string s = stemmer_(w);
    for (const auto& [t, weight] : stems_)
        if (t == s) return weight;
    // "U.S." is indexed as "us": compare without apostrophes too.
    return 0;
}

std::vector<Span> Highlighter::spans(std::string_view text) const
{
    std::vector<Span> out;
    if (empty()) return out;
    for_each_word(text, [&](size_t a, size_t b) {
        if (weight_of(text.substr(a, b - a)) > 0) out.emplace_back(a, b);
    });
    return out;
}

double Highlighter::score(std::string_view text) const
{
    if (empty()) return 0;
    std::vector<std::string> seen;
    double total = 0;
    for_each_word(text, [&](size_t a, size_t b) {
        std::string w = text::lower(text.substr(a, b - a));
        double weight = weight_of(w);
        if (weight > 0 && std::find(seen.begin(), seen.end(), w) == seen.end()) {
            seen.push_back(w);
            total += weight;
        }
    });
    return total;
}

Excerpt make_excerpt(std::string_view text, const std::vector<Span>& spans, size_t max_bytes)
{
    Excerpt e;
    if (text.size() <= max_bytes) {
        e.text = std::string(text);
        e.spans = spans;
        return e;
    }
    size_t centre = spans.empty() ? 0 : spans.front().first;
    size_t start = centre > max_bytes / 3 ? centre - max_bytes / 3 : 0;
    // Start and end at word boundaries, never inside a UTF-8 sequence.
    while (start > 0 && text[start - 1] != ' ') --start;
    size_t end = std::min(text.size(), start + max_bytes);
    if (end < text.size()) {
        size_t space = text.rfind(' ', end);
        if (space != std::string_view::npos && space > start) end = space;
    }
    e.cut_start = start > 0;
    e.cut_end = end < text.size();
    e.text = std::string(text.substr(start, end - start));
    for (auto [a, b] : spans)
        if (a >= start && b <= end) e.spans.emplace_back(a - start, b - start);
    return e;
}

} // namespace cablesearch
