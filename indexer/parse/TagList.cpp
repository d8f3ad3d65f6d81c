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

// The subject TAGS of four letters (5 FAH-3 and the cables' own use): what an
// OCR'd code with a letter lost to a mark ("P'ER") can be read as.
constexpr std::string_view kFourLetterCodes[] = {
    "AADP", "ABLD", "ABUD", "ACKM", "ACOA", "ADCO", "ADPM", "AEMR", "AFIN", "AFSI", "AFSN", "AGAO", "AINF", "AINR",
    "AINT", "ALEO", "ALOW", "AMED", "AMGT", "AMTC", "ANET", "AODE", "AOMS", "AORC", "APCS", "APER", "ASCH", "ASEC",
    "ASIG", "ASUP", "ATRN", "BBSR", "BEXP", "BMGT", "BTIO", "CASC", "CFED", "CJAN", "CLOK", "CMGT", "CPAS", "CVIS",
    "EAGR", "EAID", "EAIR", "ECIN", "ECON", "ECPS", "EFIN", "EFIS", "EIND", "EINT", "EINV", "ELAB", "ELTN", "EMIN",
    "ENRG", "EPET", "ESTH", "ETRD", "ETTC", "EWWT", "KAWC", "KBCT", "KCFE", "KCIP", "KCOR", "KCRM", "KDEM", "KFLU",
    "KFRD", "KGHG", "KGIC", "KHIV", "KHLS", "KICC", "KIDE", "KIPR", "KIRF", "KISL", "KJUS", "KMCA", "KMDR", "KMPI",
    "KNNP", "KOLY", "KOMC", "KPAL", "KPAO", "KPKO", "KPRV", "KRIM", "KRVC", "KSCA", "KSTC", "KSTH", "KSUM", "KTEX",
    "KTFN", "KTIA", "KTIP", "KUNR", "KVPR", "KWBG", "KWMN", "KWWW", "MARR", "MASS", "MCAP", "MEPP", "MNUC", "MOPS",
    "ODIP", "OEXC", "OFDP", "OIIP", "OPDC", "OPRC", "OREP", "OSCI", "OTRA", "OVIP", "PARM", "PBTS", "PGOV", "PHSA",
    "PHUM", "PINR", "PINS", "PREF", "PREL", "PROP", "PTER", "SCUL", "SENV", "SMIG", "SNAR", "SOCI", "TBIO", "TINT",
    "TPHY", "TRGY", "TSPA", "TSPL"};

bool is_ocr_mark(char c) { return c == '\'' || c == '`'; }

// "P'ER": a code of four capitals with one letter read as a mark, when only
// one subject TAGS code fits; empty otherwise.
std::string repaired_code(std::string_view word)
{
    if (word.size() != 4 || std::count_if(word.begin(), word.end(), is_ocr_mark) != 1) return {};
    std::string found;
    for (auto code : kFourLetterCodes) {
        bool fits = true;
        for (size_t i = 0; i < 4 && fits; ++i) fits = is_ocr_mark(word[i]) ? true : word[i] == code[i];
        if (!fits) continue;
        if (!found.empty()) return {}; // two codes fit: no reading
        found = code;
    }
    return found;
}

bool all_digits(std::string_view w) { return !w.empty() && std::all_of(w.begin(), w.end(), is_digit); }

bool is_level_word(std::string_view w)
{
    return w == "SECRET" || w == "CONFIDENTIAL" || w == "UNCLASSIFIED" || w == "UNCLAS" || w == "USE";
}

// Page headers a copy ran into the field where line breaks were lost:
// "SECRET PAGE 02 ROME 03067 211833Z", "UNCLASSIFIED PAGE 02 VATICA 00283 01
// OF 05 241033Z". They are no tags.
void drop_page_headers(std::vector<Token>& tokens)
{
    auto text = [&](size_t k) { return k < tokens.size() ? std::string_view(tokens[k].text) : std::string_view{}; };
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (text(i) != "PAGE" || !all_digits(text(i + 1)) || text(i + 1).size() > 3) continue;
        size_t k = i + 2;
        while (k < tokens.size() && k < i + 6 && std::all_of(tokens[k].text.begin(), tokens[k].text.end(), is_upper)) ++k;
        if (k == i + 2 || !all_digits(text(k)) || text(k).size() < 3) continue; // the post, the serial
        ++k;
        if (all_digits(text(k)) && text(k + 1) == "OF" && all_digits(text(k + 2))) k += 3; // "01 OF 03"
        std::string_view group = text(k);                                                   // "211833Z"
        if (group.size() == 7 && group.back() == 'Z' && all_digits(group.substr(0, 6))) ++k;
        size_t first = i;
        // The banner above the page header: "SECRET", "LIMITED OFFICIAL USE".
        if (first > 0 && is_level_word(text(first - 1))) {
            --first;
            if (text(first) == "USE" && first >= 2 && text(first - 1) == "OFFICIAL" && text(first - 2) == "LIMITED")
                first -= 2;
        }
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(first), tokens.begin() + static_cast<std::ptrdiff_t>(k));
        i = first == 0 ? 0 : first - 1;
    }
}

// Tokens that are no tags wherever they stand: the keyword repeated inside
// the field ("TAGS: PGOV TAGS: PREL"), a letter alone ("U.S.", "S&T", the
// "I" of "AU-I": no code is one letter), a number alone.
bool is_never_a_tag(const Token& t)
{
    if (t.person) return false;
    return t.text == "TAGS" || t.text == "TAG" || t.text.size() == 1 || !has_letter(t.text);
}

// "TAGS: N/A", "TAGS: NONE": a field that says there are no tags.
bool says_no_tags(std::string_view text)
{
    std::string t = upper(trim(text));
    while (!t.empty() && (t.back() == '.' || t.back() == ',')) t.pop_back();
    return t == "N/A" || t == "NONE" || t == "NIL";
}

} // namespace

std::vector<std::string> parse_tag_list(std::string_view text)
{
    if (says_no_tags(text)) return {};
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
            if (cur.empty()) { // "P'ER": a code whose letter OCR read as a mark
                size_t end = i;
                while (end < text.size() && (is_alnum(text[end]) || is_ocr_mark(text[end]))) ++end;
                if (std::string code = repaired_code(text.substr(i, end - i)); !code.empty()) {
                    tokens.push_back({code, entry});
                    i = end - 1;
                    continue;
                }
            }
            cur.push_back(c);
        } else {
            flush();
            if (c == ',' || c == ';') ++entry;
        }
    }
    flush();
    drop_page_headers(tokens);
    tokens.erase(std::remove_if(tokens.begin(), tokens.end(), is_never_a_tag), tokens.end());

    // An entry written as prose ("American - Spanish Relations", "Bilateral
    // Relations with the US") is a description, not tags: only its upper-case
    // words count, as the release linked them.
    std::vector<bool> prose(entry + 1, false);
    for (const auto& t : tokens)
        if (is_title_case(t.text)) prose[t.entry] = true;

    std::vector<std::string> tags;
    for (const auto& t : tokens) {
        if (prose[t.entry] && has_lower(t.text)) continue;
        std::string tag = t.person ? t.text : upper(t.text);
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(std::move(tag));
    }
    return tags;
}

namespace {

// "PGOV", "KTIP", "UNMIK", "UNGA/C-6": the shape of a code as lists write it.
bool is_code_shaped(std::string_view w)
{
    if (w.size() < 2 || w.size() > 8 || !is_upper(w[0])) return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return is_upper(c) || is_digit(c) || c == '-' || c == '/'; });
}

// "PGOV, PREL, ECON, SOCI, AR", "PTER TU": a list of codes, starting with one.
bool is_code_list(std::string_view s)
{
    auto words = split_any(s, " ,;");
    if (words.empty() || !is_code_shaped(words[0])) return false;
    size_t codes = static_cast<size_t>(std::count_if(words.begin(), words.end(), is_code_shaped));
    return codes * 2 >= words.size();
}

// The keyword typed badly: one letter lost, added, changed or swapped
// ("TAS", "AGS", "TGS", "TABS", "TAGES", "TAG").
bool is_one_slip_from_tags(std::string_view w)
{
    static constexpr std::string_view kTags = "TAGS";
    if (w == kTags || w.size() < 3 || w.size() > 5) return false;
    if (w.size() == 4) {
        int diff = 0;
        for (size_t i = 0; i < 4; ++i) diff += w[i] != kTags[i];
        if (diff == 1) return true;
        for (size_t i = 0; i + 1 < 4; ++i) { // two letters swapped
            std::string swapped(w);
            std::swap(swapped[i], swapped[i + 1]);
            if (swapped == kTags) return true;
        }
        return false;
    }
    const std::string_view longer = w.size() > 4 ? w : kTags, shorter = w.size() > 4 ? kTags : w;
    for (size_t skip = 0; skip < longer.size(); ++skip) {
        std::string without(longer);
        without.erase(skip, 1);
        if (without == shorter) return true;
    }
    return false;
}

} // namespace

std::string tag_list_text(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '<') { // HTML markup
            size_t close = text.find('>', i);
            if (close == std::string_view::npos) break;
            i = close;
            c = ' ';
        } else if (c == ']' && i + 1 < text.size() && text[i + 1] == '(') { // markdown link target
            size_t close = text.find(')', i);
            if (close == std::string_view::npos) break;
            i = close;
            c = ' ';
        } else if (c == '[') {
            c = ' ';
        }
        out.push_back(c);
    }
    return collapse_spaces(out);
}

bool take_tags_keyword(std::string_view line, std::string_view& value)
{
    if (take_field(line, {"TAGS:", "TAGS"}, value)) return true;
    // A misspelt keyword counts only before a list of codes: "TAS: PREL,
    // PGOV", "AGS: PGOV, PREL, ECON", and without its colon "TAG PTER".
    std::string_view t = trim_left(line);
    size_t end = 0;
    while (end < t.size() && is_alpha(t[end])) ++end;
    std::string word = upper(t.substr(0, end));
    std::string_view rest = trim_left(t.substr(end));
    bool colon = rest.starts_with(':');
    if (colon) rest = trim_left(rest.substr(1));
    else if (word != "TAG" || end == t.size() || !is_space(t[end])) return false;
    if (!is_one_slip_from_tags(word) || !is_code_list(rest)) return false;
    value = trim(rest);
    return true;
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

namespace {

// Words of a header line that no list of codes holds: "DEPT FOR EUR/WE",
// "PASS TO USDA", "SIPDIS".
bool is_header_note_word(std::string_view w)
{
    static constexpr std::string_view words[] = {"FOR", "AND", "THE", "TO", "OF", "ON", "AT", "BY", "PASS", "DEPT",
                                                 "ALSO", "PLS", "ONLY", "FROM", "WITH", "PLEASE", "INFO", "ACTION",
                                                 "SIPDIS", "NOFORN", "EXDIS", "NODIS", "PAGE", "SECTION", "REF",
                                                 "SUBJ", "SUBJECT", "DECL", "XXXXXXXXXXXX", "CONFIDENTIAL", "SECRET",
                                                 "UNCLASSIFIED", "UNCLAS", "SENSITIVE"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// "SF", "UNMIK", "AF PK": a short line of codes alone, what a list written
// without commas wraps onto.
bool is_wrapped_codes(std::string_view s)
{
    if (s.size() > 60) return false;
    auto words = split_any(s, " ,");
    if (words.empty() || words.size() > 12) return false;
    return std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return w.size() <= 6 && is_code_shaped(w) && !is_header_note_word(w);
    });
}

} // namespace

bool continue_tag_list(std::string& tags_text, std::string_view line)
{
    std::string_view field = trim(tags_text);
    // A name in parentheses goes on up to its closing one: "SP (EL" /
    // "HARRAK, SAED)".
    bool open_group = std::count(field.begin(), field.end(), '(') > std::count(field.begin(), field.end(), ')');
    // ... or stands on a line of its own: "PREL," / "(BELHADJ, YOUSEFF)".
    std::string_view t = trim(line);
    bool person_line = t.starts_with('(') && t.find(')') != std::string_view::npos &&
                       !person_name(t.substr(1, t.find(')') - 1)).empty();
    bool fits = open_group || person_line || looks_like_tag_list(field.ends_with(',') ? std::string(line) + "," : std::string(line)) ||
                is_wrapped_codes(trim(line));
    if (!fits) return false;
    // A word hyphenated at the end of the line goes on: "ZANU-" / "PF", "(AL-" / "FETORY".
    if (!(field.ends_with('-') && field.size() > 1 && is_alpha(field[field.size() - 2]))) tags_text.push_back(' ');
    else tags_text.assign(field);
    tags_text.append(trim(line));
    return true;
}

} // namespace cablesearch
