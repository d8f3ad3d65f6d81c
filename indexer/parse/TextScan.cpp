#include "parse/TextScan.h"

namespace cablesearch::text {

std::string_view trim_left(std::string_view s)
{
    size_t i = 0;
    while (i < s.size() && is_space(s[i])) ++i;
    return s.substr(i);
}

std::string_view trim_right(std::string_view s)
{
    size_t n = s.size();
    while (n > 0 && is_space(s[n - 1])) --n;
    return s.substr(0, n);
}

std::string_view trim(std::string_view s) { return trim_right(trim_left(s)); }

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char& c : out) c = to_upper(c);
    return out;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out) c = to_lower(c);
    return out;
}

std::string collapse_spaces(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    for (char c : s) {
        if (is_space(c) || c == '\n') {
            pending = !out.empty();
            continue;
        }
        if (pending) out.push_back(' ');
        pending = false;
        out.push_back(c);
    }
    return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (to_upper(s[i]) != to_upper(prefix[i])) return false;
    return true;
}

bool equals_ci(std::string_view a, std::string_view b) { return a.size() == b.size() && starts_with_ci(a, b); }

size_t find_ci(std::string_view haystack, std::string_view needle, size_t from)
{
    if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
    if (haystack.size() < needle.size()) return std::string_view::npos;
    // Hot on whole cables: look for the first letter in either case, then compare.
    const char first_upper = to_upper(needle[0]), first_lower = to_lower(needle[0]);
    const std::string_view rest = needle.substr(1);
    const size_t last = haystack.size() - needle.size();
    for (size_t i = from; i <= last; ++i) {
        char c = haystack[i];
        if (c != first_upper && c != first_lower) continue;
        size_t k = 0;
        while (k < rest.size() && to_upper(haystack[i + 1 + k]) == to_upper(rest[k])) ++k;
        if (k == rest.size()) return i;
    }
    return std::string_view::npos;
}

std::vector<std::string_view> split_lines(std::string_view s)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= s.size()) {
        size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) {
            if (start < s.size()) lines.push_back(s.substr(start));
            break;
        }
        lines.push_back(s.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view separators)
{
    // Separators are a handful of characters: a loop beats a call per character.
    auto is_separator = [separators](char c) {
        for (char sep : separators)
            if (c == sep) return true;
        return false;
    };
    std::vector<std::string_view> parts;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_separator(s[i])) ++i;
        size_t j = i;
        while (j < s.size() && !is_separator(s[j])) ++j;
        if (j > i) parts.push_back(s.substr(i, j - i));
        i = j;
    }
    return parts;
}

bool parse_uint(std::string_view s, int& out)
{
    if (s.empty() || s.size() > 9) return false;
    int v = 0;
    for (char c : s) {
        if (!is_digit(c)) return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

std::string title_case(std::string_view s)
{
    std::string out(s);
    bool word_start = true;
    for (char& c : out) {
        if (is_alpha(c)) {
            c = word_start ? to_upper(c) : to_lower(c);
            word_start = false;
        } else {
            word_start = !(c == '\'');
        }
    }
    return out;
}

} // namespace cablesearch::text
