#include "parse/TagList.h"

#include "parse/HeaderFields.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

struct Token {
    std::string text;   // as written
    size_t entry = 0;   // comma-separated entry it belongs to
    bool person = false; // a name in parentheses, kept whole
};

bool has_lower(std::string_view w) { return std::any_of(w.begin(), w.end(), is_lower); }
bool has_letter(std::string_view w) { return std::any_of(w.begin(), w.end(), is_alpha); }
// "Relations", "American": a word of prose, not a tag typed in lower case.
bool is_title_case(std::string_view w) { return w.size() > 1 && is_upper(w[0]) && has_lower(w.substr(1)); }

// "(KISSINGER, HENRY A.)" after OVIP: the person the tag is about, as one
// name in capitals, spaces made single. Empty unless the group is closed,
// holds no lower case (prose: "(Mil & NATO)") and has two words or more (an
// acronym: "(FTAA)").
std::string person_name(std::string_view group)
{
    if (has_lower(group)) return {};
    std::string name;
    size_t words = 0;
    bool in_word = false;
    for (char c : group) {
        bool keep = is_alnum(c) || c == '.' || c == '\'' || c == '-';
        if (keep && !in_word && is_alpha(c)) ++words;
        if (keep) {
            if (!in_word && !name.empty() && name.back() != ' ') name.push_back(' ');
            name.push_back(c);
        } else if (c == ',') {
            if (!name.empty() && name.back() != ',') name.push_back(',');
        }
        in_word = keep;
    }
    while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.pop_back();
    if (words < 2 || !has_letter(name)) return {};
    return upper(name);
}

} // namespace

std::vector<std::string> parse_tag_list(std::string_view text)
{
    std::vector<Token> tokens;
    std::string cur;
    size_t entry = 0;
    auto flush = [&] {
        if (!cur.empty()) tokens.push_back({cur, entry});
        cur.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '<') { // HTML markup
            flush();
            size_t close = text.find('>', i);
            if (close == std::string_view::npos) break;
            i = close;
        } else if (c == ']' && i + 1 < text.size() && text[i + 1] == '(') { // markdown link target
            flush();
            size_t close = text.find(')', i);
            if (close == std::string_view::npos) break;
            i = close;
        } else if (c == '(' && text.find(')', i) != std::string_view::npos &&
                   !person_name(text.substr(i + 1, text.find(')', i) - i - 1)).empty()) {
            flush();
            size_t close = text.find(')', i);
            tokens.push_back({person_name(text.substr(i + 1, close - i - 1)), entry, true});
            i = close;
        } else if (is_alnum(c)) {
            cur.push_back(c);
        } else {
            flush();
            if (c == ',' || c == ';') ++entry;
        }
    }
    flush();

    // An entry written as prose ("American - Spanish Relations", "Bilateral
    // Relations with the US") is a description, not tags: only its upper-case
    // words count, as the release linked them.
    std::vector<bool> prose(entry + 1, false);
    for (const auto& t : tokens)
        if (is_title_case(t.text)) prose[t.entry] = true;

    std::vector<std::string> tags;
    for (const auto& t : tokens) {
        if (!has_letter(t.text)) continue; // "UNHCR-1": the 1 is no tag
        if (prose[t.entry] && has_lower(t.text)) continue;
        std::string tag = t.person ? t.text : upper(t.text);
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(std::move(tag));
    }
    return tags;
}

bool take_tags_keyword(std::string_view line, std::string_view& value)
{
    return take_field(line, {"TAGS:", "TAGS"}, value);
}

// "SY, IS" wrapping a TAGS line, or a TAGS line whose keyword was lost:
// short upper-case words and commas, nothing else.
bool looks_like_tag_list(std::string_view s)
{
    if (s.find(',') == std::string_view::npos || s.size() > 120) return false;
    auto words = split_any(s, " ,");
    size_t short_words = 0;
    for (auto w : words) {
        if (w.size() < 2 || w.size() > 11) return false;
        for (char c : w)
            if (!(is_upper(c) || is_digit(c) || c == '-')) return false;
        if (w.size() <= 4) ++short_words;
    }
    // Tags are mostly country and subject codes of two to four letters.
    return short_words * 2 >= words.size();
}

bool continue_tag_list(std::string& tags_text, std::string_view line)
{
    if (!looks_like_tag_list(trim(tags_text).ends_with(',') ? std::string(line) + "," : std::string(line)))
        return false;
    tags_text.push_back(' ');
    tags_text.append(line);
    return true;
}

} // namespace cablesearch
