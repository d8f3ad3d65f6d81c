#pragma once
// Small string_view helpers for the line-oriented cable parsers. ASCII only on
// purpose: every keyword of the telegram format is ASCII, and the text itself is
// never changed by these.

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch::text {

inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline char to_upper(char c) { return is_lower(c) ? char(c - 32) : c; }
inline char to_lower(char c) { return is_upper(c) ? char(c + 32) : c; }

std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);
std::string_view trim_right(std::string_view s);
std::string upper(std::string_view s);
std::string lower(std::string_view s);
// Runs of white space become one space; the ends are trimmed.
std::string collapse_spaces(std::string_view s);

bool starts_with_ci(std::string_view s, std::string_view prefix);
bool equals_ci(std::string_view a, std::string_view b);
// Position of needle in haystack ignoring ASCII case, or npos.
size_t find_ci(std::string_view haystack, std::string_view needle, size_t from = 0);

// Splits on '\n'; a trailing '\r' stays on the line (trim handles it).
std::vector<std::string_view> split_lines(std::string_view s);
// Splits on any of the separator characters, dropping empty pieces.
std::vector<std::string_view> split_any(std::string_view s, std::string_view separators);

// Parses an unsigned decimal number; false when s is empty or not all digits.
bool parse_uint(std::string_view s, int& out);

// "Guizhou Province" from "GUIZHOU PROVINCE": first letter of each word upper.
std::string title_case(std::string_view s);

} // namespace cablesearch::text
