#include "QueryRewrite.h"

#include "ProximityQuery.h"
#include "QueryLanguage.h"
#include "WildcardTerms.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace cablesearch {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_separator(char c) { return text::is_space(c) || c == '(' || c == ')' || c == '"'; }

// A piece of the query: a word-like token outside quotes, or anything else
// (spaces, parentheses, quoted text) copied as it is.
struct Piece {
    std::string text;
    bool token = false;
};

std::vector<Piece> split(std::string_view q)
{
    std::vector<Piece> pieces;
    size_t i = 0;
    auto literal = [&](size_t from, size_t to) {
        if (to > from) pieces.push_back({std::string(q.substr(from, to - from)), false});
    };
    while (i < q.size()) {
        if (q[i] == '"') {
            size_t close = q.find('"', i + 1);
            size_t to = close == std::string_view::npos ? q.size() : close + 1;
            literal(i, to);
            i = to;
        } else if (is_separator(q[i])) {
            literal(i, i + 1);
            ++i;
        } else {
            size_t j = i;
            while (j < q.size() && !is_separator(q[j])) ++j;
            pieces.push_back({std::string(q.substr(i, j - i)), true});
            i = j;
        }
    }
    return pieces;
}

bool is_proximity_operator(const std::string& token)
{
    return token == "NEAR" || token == "ADJ" || token.starts_with("NEAR/") || token.starts_with("ADJ/");
}

// "TAG:ktip" -> "tag:ktip"; true when the token is a field with its value.
bool lower_field_name(std::string& token)
{
    size_t start = token[0] == '+' || token[0] == '-' ? 1 : 0;
    size_t colon = token.find(':', start);
    if (colon == std::string::npos || colon == start) return false;
    std::string name = text::lower(std::string_view(token).substr(start, colon - start));
    const auto& names = QueryLanguage::field_names();
    if (std::find(names.begin(), names.end(), name) == names.end()) return false;
    token.replace(start, colon - start, name);
    return true;
}

// "1.4" followed by "(b)": an identifier with a parenthesised part.
bool ends_identifier_with_part(const std::string& token)
{
    if (token.empty() || !(is_digit(token[0]) || is_letter(token[0]))) return false;
    return std::all_of(token.begin(), token.end(), [](char c) { return is_digit(c) || is_letter(c) || c == '.'; });
}

// 07CHENGDU32, 85state200090, 08ECTION01OF02MANAMA492 as typed: two digits,
// a post made of letters, a serial number, in any case.
bool typed_reference_id(std::string_view w)
{
    if (w.size() < 5 || !is_digit(w[0]) || !is_digit(w[1])) return false;
    size_t i = 2;
    while (i < w.size() && is_letter(w[i])) ++i;
    if (i - 2 < 2 || i == w.size() || !is_digit(w[i])) return false;
    return std::all_of(w.begin() + static_cast<long>(i), w.end(), [](char c) { return is_digit(c) || is_letter(c); });
}

// negotiat*, subject:oil*: a word's beginning with a star, in the text or a
// text field. Returns the field handled by WildcardTerms and the beginning,
// or nothing for any other token (left to Xapian).
std::optional<std::string> wildcard_field(std::string_view token)
{
    if (token.size() < 2 || token.back() != '*') return std::nullopt;
    std::string_view body = token.substr(0, token.size() - 1);
    std::string field;
    if (size_t colon = body.find(':'); colon != std::string_view::npos) {
        field = text::lower(body.substr(0, colon));
        if (field != "subject" && field != "to") return std::nullopt;
        body = body.substr(colon + 1);
    }
    bool word = !body.empty() && std::all_of(body.begin(), body.end(), [](char c) {
        return is_digit(c) || is_letter(c) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!word) return std::nullopt;
    return std::string(kWildcardField) + field + ":" + std::string(body);
}

bool is_boolean_operator(const std::string& token)
{
    return token == "AND" || token == "OR" || token == "NOT" || token == "XOR";
}

// True when every part of the query outside parentheses is excluded with a
// minus ("-athens", "-tag:KTIP -athens", -"human rights", -(a OR b)). Xapian
// takes no such query: it reads it again without operators, and "-tag:KTIP"
// then finds the cables tagged KTIP. Written with NOT, it is every cable but
// those.
bool only_exclusions(const std::vector<Piece>& pieces)
{
    int depth = 0;
    bool excluded = false, after_token = false, after_minus = false, after_proximity = false;
    for (const Piece& p : pieces) {
        if (p.token && (is_proximity_operator(p.text) || after_proximity)) {
            after_proximity = is_proximity_operator(p.text); // the chain's words go with its first
            after_token = true;
            continue;
        }
        if (!p.token) {
            bool opens = p.text == "(", closes = p.text == ")", blank = text::trim(p.text).empty();
            // A phrase or group of its own, unless it goes with the token before: -"...", -( ... ), -1.4(b).
            if (depth == 0 && !blank && !closes && !after_minus && !(opens && after_token)) return false;
            after_minus = after_token = false;
            depth += opens ? 1 : closes ? -1 : 0;
            continue;
        }
        after_token = true;
        if (depth > 0) continue;
        if (is_boolean_operator(p.text)) return false; // the user's own operators decide
        if (p.text[0] != '-') return false;
        excluded = true;
        after_minus = p.text == "-";
    }
    return excluded;
}

} // namespace

std::string rewrite_query(std::string_view query)
{
    std::vector<Piece> pieces = split(query);
    if (only_exclusions(pieces)) {
        int depth = 0;
        for (Piece& p : pieces) {
            if (!p.token) depth += p.text == "(" ? 1 : p.text == ")" ? -1 : 0;
            else if (depth == 0 && p.text[0] == '-') p.text = "NOT " + p.text.substr(1);
        }
        // "NOT " + the rest, read again as the pieces it is.
        std::string joined;
        for (const Piece& p : pieces) joined += p.text;
        pieces = split(joined);
    }
    auto token_at = [&](size_t i, int step) -> const Piece* {
        for (long j = static_cast<long>(i) + step; j >= 0 && j < static_cast<long>(pieces.size()); j += step) {
            const Piece& p = pieces[static_cast<size_t>(j)];
            if (p.token) return &p;
            if (!text::trim(p.text).empty()) return nullptr;
        }
        return nullptr;
    };
    // The index of the next token when only blanks lie between, else npos.
    auto next_token = [&](size_t i) -> size_t {
        for (size_t j = i + 1; j < pieces.size(); ++j) {
            if (pieces[j].token) return j;
            if (!text::trim(pieces[j].text).empty()) break;
        }
        return std::string::npos;
    };
    std::string out;
    for (size_t i = 0; i < pieces.size(); ++i) {
        Piece& p = pieces[i];
        if (!p.token) {
            out += p.text;
            continue;
        }
        size_t sign = p.text[0] == '+' || p.text[0] == '-' ? 1 : 0;
        std::string_view word = std::string_view(p.text).substr(sign);
        // word NEAR/n word [NEAR/n word ...]: one field value (ProximityQuery.h).
        if (size_t op = next_token(i); op != std::string::npos && is_proximity_operator(pieces[op].text) &&
                                       !is_proximity_operator(p.text)) {
            std::string chain(word);
            size_t last = i;
            for (size_t o = op; o != std::string::npos && is_proximity_operator(pieces[o].text);) {
                size_t w = next_token(o);
                if (w == std::string::npos) break; // refused by the syntax check before
                chain += " " + pieces[o].text + " " + pieces[w].text;
                last = w;
                o = next_token(w);
            }
            out += p.text.substr(0, sign) + proximity_field(chain);
            i = last;
            continue;
        }
        const Piece* before = token_at(i, -1);
        const Piece* after = token_at(i, +1);
        bool in_proximity = (before && is_proximity_operator(before->text)) || (after && is_proximity_operator(after->text));
        if (auto wildcard = wildcard_field(word); wildcard && !in_proximity) {
            out += p.text.substr(0, sign) + *wildcard;
            continue;
        }
        if (lower_field_name(p.text)) {
            out += p.text;
            continue;
        }
        // 1.4(b): the piece after "(" is "b", then ")".
        if (ends_identifier_with_part(p.text) && i + 3 < pieces.size() && pieces[i + 1].text == "(" &&
            pieces[i + 2].token && pieces[i + 2].text.size() <= 4 &&
            std::all_of(pieces[i + 2].text.begin(), pieces[i + 2].text.end(), [](char c) { return is_digit(c) || is_letter(c); }) &&
            pieces[i + 3].text == ")") {
            out += "\"" + p.text + "(" + pieces[i + 2].text + ")\"";
            i += 3;
            continue;
        }
        if (typed_reference_id(word) && !in_proximity) {
            std::string w(word);
            out += p.text.substr(0, sign) + "(" + w + " OR id:" + w + " OR ref:" + w + ")";
            continue;
        }
        out += p.text;
    }
    return out;
}

} // namespace cablesearch
