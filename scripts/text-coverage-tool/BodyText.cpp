#include "BodyText.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

namespace cablesearch::coverage {

namespace {

// --- small helpers (ASCII; on purpose not the parser's) ----------------------

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
char up(char c) { return is_lower(c) ? char(c - 32) : c; }

std::string_view trim(std::string_view s)
{
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool starts_ci(std::string_view s, std::string_view p)
{
    if (s.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
        if (up(s[i]) != up(p[i])) return false;
    return true;
}

std::vector<std::string_view> words_of(std::string_view s)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_space(s[i])) ++i;
        size_t b = i;
        while (i < s.size() && !is_space(s[i])) ++i;
        if (i > b) out.push_back(s.substr(b, i - b));
    }
    return out;
}

bool all_digits(std::string_view w)
{
    return !w.empty() && std::all_of(w.begin(), w.end(), is_digit);
}

// "C O N F I D E N T I A L" -> "CONFIDENTIAL", upper case.
std::string joined_upper(std::string_view s)
{
    std::string out;
    auto ws = words_of(s);
    bool prev_single = false;
    for (auto w : ws) {
        bool single = w.size() == 1 && is_alpha(w[0]);
        if (!out.empty() && !(single && prev_single)) out.push_back(' ');
        for (char c : w) out.push_back(up(c));
        prev_single = single;
    }
    return out;
}

constexpr std::array kHandling = {"SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS", "SENSITIVE", "EFTO",
                                  "ROGER", "CHEROKEE", "TERREP", "NOCONTRACT", "ORCON", "PROPIN", "DISSENT",
                                  "DECAPTIONED", "FOUO", "NOFORN.", "SIPDIS."};

bool is_handling(std::string_view w)
{
    return std::any_of(kHandling.begin(), kHandling.end(), [w](std::string_view h) { return w == h; });
}

// --- whole-line rules, anywhere in the text -----------------------------------

bool is_transmission_line(std::string_view t)
{
    return t.starts_with("VZCZC") || t.starts_with("ZNY ") || t.starts_with("ZNR ") || t.starts_with("DE RUE") ||
           t.starts_with("DE RHE") || t == "BT" || t == "NNNN";
}

bool is_partial_notice(std::string_view t)
{
    return starts_ci(t, "This record is a partial extract of the original cable");
}

// "TRIPOLI 00000467 001.2 OF 003" or "PAGE 02 ROME 01196 01 OF 02 082030Z".
bool is_page_break_line(std::string_view t)
{
    auto ws = words_of(t);
    if (ws.size() >= 3 && ws[0] == "PAGE" && all_digits(ws[1]))
        return std::none_of(t.begin(), t.end(), is_lower);
    if (ws.size() < 5 || ws[ws.size() - 2] != "OF" || !all_digits(ws.back())) return false;
    std::string_view page = ws[ws.size() - 3], serial = ws[ws.size() - 4];
    if (!all_digits(serial) || serial.size() < 6) return false;
    if (page.empty() || !std::all_of(page.begin(), page.end(), [](char c) { return is_digit(c) || c == '.'; }))
        return false;
    for (size_t i = 0; i + 4 < ws.size(); ++i)
        if (!std::all_of(ws[i].begin(), ws[i].end(), [](char c) { return is_upper(c) || c == '-' || c == '.'; }))
            return false;
    return true;
}

bool is_level_word(std::string_view w)
{
    return w == "UNCLASSIFIED" || w == "UNCLAS" || w == "CONFIDENTIAL" || w == "SECRET" || w == "UNCLASS";
}

// How much of the line, from its start, is a classification line: the level,
// "SECTION 01 OF 02", the post and serial, handling words. 0 when the line
// does not start with one. Written for the running headers at page tops too.
size_t classification_line_length(std::string_view line)
{
    std::string_view t = line;
    size_t lead = 0;
    while (lead < t.size() && (is_space(t[lead]) || t[lead] == '.' || t[lead] == '"' || t[lead] == '*')) ++lead;
    t.remove_prefix(lead);
    if (t.empty()) return 0;
    // "E C R E T SANAA 000473": spaced letters that lost the first one.
    bool clipped_start = t.size() > 1 && t[1] == ' ' && (t[0] == 'E' || t[0] == 'O' || t[0] == 'N');
    if (!(up(t[0]) == 'U' || up(t[0]) == 'C' || up(t[0]) == 'S' || up(t[0]) == 'L' || up(t[0]) == 'T' || clipped_start))
        return 0;
    // Walk word by word over the original text, keeping offsets.
    struct W {
        size_t begin, end;
    };
    std::vector<W> ws;
    for (size_t i = 0; i < t.size();) {
        while (i < t.size() && (is_space(t[i]) || t[i] == '/' || t[i] == ',')) ++i;
        size_t b = i;
        while (i < t.size() && !(is_space(t[i]) || t[i] == '/' || t[i] == ',')) ++i;
        if (i > b) ws.push_back({b, i});
        if (ws.size() > 60) break;
    }
    // Spaced letters are joined: read letters of single-letter words together.
    size_t k = 0;
    auto word_at = [&](size_t j) { return t.substr(ws[j].begin, ws[j].end - ws[j].begin); };
    std::string level;
    while (k < ws.size() && word_at(k).size() == 1 && is_alpha(word_at(k)[0])) level.push_back(up(word_at(k++)[0]));
    if (level.empty() && k < ws.size()) {
        for (char c : word_at(k)) level.push_back(up(c));
        ++k;
    }
    if (level == "LIMITED" && k + 1 < ws.size() && joined_upper(word_at(k)) == "OFFICIAL" &&
        joined_upper(word_at(k + 1)) == "USE") {
        k += 2;
    } else if (level == "TOP" && k < ws.size() && joined_upper(word_at(k)) == "SECRET") {
        ++k;
    } else if (clipped_start) {
        if (!(level == "ECRET" || level == "ONFIDENTIAL" || level == "NCLASSIFIED" || level == "NCLAS")) return 0;
    } else if (!is_level_word(level) && level != "SECRETNOFORN") {
        return 0;
    }
    size_t end = ws[k - 1].end;
    // The rest of a classification line: SECTION n OF m, post words, a
    // serial, handling words; anything else ends it.
    size_t post_words = 0;
    bool serial = false;
    while (k < ws.size()) {
        std::string w = joined_upper(word_at(k));
        if (w.size() == 1) { // "E F T O": spaced letters of a handling word
            size_t m = k;
            std::string letters;
            while (m < ws.size() && word_at(m).size() == 1 && is_alpha(word_at(m)[0])) letters.push_back(up(word_at(m++)[0]));
            if (is_handling(letters)) {
                end = ws[m - 1].end;
                k = m;
                continue;
            }
        }
        if (w == "SECTION" && k + 3 < ws.size() && joined_upper(word_at(k + 2)) == "OF") {
            end = ws[k + 3].end;
            k += 4;
            continue;
        }
        if (is_handling(w) || w == "-" || w == "--" || w == "FOR" || w == "OFFICIAL" || w == "USE" || w == "ONLY") {
            end = ws[k].end;
            ++k;
            continue;
        }
        if (!serial && all_digits(w.substr(0, std::min<size_t>(w.size(), 3))) && post_words > 0) {
            // "000732" or "000732SIPDIS": the serial, with what is glued to it.
            size_t d = 0;
            while (d < w.size() && is_digit(w[d])) ++d;
            size_t glued = d;
            while (glued < w.size()) {
                bool found = false;
                for (std::string_view h : kHandling)
                    if (std::string_view(w).substr(glued).starts_with(h)) {
                        glued += h.size();
                        found = true;
                        break;
                    }
                if (!found) break;
            }
            end = ws[k].begin + glued;
            serial = true;
            ++k;
            if (glued < w.size()) break;
            continue;
        }
        if (!serial && post_words < 4 && std::all_of(w.begin(), w.end(), [](char c) { return is_upper(c) || c == '\'' || c == '.'; })) {
            ++post_words;
            ++k;
            continue;
        }
        break;
    }
    // Post words without a serial were prose ("SECRET POLICE ..."), unless
    // nothing else follows on the line.
    if (!serial && post_words > 0 && k < ws.size()) return 0;
    if (clipped_start && !serial) return 0;
    if (!serial && post_words > 0) end = ws[k - 1].end;
    return lead + end;
}

bool is_handling_caption(std::string_view t)
{
    std::string joined = joined_upper(t);
    auto ws = words_of(joined);
    if (ws.empty() || ws.size() > 6) return false;
    for (auto w : ws) {
        std::string_view x = w;
        while (!x.empty() && (x.back() == ',' || x.back() == ';' || x.back() == '.')) x.remove_suffix(1);
        if (!is_handling(x)) return false;
    }
    return true;
}

// --- the header fields --------------------------------------------------------

enum class Field { None, ExecutiveOrder, Tags, Subject, Ref, ClassifiedBy };

// A field keyword at the start of s (after a paragraph marking or pilcrow):
// the field and where the keyword starts; Field::None when there is none.
std::pair<Field, size_t> keyword_at_start(std::string_view s)
{
    size_t at = 0;
    while (at < s.size() && is_space(s[at])) ++at;
    std::string_view t = s.substr(at);
    if (t.starts_with("\xC2\xB6")) {
        at += 2;
        while (at < s.size() && is_space(s[at])) ++at;
        t = s.substr(at);
    }
    if (t.starts_with('(')) { // "(U) Classified By:"
        size_t close = t.find(')');
        if (close != std::string_view::npos && close <= 6) {
            size_t after = close + 1;
            while (after < t.size() && is_space(t[after])) ++after;
            if (starts_ci(t.substr(after), "CLASSIFIED BY")) return {Field::ClassifiedBy, at + after};
        }
    }
    if (starts_ci(t, "E.O.") || starts_ci(t, "E. O.") || starts_ci(t, "EO 1")) return {Field::ExecutiveOrder, at};
    if (starts_ci(t, "DECL:")) return {Field::ExecutiveOrder, at};
    auto keyword = [&](std::string_view k) {
        if (!starts_ci(t, k)) return false;
        std::string_view rest = t.substr(k.size());
        return rest.empty() || !is_alpha(rest[0]);
    };
    if (keyword("TAGS")) return {Field::Tags, at};
    if (keyword("SUBJECT") || keyword("SUBJ")) return {Field::Subject, at};
    // "REPREF:" is REF typed badly.
    for (std::string_view k : {"REFTELS", "REFTEL", "REFERENCES", "REFERENCE", "REFS", "REF", "REPREF"})
        if (keyword(k)) return {Field::Ref, at};
    if (starts_ci(t, "CLASSIFIED BY") || starts_ci(t, "DERIVED FROM")) return {Field::ClassifiedBy, at};
    if (keyword("REASON") || keyword("REASONS")) return {Field::ClassifiedBy, at};
    return {Field::None, 0};
}

// "LONDON 00000092  001.3 OF 012" inside a line: where it starts and ends.
std::optional<std::pair<size_t, size_t>> inline_page_break(std::string_view s, size_t from)
{
    for (size_t of = s.find(" OF ", from); of != std::string_view::npos; of = s.find(" OF ", of + 1)) {
        // page number before " OF ": digits with a dot, e.g. 001.3
        size_t p_end = of;
        size_t p = p_end;
        while (p > 0 && (is_digit(s[p - 1]) || s[p - 1] == '.')) --p;
        if (p == p_end || p_end - p < 3) continue;
        size_t sp = p;
        while (sp > 0 && is_space(s[sp - 1])) --sp;
        if (sp == p) continue;
        size_t ser = sp;
        while (ser > 0 && is_digit(s[ser - 1])) --ser;
        if (sp - ser != 8) continue;
        size_t post_end = ser;
        while (post_end > 0 && is_space(s[post_end - 1])) --post_end;
        // The post: up to four upper-case words ("HO CHI MINH CITY").
        size_t post = post_end;
        for (int words = 0; words < 4; ++words) {
            size_t b = post;
            while (b > 0 && s[b - 1] == ' ') --b;
            size_t w = b;
            while (w > 0 && is_upper(s[w - 1])) --w;
            if (w == b || (w > 0 && !is_space(s[w - 1]))) break;
            post = w;
        }
        if (post == post_end) continue;
        size_t end = of + 4;
        while (end < s.size() && is_space(s[end])) ++end;
        size_t total = end;
        while (total < s.size() && is_digit(s[total])) ++total;
        if (total == end) continue;
        return std::make_pair(post, total);
    }
    return std::nullopt;
}

// A paragraph start inside a line: "1.(C)", "1. (C)", "¶2.", "  1.  In".
size_t inline_paragraph_start(std::string_view s, size_t from)
{
    for (size_t i = from; i + 2 < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && !(is_space(s[i - 1]) || s[i - 1] == '\xB6'))) continue;
        size_t j = i;
        while (j < s.size() && j - i < 2 && is_digit(s[j])) ++j;
        if (j >= s.size() || s[j] != '.') continue;
        size_t k = j + 1;
        while (k < s.size() && is_space(s[k])) ++k;
        if (k >= s.size()) continue;
        bool marked = s[k] == '(' && s.find(')', k) != std::string_view::npos && s.find(')', k) - k <= 7;
        bool spaced = i >= 2 && is_space(s[i - 1]) && is_space(s[i - 2]) && k > j + 1 && is_upper(s[k]);
        bool pilcrow = i >= 2 && s[i - 1] == '\xB6';
        if (marked || spaced || pilcrow) {
            size_t b = i;
            if (pilcrow) b = i - 2;
            return b;
        }
    }
    return std::string_view::npos;
}

// Where the next field keyword starts inside s (from from on), or npos.
size_t inline_keyword(std::string_view s, size_t from)
{
    static constexpr std::string_view keys[] = {"TAGS:", "SUBJECT:", "SUBJ:", "REF:", "REFS:", "REFTEL:", "REFTELS:",
                                                "Classified By", "CLASSIFIED BY", "Classified by", "E.O. 1"};
    size_t best = std::string_view::npos;
    for (auto k : keys) {
        for (size_t at = s.find(k, from); at != std::string_view::npos; at = s.find(k, at + 1)) {
            // "EEB/TRAE.O. 12958:": the E.O. field glued on.
            if (at > 0 && is_alpha(s[at - 1]) && !k.starts_with("E.O.")) continue;
            best = std::min(best, at);
            break;
        }
        // Capitalized forms: "Tags:", "Subject:", "Ref:"
        std::string cap(k);
        for (size_t c = 1; c < cap.size(); ++c)
            if (is_upper(cap[c]) && cap[c - 1] != ' ') cap[c] = char(cap[c] + 32);
        if (cap != k)
            for (size_t at = s.find(cap, from); at != std::string_view::npos; at = s.find(cap, at + 1)) {
                if (at > 0 && is_alpha(s[at - 1])) continue;
                best = std::min(best, at);
                break;
            }
    }
    return best;
}

// A line that only goes on with a reason's letters: "Reasons 1.5(b)" /
// " and (d) ", "1.5 (B)" / "AND (D)".
bool is_more_reason_letters(std::string_view t)
{
    t = trim(t);
    bool joined = false;
    for (std::string_view w : {"and ", "or ", "&", ","})
        if (starts_ci(t, w)) {
            t = trim(t.substr(w.size()));
            joined = true;
            break;
        }
    if (!joined) return false;
    size_t letters = 0;
    while (!t.empty()) {
        bool paren = t.starts_with('(');
        std::string_view x = paren ? t.substr(1) : t;
        if (x.empty() || !(up(x[0]) >= 'A' && up(x[0]) <= 'H')) return false;
        x.remove_prefix(1);
        if (paren) {
            if (!x.starts_with(')')) return false;
            x.remove_prefix(1);
        } else if (!x.empty() && is_alpha(x[0])) {
            return false;
        }
        ++letters;
        t = trim(x);
        while (!t.empty() && (t[0] == ',' || t[0] == '.')) t = trim(t.substr(1));
        if (starts_ci(t, "and ")) t = trim(t.substr(4));
    }
    return letters > 0;
}

// The end of a reason code after "Classified By ...": "1.4 (b) and (d).",
// "1.5 (B), (D)", "1.4(b)". npos when the text has none.
size_t reason_code_end(std::string_view s, size_t from)
{
    for (size_t i = s.find("1.", from); i != std::string_view::npos; i = s.find("1.", i + 1)) {
        size_t j = i + 2;
        while (j < s.size() && is_space(s[j])) ++j;
        if (j >= s.size() || !(s[j] >= '4' && s[j] <= '6')) continue;
        if (i > 0 && is_digit(s[i - 1])) continue;
        size_t end = j + 1;
        // "(b, d)", "(B and D)": a list inside one pair of parentheses.
        {
            size_t k = end;
            while (k < s.size() && is_space(s[k])) ++k;
            if (k < s.size() && s[k] == '(') {
                size_t close = s.find(')', k);
                bool list = close != std::string_view::npos && close - k <= 24 && close - k > 2;
                for (size_t m = k + 1; list && m < close; ++m) {
                    char c = up(s[m]);
                    bool word_and = starts_ci(s.substr(m), "and") && m + 3 <= close;
                    if (word_and) m += 2;
                    else if (!((c >= 'A' && c <= 'H') || is_space(c) || c == ',' || c == '&' || c == '/')) list = false;
                }
                if (list) end = close + 1;
            }
        }
        // Letters: "(b)", "b", ", (d)", " and (d)", "/d", "&d"
        for (;;) {
            size_t k = end;
            while (k < s.size() && (is_space(s[k]) || s[k] == ',' || s[k] == ';' || s[k] == '&' || s[k] == '/')) ++k;
            if (starts_ci(s.substr(k), "and ") || starts_ci(s.substr(k), "and(")) k += 3;
            else if (starts_ci(s.substr(k), "or ")) k += 2;
            while (k < s.size() && is_space(s[k])) ++k;
            bool paren = k < s.size() && s[k] == '(';
            size_t l = paren ? k + 1 : k;
            while (paren && l < s.size() && s[l] == ' ') ++l; // "( d)"
            if (l >= s.size() || !(up(s[l]) >= 'A' && up(s[l]) <= 'H')) break;
            size_t after = l + 1;
            if (paren) {
                while (after < s.size() && s[after] == ' ') ++after; // "(b )"
                if (after >= s.size() || s[after] != ')') break;
                ++after;
            } else if (after < s.size() && (is_alpha(s[after]) || is_digit(s[after]))) {
                break;
            } else if (after < s.size() && s[after] == ')') {
                ++after;
            }
            end = after;
        }
        if (end == j + 1) continue; // "1.4" with its letters on the next line
        if (end < s.size() && (s[end] == '.' || s[end] == ')')) ++end;
        return end;
    }
    return std::string_view::npos;
}

// From the keyword at `at`, where the field ends inside the line.
size_t field_end_in_line(Field f, std::string_view s, size_t at, bool& reason_seen)
{
    size_t end = s.size();
    end = std::min(end, inline_keyword(s, at + 3));
    if (auto pb = inline_page_break(s, at)) end = std::min(end, pb->first);
    end = std::min(end, inline_paragraph_start(s, at + 3));
    if (f == Field::ClassifiedBy) {
        size_t r = reason_code_end(s, at);
        if (r != std::string_view::npos && r <= end) {
            end = r;
            reason_seen = true;
        }
    }
    return end;
}

bool looks_like_tags(std::string_view t)
{
    auto ws = words_of(t);
    if (ws.empty() || ws.size() > 16) return false;
    for (auto w : ws)
        for (char c : w)
            if (!(is_upper(c) || is_digit(c) || c == ',' || c == '-')) return false;
    return true;
}

bool is_paragraph_start(std::string_view t);

// "REF: A. GENEVA 885" -> "A. GENEVA 885": the text after a field's keyword.
std::string_view after_keyword(std::string_view t)
{
    size_t i = 0;
    while (i < t.size() && is_alpha(t[i])) ++i;
    while (i < t.size() && (t[i] == ':' || is_space(t[i]))) ++i;
    return t.substr(i);
}

// How many of the words [from, to) of t are lower-case words, leaving out
// those in parentheses: a REF item's title ("(D) Ottawa 687 (GOC climate
// change measures)") is not prose.
size_t lower_words_outside_parentheses(std::string_view t, size_t from, size_t to)
{
    auto ws = words_of(t);
    size_t lower_words = 0;
    int depth = 0;
    for (size_t i = 0; i < ws.size() && i < to; ++i) {
        std::string_view w = ws[i];
        bool inside = depth > 0 || w.starts_with('(');
        depth += static_cast<int>(std::count(w.begin(), w.end(), '(')) - static_cast<int>(std::count(w.begin(), w.end(), ')'));
        if (depth < 0) depth = 0;
        if (i < from || inside) continue;
        if (w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return is_lower(c) || c == ','; })) ++lower_words;
    }
    return lower_words;
}

// "(SBU) Poloff delivered GAERC points": lower-case words among the first few.
bool reads_as_prose(std::string_view t) { return lower_words_outside_parentheses(t.substr(0, 80), 1, 7) >= 2; }

// The letter of a REF item's label: "B. ANKARA 814", "(C) STATE 1234",
// "- (B) ZAGREB 2224" -> 'B'; 0 when the line has none.
char ref_item_letter(std::string_view t)
{
    t = trim(t);
    if (t.starts_with("\xC2\xB6")) t = trim(t.substr(2));
    while (t.starts_with('-')) t = trim(t.substr(1));
    bool paren = t.starts_with('(');
    if (paren) t.remove_prefix(1);
    if (t.size() < 2 || !is_upper(t[0])) return 0;
    if (paren ? t[1] != ')' : !(t[1] == '.' || t[1] == ')')) return 0;
    if (t.size() > 2 && !is_space(t[2])) return 0;
    return t[0];
}

// "B. ANKARA 814", "(C) STATE 1234" after a blank line; not "(U) Ambassador,
// during a January 4 meeting": prose has lower-case words. An item without a
// serial ("B. ZUNIGA/SBILLA/KELLY/PIERCE E-MAIL 3/26 (NOTAL)") only as the
// letter that comes next in the list.
bool looks_like_ref_item(std::string_view t, char next_letter)
{
    if (next_letter != 0 && ref_item_letter(t) == next_letter)
        return lower_words_outside_parentheses(trim(t), 1, 7) < 2;
    if (t.starts_with("\xC2\xB6")) t = trim(t.substr(2));
    while (t.starts_with('-')) t = trim(t.substr(1)); // "- (B) ZAGREB 2224"
    if (t.starts_with('(')) t.remove_prefix(1);
    // "6002, D) Frankfurt 6769": a list wrapped across a blank line.
    bool wrapped = !t.empty() && is_digit(t[0]) && !is_paragraph_start(t);
    if (!wrapped && (t.size() < 3 || !is_upper(t[0]) || !(t[1] == '.' || t[1] == ')'))) return false;
    std::string_view head = t.substr(wrapped ? 0 : 2, 30);
    if (std::none_of(head.begin(), head.end(), is_digit)) return false;
    return lower_words_outside_parentheses(t.substr(wrapped ? 0 : 2), 0, 6) < 2;
}

bool is_paragraph_start(std::string_view t)
{
    if (t.starts_with("\xC2\xB6")) {
        t = trim(t.substr(2));
        return !t.empty() && is_digit(t[0]);
    }
    size_t i = 0;
    while (i < t.size() && i < 3 && is_digit(t[i])) ++i;
    return i > 0 && i < t.size() && t[i] == '.' && (i + 1 == t.size() || !is_digit(t[i + 1]));
}

bool is_marking_start(std::string_view t)
{
    if (!t.starts_with('(')) return false;
    size_t close = t.find(')');
    if (close == std::string_view::npos || close > 6 || close < 2) return false;
    return std::all_of(t.begin() + 1, t.begin() + static_cast<std::ptrdiff_t>(close),
                       [](char c) { return is_upper(c) || c == '/'; });
}

// A date-time group line: "P 151727Z JAN 10", "O P 160808Z JUN 08".
bool is_date_time_group_line(std::string_view t)
{
    auto ws = words_of(t);
    for (size_t i = 0; i < ws.size() && i < 3; ++i) {
        auto w = ws[i];
        if (w.size() == 7 && (w.back() == 'Z' || w.back() == 'z') && all_digits(w.substr(0, 6))) return true;
    }
    return false;
}

// A marking as some drafters typed it: a level in any case, then handling
// words ("sbu/nf", "S rel Yemen", "c/nf").
bool is_lax_marking(std::string_view m)
{
    if (!std::all_of(m.begin(), m.end(), [](char c) { return is_alpha(c) || c == '/' || c == ' '; })) return false;
    size_t end = 0;
    while (end < m.size() && is_alpha(m[end])) ++end;
    std::string level;
    for (char c : m.substr(0, end)) level.push_back(up(c));
    return level == "U" || level == "C" || level == "S" || level == "SBU" || level == "TS" || level == "LOU";
}

// "¶1. (C) Text", "12. Text", "(S/NF) Text" -> "Text": a paragraph's number
// and marking are its structure (the model's number and marking), not words.
std::string_view without_paragraph_label(std::string_view s)
{
    std::string_view t = s;
    while (!t.empty() && is_space(t.front())) t.remove_prefix(1);
    if (t.starts_with("\xC2\xB6")) t = trim(t.substr(2));
    size_t i = 0;
    while (i < t.size() && i < 3 && is_digit(t[i])) ++i;
    bool numbered = i > 0 && i < t.size() && t[i] == '.' && (i + 1 == t.size() || !is_digit(t[i + 1]));
    if (numbered) {
        t.remove_prefix(i + 1);
        while (!t.empty() && is_space(t.front())) t.remove_prefix(1);
        // After a paragraph number a marking may be written in lower case:
        // "1. (sbu/nf)", "2.  (S rel Yemen)".
        if (size_t close = t.find(')'); t.starts_with('(') && close != std::string_view::npos && close <= 15 &&
                                        is_lax_marking(t.substr(1, close - 1))) {
            t.remove_prefix(close + 1);
            return t;
        }
    }
    if (t.size() >= 3 && t[0] == '(' && (t[1] == 'u' || t[1] == 'c' || t[1] == 's') && t[2] == ')') {
        t.remove_prefix(3); // "(u) This is an action request"
        return t;
    }
    if (t.starts_with('(')) {
        size_t close = t.find(')');
        // "(C)", "(S/NF)", "(C//REL NATO)"
        if (close != std::string_view::npos && close >= 2 && close <= 15 && is_upper(t[1]) &&
            std::all_of(t.begin() + 1, t.begin() + static_cast<std::ptrdiff_t>(close),
                        [](char c) { return is_upper(c) || c == '/' || c == ' '; }))
            t.remove_prefix(close + 1);
    }
    return t;
}

// "C", "SBU", "S/NF", "C//REL NATO", "S/Noforn": what a paragraph marking holds.
bool is_marking(std::string_view m)
{
    if (m.empty() || !is_upper(m[0])) return false;
    if (std::all_of(m.begin(), m.end(), [](char c) { return is_upper(c) || c == '/' || c == ' '; })) return true;
    // Mixed case only after a level and a slash: "S/Noforn", "C/Noforn".
    size_t slash = m.find('/');
    if (slash == std::string_view::npos || slash > 3) return false;
    std::string_view level = m.substr(0, slash);
    if (!(level == "U" || level == "C" || level == "S" || level == "TS" || level == "SBU")) return false;
    return std::all_of(m.begin(), m.end(), [](char c) { return is_alpha(c) || c == '/' || c == ' '; });
}

// Paragraph markings anywhere ("(C)", "(SBU)", "(C//REL NATO)") and the
// paragraph numbers before them ("2. (C)"): structure, not words, wherever a
// copy that lost its line breaks left them.
std::string without_labels(std::string_view s)
{
    s = without_paragraph_label(s);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (s[i] == '(' && i + 2 < s.size() && is_upper(s[i + 1])) {
            size_t close = s.find(')', i);
            if (close != std::string_view::npos && close - i <= 15 && is_marking(s.substr(i + 1, close - i - 1))) {
                std::string_view before = std::string_view(out);
                // "2. (C)": drop the number too.
                size_t t = before.size();
                while (t > 0 && is_space(before[t - 1])) --t;
                if (t > 0 && before[t - 1] == '.') {
                    size_t d = t - 1;
                    while (d > 0 && is_digit(before[d - 1])) --d;
                    if (d < t - 1 && t - 1 - d <= 2 && (d == 0 || is_space(before[d - 1]))) out.resize(d);
                }
                out.push_back(' ');
                i = close + 1;
                continue;
            }
        }
        out.push_back(s[i++]);
    }
    return out;
}

struct Line {
    std::string_view text;
    size_t class_at = 0; // where a classification line starts inside the line
    std::vector<std::pair<size_t, size_t>> header; // ranges of the line that are header
    void all() { header.assign(1, {0, text.size()}); }
};

class BodyReader {
public:
    explicit BodyReader(std::string_view text)
    {
        // Lines end at a newline, and at the Unicode line and paragraph
        // separators some copies wrote instead (U+2028, U+2029).
        size_t b = 0;
        while (b <= text.size()) {
            size_t e = b, next = text.size() + 1;
            for (; e < text.size(); ++e) {
                if (text[e] == '\n') {
                    next = e + 1;
                    break;
                }
                if (text[e] == '\xE2' && e + 2 < text.size() && text[e + 1] == '\x80' &&
                    (text[e + 2] == '\xA8' || text[e + 2] == '\xA9')) {
                    next = e + 3;
                    break;
                }
            }
            std::string_view l = text.substr(b, e - b);
            if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
            lines_.push_back(Line{l, 0, {}});
            b = next;
        }
    }

    std::vector<std::string> read()
    {
        mark_whole_lines();
        size_t zone = mark_routing_headers();
        if (zone >= lines_.size()) zone = 0;
        // "Cable dated:2008-11-24T14:44:00C O N F I D E N T I A L ...": a
        // classification line glued on after other text.
        for (auto& l : lines_) {
            if (classification_line_length(l.text) > 0) continue;
            for (std::string_view marker : {"C O N F I D E N T I A L", "S E C R E T", "U N C L A S"}) {
                size_t at = l.text.find(marker);
                if (at != std::string_view::npos && at > 0 && classification_line_length(l.text.substr(at)) > marker.size()) {
                    l.class_at = at;
                    break;
                }
            }
        }
        constexpr size_t kFieldReach = 60;
        mark_fields(zone, kFieldReach);
        // A copy of the header repeated further down: a classification line
        // with fields glued on ("C O N F I D E N T I A L BRATISLAVA 000382
        // SIPDIS E.O. 12958: ... TAGS: ..."), or followed by them.
        for (size_t i = zone + 1; i < lines_.size(); ++i) {
            size_t c = classification_line_length(lines_[i].text);
            if (c == 0) {
                const Line& l = lines_[i];
                if (l.class_at == 0) continue;
                // "RUEHTRO/AMEMBASSY TRIPOLI 1366<tab>S E C R E T SECTION 01 OF 05
                // TRIPOLI 000498": glued on after the last addressee, with the
                // fields on the lines below, as under a line of its own.
                size_t end = l.class_at + classification_line_length(l.text.substr(l.class_at));
                mark_fields(i, trim(l.text.substr(end)).empty() && fields_follow(i) ? kFieldReach : glued_header_reach(i));
                continue;
            }
            if (!trim(lines_[i].text.substr(c)).empty()) {
                mark_fields(i, glued_header_reach(i));
                continue;
            }
            if (fields_follow(i)) mark_fields(i, kFieldReach);
        }
        std::vector<std::string> out;
        for (auto& l : lines_) {
            std::sort(l.header.begin(), l.header.end());
            size_t at = 0;
            for (auto [b, e] : l.header) {
                if (b > at) out.push_back(without_labels(l.text.substr(at, b - at)));
                at = std::max(at, e);
            }
            if (at < l.text.size()) out.push_back(without_labels(l.text.substr(at)));
        }
        return out;
    }

private:
    std::vector<Line> lines_;

    // A copy's header glued onto its classification line goes on in the lines
    // that start with a field keyword right under it ("UNCLAS HELSINKI 000374
    // SENSITIVE SIPDIS E.O. 12958: N/A TAGS: PGOV" / "SUBJECT: ... REF: STATE
    // 86108 (SBU)"): the reach of its fields, in lines.
    size_t glued_header_reach(size_t i) const
    {
        size_t reach = 1;
        while (i + reach < lines_.size() && keyword_at_start(lines_[i + reach].text).first != Field::None) ++reach;
        return reach;
    }

    // Header fields under a classification line standing alone: a keyword
    // within 8 lines, or within 12 where only upper-case header notes stand
    // between ("S/S-O PLEASE PASS NEA A/S BURNS", "NSC FOR THEROUX").
    bool fields_follow(size_t i) const
    {
        bool notes_only = true;
        for (size_t k = i + 1; k < lines_.size() && k <= i + 12; ++k) {
            std::string_view t = trim(lines_[k].text);
            if (keyword_at_start(t).first != Field::None) return k <= i + 8 || notes_only;
            if (is_paragraph_start(t) || std::any_of(t.begin(), t.end(), is_lower)) notes_only = false;
        }
        return false;
    }

    void mark_whole_lines()
    {
        for (auto& l : lines_) {
            std::string_view t = trim(l.text);
            if (t.empty()) continue;
            if (is_transmission_line(t) || is_partial_notice(t) || is_page_break_line(t) || is_handling_caption(t)) {
                l.all();
                continue;
            }
            size_t c = classification_line_length(l.text);
            if (c > 0 && trim(l.text.substr(c)).empty()) {
                l.all();
                continue;
            }
            // Page breaks inside a line whose line breaks were lost.
            for (auto pb = inline_page_break(l.text, 0); pb; pb = inline_page_break(l.text, pb->second))
                l.header.push_back(*pb);
        }
    }

    // The routing header: from the transmission lines above the date-time
    // group to the classification line. Returns the line where the header
    // fields may start.
    // "FM AMEMBASSY SANAA" with TO or INFO below it (a repeat sent to INFO
    // addressees only: "FM SECSTATE WASHDC / INFO USDEL SECRETARY"); not "FM
    // said Saudi Prince Saud told him" (the foreign minister) in a paragraph.
    bool is_fm_line(size_t i) const
    {
        if (!trim(lines_[i].text).starts_with("FM ")) return false;
        for (size_t k = i + 1; k < lines_.size() && k <= i + 3; ++k)
            if (trim(lines_[k].text).starts_with("TO ") || trim(lines_[k].text).starts_with("INFO ")) return true;
        return false;
    }

    // Every routing header (a copy may carry a second one further down):
    // from the transmission lines above FM to the classification line.
    // Returns the line where the first one's header fields may start.
    size_t mark_routing_headers()
    {
        size_t zone = lines_.size();
        for (size_t fm = 0; fm < lines_.size(); ++fm) {
            if (!is_fm_line(fm)) continue;
            size_t start = fm;
            while (start > 0) {
                std::string_view t = trim(lines_[start - 1].text);
                // Old copies print the distribution lines ("INFO  LOG-00   AID-00"),
                // page tops and the date-time group above FM: upper case all.
                bool upper_only = !t.empty() && std::none_of(t.begin(), t.end(), is_lower) && !is_partial_notice(t);
                bool routing = t.empty() || upper_only || is_transmission_line(t) || is_date_time_group_line(t);
                if (!routing) break;
                --start;
            }
            size_t cls = first_classification_line(fm, 200);
            size_t end = cls;
            if (cls == lines_.size()) { // no classification line: the addressees end at a blank line
                end = fm;
                while (end + 1 < lines_.size() && !trim(lines_[end + 1].text).empty()) ++end;
            }
            for (size_t i = start; i < end; ++i) lines_[i].all();
            if (zone == lines_.size()) zone = end;
            fm = end;
        }
        // A partial record keeps the date-time group ("041437Z Jan 05") above
        // the classification line.
        size_t cls = first_classification_line(0, 60);
        for (size_t i = 0; i < cls && i < lines_.size(); ++i)
            if (is_date_time_group_line(trim(lines_[i].text)) && words_of(lines_[i].text).size() <= 4) lines_[i].all();
        return std::min(zone, cls);
    }

    size_t first_classification_line(size_t from, size_t reach)
    {
        for (size_t i = from; i < lines_.size() && i < from + reach; ++i)
            if (classification_line_length(lines_[i].text) > 0) return i;
        return lines_.size();
    }

    // The header fields from line `zone` on: E.O., TAGS, SUBJECT, REF,
    // Classified By, with their wrapped lines, until the body begins.
    void mark_fields(size_t zone, size_t reach)
    {
        Field open = Field::None;
        char ref_letter = 0; // the label of the REF list's last item
        bool after_blank = false, reason_seen = false, any_field = false;
        size_t field_lines = 0;
        for (size_t i = zone; i < lines_.size() && i < zone + reach; ++i) {
            Line& line = lines_[i];
            std::string_view t = trim(line.text);
            if (t.empty()) {
                after_blank = true;
                if (open != Field::Ref) open = Field::None;
                continue;
            }
            if (line.header.size() == 1 && line.header.front() == std::make_pair(size_t{0}, line.text.size())) {
                // A whole header line, marked already (by the reading of an
                // earlier copy): a field line still means the fields began,
                // so that the body's first paragraph ends them.
                if (keyword_at_start(line.text).first != Field::None) any_field = true;
                continue;
            }

            size_t from = line.class_at; // a classification line glued on after other text
            size_t pos = from + classification_line_length(line.text.substr(from));
            if (pos > from) line.header.push_back({from, pos});
            else pos = 0;
            bool body_begun = false;
            while (pos < line.text.size() && !body_begun) {
                std::string_view rest = line.text.substr(pos);
                if (trim(rest).empty()) break;
                if (auto pb = inline_page_break(rest, 0); pb && trim(rest.substr(0, pb->first)).empty()) {
                    pos += pb->second; // marked already
                    continue;
                }
                auto [f, at] = keyword_at_start(rest);
                if (f != Field::None) {
                    if (f == Field::Ref) ref_letter = ref_item_letter(after_keyword(rest.substr(at)));
                    open = f;
                    any_field = true;
                    field_lines = 1;
                    reason_seen = false;
                    size_t end = field_end_in_line(f, rest, at, reason_seen);
                    line.header.push_back({pos, pos + end});
                    pos += end;
                    continue;
                }
                // Not a keyword: a line of the open field, or no header.
                std::string_view rt = trim(rest);
                bool continues = false;
                switch (open) {
                case Field::Subject: continues = field_lines < 3 && !after_blank && !is_paragraph_start(rt); break;
                case Field::Ref:
                    continues = after_blank ? looks_like_ref_item(rt, ref_letter ? char(ref_letter + 1) : 0)
                                            : !is_paragraph_start(rt) && (!is_marking_start(rt) || !reads_as_prose(rt));
                    // The letters go on from the REF line's own item and the
                    // items under it; not from an item after a blank line
                    // taken for its digits ("A.  DURING 2000, THE EMBASSY"
                    // may be the body's first answer).
                    if (continues && ref_letter && ref_item_letter(rt) == ref_letter + 1) ++ref_letter;
                    else if (continues && !after_blank && ref_item_letter(rt)) ref_letter = ref_item_letter(rt);
                    break;
                case Field::ClassifiedBy:
                    continues = !after_blank && ((!reason_seen && field_lines < 3) || (reason_seen && is_more_reason_letters(rt)));
                    break;
                case Field::Tags: continues = !after_blank && looks_like_tags(rt); break;
                case Field::ExecutiveOrder: continues = !after_blank && starts_ci(rt, "DECL"); break;
                case Field::None: break;
                }
                if (continues) {
                    ++field_lines;
                    size_t end = field_end_in_line(open, rest, 0, reason_seen);
                    if (end == 0) { // the field ended right here: the rest is body
                        open = Field::None;
                        body_begun = any_field && (is_paragraph_start(rt) || is_marking_start(rt));
                        break;
                    }
                    line.header.push_back({pos, pos + end});
                    pos += end;
                    // Whatever follows the field's end on this line is body
                    // unless it starts another field (next turn of the loop).
                    if (pos < line.text.size() && keyword_at_start(line.text.substr(pos)).first == Field::None &&
                        !trim(line.text.substr(pos)).empty()) {
                        open = Field::None;
                        body_begun = true;
                    }
                    continue;
                }
                open = Field::None;
                body_begun = any_field && (is_paragraph_start(rt) || is_marking_start(rt));
                if (!body_begun) {
                    // A field glued on after other text: "ZFR --- ZFR E.O. 12958: N/A TAGS: ..."
                    size_t k = inline_keyword(rest, 1);
                    if (k != std::string_view::npos && keyword_at_start(rest.substr(k)).first != Field::None) {
                        pos += k;
                        continue;
                    }
                }
                break;
            }
            after_blank = false;
            if (body_begun) return;
        }
    }
};

} // namespace

std::vector<std::string> body_text(std::string_view text) { return BodyReader(text).read(); }

} // namespace cablesearch::coverage
