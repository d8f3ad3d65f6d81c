#include "parse/Signer.h"

#include "parse/Classification.h"
#include "parse/Paragraphs.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

// How many trailer lines may stand below the signature.
constexpr size_t kTrailerReach = 10;
constexpr std::string_view kRightQuote = "\xE2\x80\x9D"; // ”

// Words that end a cable or stand where a signature would and are no name:
// closers, greetings, routing and handling words, short words of prose.
bool is_not_a_name_word(std::string_view upper_word)
{
    static constexpr std::string_view words[] = {
        "END", "SUMMARY", "COMMENT", "COMMENTS", "NOTE", "TEXT", "QUOTE", "UNQUOTE", "BT", "NNNN", "CABLE",
        "MESSAGE", "THANKS", "THANK", "REGARDS", "SINCERELY", "BEST", "CHEERS", "FYI", "OK", "YES", "NO", "BEGIN",
        "REPEAT", "MINIMIZE", "CONSIDERED", "CLEARED", "DRAFTED", "APPROVED", "ACTION", "INFO", "TO", "THE", "OF",
        "AND", "OR", "FOR", "IN", "ON", "AT", "BY", "WITH", "THIS", "THAT", "IS", "ARE", "WAS", "WE", "US", "UK",
        "EU", "UN", "USG", "POST", "EMBASSY", "DEPARTMENT", "DEPT", "STATE", "SECSTATE", "PARA", "REF", "REFTEL",
        "SEPTEL", "PAGE", "SECTION", "CONFIDENTIAL", "UNCLASSIFIED", "UNCLAS", "SECRET", "LIMITED", "OFFICIAL",
        "USE", "ONLY", "CLASSIFIED", "BUT", "DECL", "DECLASSIFIED", "RELEASED", "REVIEW", "AN", "A", "IT", "AS",
        "BE", "NOT", "WILL", "ALL", "ENDS", "TEL", "FAX", "EMAIL", "E-MAIL", "VISIT", "PLEASE", "SEE", "ALSO", "SIGNATURE", "AMEMBASSY", "AMCONSUL", "USMISSION",
        "IMMEDIATE", "PRIORITY", "ROUTINE", "NIACT", "WASHDC"};
    if (std::find(std::begin(words), std::end(words), upper_word) != std::end(words)) return true;
    // "XXXXXXXXXXXX": a redaction, no name.
    if (upper_word.size() >= 4 && upper_word.find_first_not_of('X') == std::string_view::npos) return true;
    return is_handling_word(upper_word);
}

bool is_particle(std::string_view w)
{
    static constexpr std::string_view particles[] = {"van", "von", "de", "da", "di", "del", "der", "la", "le", "du",
                                                     "Van", "Von", "De", "Da", "Di", "Del", "La", "Le", "Du",
                                                     "VAN", "VON", "DE", "DA", "DI", "DEL", "LA", "LE", "DU",
                                                     "JR", "JR.", "Jr.", "SR", "SR.", "III"};
    return std::find(std::begin(particles), std::end(particles), w) != std::end(particles);
}

// "ARGYROS", "HINSON-JONES", "O'NEILL", "JPOLASCHIK"
bool is_upper_name_word(std::string_view w)
{
    int letters = 0;
    for (char c : w) {
        if (is_upper(c)) ++letters;
        else if (!(c == '\'' || c == '-' || c == '.')) return false;
    }
    return letters >= 2 && is_upper(w[0]) && w.back() != '-';
}

// "Hamilton", "McMullen", "LeBaron", "Hinson-Jones", "O'Neill"
bool is_title_name_word(std::string_view w)
{
    if (w.size() < 2 || !is_upper(w[0])) return false;
    bool lower = false;
    for (size_t i = 1; i < w.size(); ++i) {
        char c = w[i];
        if (is_lower(c)) lower = true;
        else if (is_upper(c)) {
            // A capital inside only after a lower-case letter, a hyphen or an apostrophe.
            if (!(is_lower(w[i - 1]) || w[i - 1] == '-' || w[i - 1] == '\'')) return false;
        } else if (!(c == '\'' || c == '-')) {
            return false;
        }
    }
    return lower && w.back() != '-';
}

enum class NameCase { None, Upper, Title };

// One to three words of a name in capitals ("VAN VOORST") or in title case
// ("van Voorst"), none of them a closer or a word of prose. "SCOBEY Scobey"
// (the name typed twice) is the name once.
NameCase name_case(std::string_view s, std::string* name = nullptr)
{
    s = trim(s);
    if (s.find(' ') == std::string_view::npos) // "Palmer.", "TUTTLE.."
        while (s.ends_with('.')) s.remove_suffix(1);
    auto words = split_any(s, " ");
    if (words.empty() || words.size() > 3) return NameCase::None;
    if (words.size() == 2 && equals_ci(words[0], words[1])) words.pop_back();
    bool upper_all = true;
    size_t real = 0;
    for (auto w : words) {
        if (is_particle(w)) continue;
        ++real;
        if (is_not_a_name_word(upper(w)) || w.ends_with('.')) return NameCase::None;
        bool up = is_upper_name_word(w);
        if (!up && !is_title_name_word(w)) return NameCase::None;
        upper_all = upper_all && up; // "Leslie BASSETT" is a name too
    }
    if (real == 0) return NameCase::None;
    if (name) {
        name->clear();
        for (auto w : words) {
            if (!name->empty()) name->push_back(' ');
            name->append(w);
        }
    }
    return upper_all ? NameCase::Upper : NameCase::Title;
}

bool ends_with_ci(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && equals_ci(s.substr(s.size() - tail.size()), tail);
}

// "END COMMENT", "END OF TEXT", "MINIMIZE CONSIDERED": closers that end the
// text without a full stop.
bool ends_with_closer(std::string_view s)
{
    static constexpr std::string_view closers[] = {"END SUMMARY", "END COMMENT", "END NOTE", "END TEXT",
                                                   "END QUOTE", "END OF TEXT", "END OF COMMENT",
                                                   "END OF MESSAGE", "END OF CABLE", "MINIMIZE CONSIDERED", "MINIMIZED CONSIDERED",
                                                   "UNQUOTE"};
    for (auto c : closers)
        if (ends_with_ci(s, c) && (s.size() == c.size() || !is_alpha(s[s.size() - c.size() - 1]))) return true;
    return false;
}

// The text ends a sentence: a full stop (not after an abbreviation or an
// initial: "U.S. ARMY" and "HENRY A. KISSINGER" carry no signature), a
// closing quote or bracket, a closer.
bool ends_sentence(std::string_view s)
{
    s = trim_right(s);
    if (s.empty()) return false;
    if (ends_with_closer(s)) return true;
    if (s.ends_with(kRightQuote)) return true;
    char c = s.back();
    if (c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']') return true;
    if (c != '.') return false;
    size_t start = s.size() - 1;
    while (start > 0 && !is_space(s[start - 1])) --start;
    std::string word = upper(s.substr(start, s.size() - 1 - start));
    if (word.size() == 1 && is_alpha(word[0])) return false;            // an initial
    if (word.find('.') != std::string::npos && word.size() <= 6) return false; // U.S.
    static constexpr std::string_view abbreviations[] = {"MR", "MRS", "MS", "DR", "ST", "GEN", "LT", "COL",
                                                         "MAJ", "CAPT", "SEN", "REP", "GOV", "AMB", "NO",
                                                         "JR", "SR", "CO", "INC", "LTD", "VS", "MT", "FT"};
    return std::find(std::begin(abbreviations), std::end(abbreviations), word) == std::end(abbreviations);
}

// A level, alone or with handling words: "CONFIDENTIAL", "SECRET NOFORN",
// "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "SENSITIVE BUT UNCLASSIFIED".
bool is_banner(std::string_view t)
{
    if (equals_ci(t, "SENSITIVE BUT UNCLASSIFIED")) return true;
    auto line = parse_classification_line(t);
    return line && line->serial.empty() && line->post_code.empty();
}

// "2004CARACA01009 - CONFIDENTIAL", "2001VATICA01261 - Classification: ...":
// the record a database printed under each cable.
bool is_record_line(std::string_view t)
{
    size_t i = 0;
    while (i < t.size() && is_digit(t[i])) ++i;
    if (i != 4) return false;
    size_t letters = i;
    while (letters < t.size() && is_upper(t[letters])) ++letters;
    size_t digits = letters;
    while (digits < t.size() && is_digit(t[digits])) ++digits;
    return letters - i >= 2 && digits - letters >= 4 && (digits == t.size() || trim_left(t.substr(digits)).starts_with('-'));
}

// A word glued onto the signature's line that belongs to the trailer.
bool is_trailer_word(std::string_view w)
{
    return w == "NNNN" || w == "BT" || w == "##" || w == "..." || w == "." || w == "CONFIDENTIAL" ||
           w == "UNCLASSIFIED" || w == "SECRET" || w == "UNCLAS" || w == "NOFORN" || w == "SIPDIS";
}

// "0 02/14/2008": a stamp some copies put after the signature.
bool is_date_stamp(std::string_view w)
{
    auto parts = split_any(w, "/");
    return parts.size() == 3 && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '/'; });
}

// The line without the trailer words glued onto its end ("FRANK NNNN",
// "GALBRAITH CONFIDENTIAL NNNN", "STEVENS 0 02/14/2008 .", "CHACON ...").
std::string_view without_trailer_words(std::string_view t)
{
    for (;;) {
        t = trim_right(t);
        size_t space = t.find_last_of(' ');
        if (space == std::string_view::npos) return t;
        std::string_view last = t.substr(space + 1);
        if (is_trailer_word(last)) {
            t = t.substr(0, space);
        } else if (is_date_stamp(last)) {
            t = trim_right(t.substr(0, space));
            if (t.ends_with(" 0")) t.remove_suffix(2);
        } else {
            return t;
        }
    }
}

// The name that ends the text after its last sentence ("... END OF TEXT.
// BAKER", "... End comment. Martinez"): its offset in t, or npos.
size_t name_after_last_sentence(std::string_view t, std::string& name)
{
    // The name is the last one to three words; try the shortest first.
    size_t end = t.size();
    size_t start = end;
    for (int words = 0; words < 3; ++words) {
        while (start > 0 && t[start - 1] == ' ') --start;
        size_t w = start;
        while (w > 0 && t[w - 1] != ' ') --w;
        if (w == start || w == 0) return std::string_view::npos;
        start = w;
        std::string_view before = trim_right(t.substr(0, start));
        std::string_view candidate = t.substr(start, end - start);
        if (candidate.ends_with('.')) return std::string_view::npos;
        if (ends_sentence(before) && name_case(candidate, &name) != NameCase::None) return start;
    }
    return std::string_view::npos;
}

} // namespace

bool is_trailer_line(std::string_view line)
{
    std::string_view t = trim(line);
    if (t.empty()) return false;
    if (t == "BT" || is_record_line(t)) return true;
    // "NNNN", also cut short.
    if (t.size() >= 2 && std::all_of(t.begin(), t.end(), [](char c) { return c == 'N'; })) return true;
    // "PAGE 09        STATE   228220  010044Z": a page header of the last page.
    if (t.starts_with("PAGE ") && t.size() > 6 && is_digit(t[5])) return true;
    // Only marks: "##", ">", "\"", "=====CABLE ENDS=====", "*****", "-----".
    if (std::all_of(t.begin(), t.end(), [](char c) { return !is_alnum(c); })) return true;
    if (t.size() >= 3 && !is_alnum(t[0]) && !is_alnum(t[1]) && !is_alnum(t[2]) && t.find("CABLE ENDS") != std::string_view::npos)
        return true;
    // "v1.6.2", a page number.
    if (t[0] == 'v' && t.size() > 1 && is_digit(t[1]) &&
        std::all_of(t.begin() + 1, t.end(), [](char c) { return is_digit(c) || c == '.'; }))
        return true;
    if (std::all_of(t.begin(), t.end(), is_digit) && t.size() <= 3) return true;
    if (is_banner(t)) return true;
    if (!parse_handling_line(t).empty()) return true;
    // The declassification stamp of a reviewed cable, on one line or two.
    if (starts_with_ci(t, "Declassified/Released") || (starts_with_ci(t, "Review ") && t.size() <= 24)) return true;
    return false;
}

std::string take_signer(std::vector<std::string_view>& lines)
{
    size_t k = lines.size();
    size_t trailer = 0;
    while (k > 0) {
        std::string_view t = trim(lines[k - 1]);
        if (t.empty()) {
            --k;
        } else if (is_trailer_line(t) && trailer < kTrailerReach) {
            --k;
            ++trailer;
        } else {
            break;
        }
    }
    if (k == 0) return {};
    size_t at = k - 1;
    std::string_view line = trim(lines[at]);
    if (match_paragraph_start(line) && line.size() < 12) return {};
    std::string_view text = without_trailer_words(line);
    std::string_view glued = trim(line.substr(static_cast<size_t>(text.data() + text.size() - line.data())));

    std::string name;
    NameCase whole = name_case(text, &name);
    if (whole != NameCase::None && !match_paragraph_start(text)) {
        // A name alone on a line is no signature where the line above stops
        // mid-sentence: "... relations with\nCuba." or "... APPRECIATES
        // TRINIDAD'S\nASSISTANCE." end a sentence. Names in capitals stand
        // below tables and lists too, so only a full stop or a line above
        // that stops at a lower-case word or a comma rules them out.
        std::string_view above = at > 0 ? trim(lines[at - 1]) : std::string_view{};
        // A web or mail address ("Visit London's Classified Website:
        // XXXXXXXXXXXX", redacted or not) ends the text as a sentence does.
        bool above_open = !above.empty() && !ends_sentence(above) && !starts_with_ci(above, "END ") &&
                          !is_trailer_line(above) && above.find("http") == std::string_view::npos &&
                          above.find('@') == std::string_view::npos && !above.ends_with("XXXXXX") &&
                          find_ci(above, "Classified Web") == std::string_view::npos;
        char last = above.empty() ? '.' : above.back();
        bool above_open_at_prose = above_open && (is_lower(last) || last == ',' || last == ';' || last == '-' ||
                                                  last == '(' || last == '&');
        bool accept = text.ends_with('.') ? !above_open : (whole == NameCase::Upper || !above_open_at_prose);
        if (accept) {
            if (glued.empty()) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at));
            else lines[at] = glued;
            // "PIERCE" above "Pierce": the name typed twice.
            std::string again;
            if (at > 0 && name_case(above, &again) != NameCase::None && equals_ci(again, name))
                lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at) - 1);
            return name;
        }
    }
    // The line breaks were lost: the name follows the last sentence.
    size_t start = name_after_last_sentence(text, name);
    if (start == std::string_view::npos) return {};
    lines[at] = trim_right(text.substr(0, start));
    if (!glued.empty()) lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at) + 1, glued);
    return name;
}

} // namespace cablesearch
