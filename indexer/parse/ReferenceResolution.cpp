#include "parse/ReferenceResolution.h"

#include "parse/Dates.h"
#include "parse/PostCodes.h"
#include "parse/ReferenceIds.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace cablesearch {

using namespace text;

namespace {

// The release ends in 2010: a year written in a REF list is never later.
constexpr int kLastYear = 2010;
constexpr int kFirstYear = 1960;
// A post's own serials stay below this in a year; only the Department's
// (STATE) run higher, into six digits.
constexpr long kHighestPostSerial = 10000;
// How far above the cable's own serial a number of its post may be and
// still be of the cable's year (see unwritten_year).
constexpr long kOutOfTurnNumbers = 200;
// Words a post's name runs over at most (BANDAR SERI BEGAWAN, HO CHI MINH CITY).
constexpr size_t kMaxPostWords = 5;

struct Token {
    enum Kind { Word, Number, Mixed, Mark };
    Kind kind = Mark;
    std::string text; // upper case
    size_t begin = 0, end = 0;
};

bool is_kept_mark(char c)
{
    return c == '.' || c == ')' || c == '(' || c == ':' || c == ';' || c == ',' || c == '/' || c == '-' ||
           c == '&' || c == '\'' || c == '#' || c == '?';
}

std::vector<Token> tokenize(std::string_view s)
{
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < s.size()) {
        if (is_alnum(s[i])) {
            Token t;
            t.begin = i;
            bool letters = false, digits = false;
            while (i < s.size() && is_alnum(s[i])) {
                letters |= is_alpha(s[i]);
                digits |= is_digit(s[i]);
                t.text.push_back(to_upper(s[i++]));
            }
            t.end = i;
            t.kind = letters && digits ? Token::Mixed : letters ? Token::Word : Token::Number;
            tokens.push_back(std::move(t));
        } else {
            if (is_kept_mark(s[i])) tokens.push_back({Token::Mark, std::string(1, s[i]), i, i + 1});
            ++i;
        }
    }
    return tokens;
}

bool is_month_word(std::string_view w)
{
    static constexpr std::string_view months[] = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
                                                   "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "SEPT"};
    if (w.size() == 3) return month_from_abbreviation(w) != 0;
    return std::find(std::begin(months), std::end(months), w) != std::end(months);
}

// Words that end a post's name looking back from a number: no post's name
// holds them, and letting a misspelt-name match run over them would read
// prose as a post.
bool stops_post_name(std::string_view w)
{
    static constexpr std::string_view words[] = {"AND", "REF", "REFS", "REFTEL", "REFTELS", "NOTAL", "ALL"};
    return is_month_word(w) || std::find(std::begin(words), std::end(words), w) != std::end(words);
}

long number_value(std::string_view digits)
{
    long v = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + std::min<size_t>(digits.size(), 12), v);
    return ec == std::errc{} ? v : -1;
}

// "09", "2000": a year as a REF list writes it; 0 when it is none.
int year_value(std::string_view t)
{
    int y = 0;
    if (t.size() == 2 && parse_uint(t, y)) y = expand_two_digit_year(y);
    else if (t.size() != 4 || !parse_uint(t, y)) return 0;
    return y >= kFirstYear && y <= kLastYear ? y : 0;
}

// Tidies the tokens before reading: OCR zeros in post names, a list letter
// stuck to a serial, and what is not part of the list at all.
void prepare(std::vector<Token>& tokens)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        Token& t = tokens[i];
        if (t.kind != Token::Mixed) continue;
        // "SANTIAG0", "0TTAWA": a zero typed (or scanned) for the letter O.
        if (std::all_of(t.text.begin(), t.text.end(), [](char c) { return is_upper(c) || c == '0'; })) {
            std::string letters = t.text;
            std::replace(letters.begin(), letters.end(), '0', 'O');
            if (!release_post_code(letters).empty()) {
                t.text = letters;
                t.kind = Token::Word;
                continue;
            }
        }
        // "STATE 14201B. GENEVA 133": the next item's letter typed onto the serial.
        if (t.text.size() >= 3 && is_upper(t.text.back()) &&
            std::all_of(t.text.begin(), t.text.end() - 1, [](char c) { return is_digit(c); }) &&
            i + 1 < tokens.size() && (tokens[i + 1].text == "." || tokens[i + 1].text == ")")) {
            Token letter{Token::Word, std::string(1, t.text.back()), t.end - 1, t.end};
            t.text.pop_back();
            t.kind = Token::Number;
            t.end -= 1;
            tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(letter));
        }
    }

    // An appended copy of the release's record ("id: 138753 date: ...
    // refid: 08SANTIAGO77 ...") is not part of the list: it names the cable
    // itself and the ids the release listed.
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        bool record = tokens[i + 1].text == ":" &&
                      (tokens[i].text == "REFID" ||
                       (tokens[i].text == "ID" && i + 2 < tokens.size() && tokens[i + 2].kind == Token::Number));
        if (record) {
            tokens.resize(i);
            break;
        }
    }

    // Page headers run into the list where line breaks were lost:
    // "TRIPOLI 00000402 001.2 OF 003" and "PAGE 02 ROME 01196 01 OF 02 082030Z".
    // Each becomes a plain separator.
    auto number = [&](size_t k, size_t min_digits, size_t max_digits) {
        return k < tokens.size() && tokens[k].kind == Token::Number && tokens[k].text.size() >= min_digits &&
               tokens[k].text.size() <= max_digits;
    };
    auto is = [&](size_t k, std::string_view text) { return k < tokens.size() && tokens[k].text == text; };
    for (size_t i = 0; i < tokens.size(); ++i) {
        size_t first = i, last = 0;
        if (number(i, 7, 8) && number(i + 1, 1, 3)) { // serial zero-padded to eight digits, page "001.2"
            size_t k = i + 2;
            if (is(k, ".") && number(k + 1, 1, 2)) k += 2;
            if (!is(k, "OF") || !number(k + 1, 1, 3)) continue;
            last = k + 1;
            while (first > 0 && i - first < kMaxPostWords && tokens[first - 1].kind == Token::Word) --first;
        } else if (is(i, "PAGE") && number(i + 1, 1, 3)) {
            size_t k = i + 2;
            while (k < tokens.size() && tokens[k].kind == Token::Word && k - i < 2 + kMaxPostWords) ++k;
            if (k == i + 2 || !number(k, 3, 8) || !number(k + 1, 1, 3) || !is(k + 2, "OF") || !number(k + 3, 1, 3))
                continue;
            last = k + 3;
            if (last + 1 < tokens.size() && tokens[last + 1].kind == Token::Mixed && tokens[last + 1].text.back() == 'Z')
                ++last; // the date-time group "082030Z"
        } else {
            continue;
        }
        Token separator{Token::Mark, ";", tokens[first].begin, tokens[last].end};
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                     tokens.begin() + static_cast<std::ptrdiff_t>(last) + 1);
        tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(first), std::move(separator));
        i = first;
    }
}

struct Post {
    std::string_view code;
    size_t first = 0; // index of its first word
    size_t end = 0;   // one past its last word
};

// Reads one REF list (or line of one), left to right.
class ListReader {
public:
    ListReader(std::vector<Token> tokens, const ReferenceContext& cable, std::optional<std::pair<std::string, int>>& last)
        : t_(std::move(tokens)), used_(t_.size(), false), cable_(cable), last_(last)
    {
    }

    std::vector<std::string> read()
    {
        for (size_t i = 0; i < t_.size(); ++i) {
            if (used_[i]) continue;
            if (t_[i].kind == Token::Mixed) read_glued(i);
            else if (t_[i].kind == Token::Number) read_number(i);
        }
        // A cable never cites itself: its own id in the list comes from a
        // page header or a copy of the cable run into it.
        if (!cable_.post.empty() && !cable_.serial.empty() && cable_.year > 0) {
            std::string self = make_reference_id(cable_.year, cable_.post, cable_.serial);
            out_.erase(std::remove(out_.begin(), out_.end(), self), out_.end());
        }
        return std::move(out_);
    }

private:
    bool word(size_t k) const { return k < t_.size() && t_[k].kind == Token::Word; }
    bool num(size_t k) const { return k < t_.size() && t_[k].kind == Token::Number; }
    bool is(size_t k, std::string_view s) const { return k < t_.size() && t_[k].text == s; }
    bool adjacent(size_t a, size_t b) const { return a < t_.size() && b < t_.size() && t_[a].end == t_[b].begin; }
    // ".", "-", "'" inside a name: ST. PETERSBURG, PORT-OF-SPAIN, N'DJAMENA
    // (after a single letter, "." ends an item's letter: "B. BRASILIA").
    bool joiner(size_t k) const
    {
        if (is(k, ".")) return k >= 1 && t_[k - 1].text.size() >= 2;
        return is(k, "-") || is(k, "'");
    }

    void add(std::string_view code, int year, std::string_view serial)
    {
        if (year <= 0 || serial.empty()) return;
        std::string id = make_reference_id(year, code, serial);
        if (std::find(out_.begin(), out_.end(), id) == out_.end()) out_.push_back(std::move(id));
        last_ = std::make_pair(code, year);
    }

    // The post whose name ends just before `end` ("THE HAGUE", "ST. PETERSBURG").
    std::optional<Post> post_before(size_t end, bool allow_near = true) const
    {
        std::vector<size_t> words;
        size_t k = end;
        while (k > 0 && words.size() < kMaxPostWords && name_word(k - 1)) {
            words.push_back(--k);
            if (k >= 2 && joiner(k - 1) && name_word(k - 2)) --k;
        }
        std::reverse(words.begin(), words.end());
        return match(words, true, allow_near);
    }

    // The post whose name starts at `first`.
    std::optional<Post> post_at(size_t first, bool allow_near = true) const
    {
        std::vector<size_t> words;
        size_t k = first;
        while (words.size() < kMaxPostWords && name_word(k)) {
            words.push_back(k);
            k = joiner(k + 1) && name_word(k + 2) ? k + 2 : k + 1;
        }
        return match(words, false, allow_near);
    }

    bool name_word(size_t k) const { return word(k) && !used_[k] && !stops_post_name(t_[k].text); }

    // words: indices in text order. The name is the run of them next to the
    // number (the last ones when it ends there, else the first ones): the
    // longest that names a post exactly; failing that, the shortest that is
    // one slip from a post's name (words further from the number are more
    // likely prose than part of the name).
    std::optional<Post> match(const std::vector<size_t>& words, bool ends_at_number, bool allow_near) const
    {
        auto run = [&](size_t n) {
            size_t from = ends_at_number ? words.size() - n : 0;
            std::string name;
            for (size_t m = from; m < from + n; ++m) name += t_[words[m]].text;
            return std::make_pair(name, Post{{}, words[from], words[from + n - 1] + 1});
        };
        for (size_t n = words.size(); n > 0; --n) {
            auto [name, post] = run(n);
            if (auto code = release_post_code(name); !code.empty()) return Post{code, post.first, post.end};
        }
        if (!allow_near) return std::nullopt;
        for (size_t n = 1; n <= words.size(); ++n) {
            auto [name, post] = run(n);
            // A slip is never read across an item's letter ("B BRASILIA" is no BRASILIA typo).
            if (t_[post.first].text.size() == 1 || t_[post.end - 1].text.size() == 1) continue;
            if (auto code = near_release_post_code(name); !code.empty()) return Post{code, post.first, post.end};
        }
        return std::nullopt;
    }

    // The year of a reference that writes none: the cable's own. But a
    // post numbers its cables anew each year, and a cable cites only earlier
    // ones: a serial of the cable's own post far above the cable's own
    // ("QUITO 3302" in 05QUITO42, sent on 6 January) is of the year before,
    // as a careful reader takes it (the release has 09HAVANA639 to 772,
    // cited as HAVANA 639 ... 772 by 10HAVANA9, and no 10HAVANA639). Nearer
    // the cable's own it may be of the same year, numbered out of turn or in
    // another series of the post (08CASABLANCA104, sent in May, cites
    // CASABLANCA 270, which the release dates January 2008): there the
    // cable's year stands, though some are the year before (08TRIPOLI870
    // citing TRIPOLI 1033). Ambiguous; the margin is where the release's
    // own ids stop showing same-year readings.
    int unwritten_year(std::string_view code, std::string_view serial) const
    {
        if (code != cable_.post || cable_.serial.empty() || cable_.year <= 0) return cable_.year;
        long cited = number_value(serial), own = number_value(cable_.serial);
        return own >= 0 && cited > own + kOutOfTurnNumbers ? cable_.year - 1 : cable_.year;
    }

    // A post name followed by a number starts at k: the next reference.
    bool reference_starts_at(size_t k) const
    {
        if (k < t_.size() && t_[k].kind == Token::Mixed) return true; // "08TRIPOLI993", "BEIJING5237"
        auto post = post_at(k);
        return post && (num(post->end) || is(post->end, ":"));
    }

    // A date or time, not a serial: 9/12/03, 12:30, 17 MARCH, MARCH 17, 21-APR.
    bool date_or_time(size_t k) const
    {
        auto small = [&](size_t m) { return num(m) && t_[m].text.size() <= 2; };
        if ((is(k + 1, "/") || is(k + 1, "-")) && adjacent(k, k + 1) && (small(k) || small(k + 2))) return true;
        if (k >= 2 && (is(k - 1, "/") || is(k - 1, "-")) && adjacent(k - 1, k) && (small(k) || small(k - 2)))
            return true;
        if (is(k + 1, ":") && num(k + 2) && adjacent(k + 1, k + 2)) return true;
        if (word(k + 1) && (is_month_word(t_[k + 1].text) || t_[k + 1].text == "HOURS" || t_[k + 1].text == "HRS"))
            return true;
        if (k >= 1 && word(k - 1) && is_month_word(t_[k - 1].text)) return true;
        return false;
    }

    // The year written before a post name: "09 STATE", "(99) ROME", "2000 CAIRO".
    int year_before(size_t first)
    {
        if (first >= 1 && num(first - 1) && !used_[first - 1] && !date_or_time(first - 1)) {
            if (int y = year_value(t_[first - 1].text)) {
                used_[first - 1] = true;
                return y;
            }
        }
        if (first >= 3 && is(first - 1, ")") && num(first - 2) && is(first - 3, "(")) {
            if (int y = year_value(t_[first - 2].text)) {
                used_[first - 2] = true;
                return y;
            }
        }
        return 0;
    }

    // The year written after a serial: "ASUNCION 701 (08)", "AMMAN 07718 99",
    // "MOSCOW 03242 2008", "KINSHASA 123 '99" -- unless it begins the next
    // reference ("BRASILIA 709 (08) SAO PAULO 542", "1509 09 CARACAS 1491").
    // A year after the cable's own is no year of a reference.
    int year_after(size_t& k)
    {
        size_t at = 0, next = 0;
        if (is(k + 1, "(") && num(k + 2) && is(k + 3, ")")) at = k + 2, next = k + 4;
        else if (is(k + 1, "'") && num(k + 2)) at = k + 2, next = k + 3;
        else if (num(k + 1) && !date_or_time(k + 1)) at = k + 1, next = k + 2;
        if (at == 0 || used_[at]) return 0;
        int y = year_value(t_[at].text);
        if (y == 0 || (cable_.year > 0 && y > cable_.year) || reference_starts_at(next)) return 0;
        used_[at] = true;
        k = next - 1;
        return y;
    }

    // What begins an item of the list: nothing, "A.", "B)", "(C)", "1.", ";".
    bool item_starts_before(size_t k) const
    {
        if (k == 0) return true;
        if (is(k - 1, ";")) return true;
        if (is(k - 1, ".") || is(k - 1, ")") || is(k - 1, ":")) {
            if (k == 1) return true;
            const Token& m = t_[k - 2];
            bool marker = (m.kind == Token::Word && m.text.size() == 1) || (m.kind == Token::Number && m.text.size() <= 2);
            // "U.S.C. 2778": the last letter of an abbreviation is no item's letter.
            return marker && !(k >= 3 && t_[k - 3].kind == Token::Mark && t_[k - 3].text == "." && adjacent(k - 3, k - 2));
        }
        return false;
    }

    // What ends an item: the end, a separator, a note in parentheses, the next item's letter.
    bool item_ends_after(size_t k) const
    {
        if (k + 1 >= t_.size()) return true;
        const Token& n = t_[k + 1];
        if (n.kind == Token::Mark) return n.text != "/" && n.text != "-" && n.text != ":" && n.text != "'";
        if (n.kind == Token::Word && n.text.size() == 1) return is(k + 2, ".") || is(k + 2, ")");
        return n.kind == Token::Word && (n.text == "NOTAL" || n.text == "AND");
    }

    void read_number(size_t i)
    {
        if (k_prev_is(i, "'") || k_prev_is(i, "#") || date_or_time(i)) return;
        // "09 THE HAGUE 02...": a number cut short in a summary (one padded
        // with zeros, "THE HAGUE 0092...", is whole).
        bool cut = is(i + 1, ".") && adjacent(i, i + 1) && is(i + 2, ".") && adjacent(i + 1, i + 2);
        if (cut && !(t_[i].text.size() >= 4 && t_[i].text[0] == '0')) return;
        // "SAN JOSE 07 1963", "BOGOTA 04 12603": the year between post and serial.
        if (year_value(t_[i].text) && num(i + 1) && t_[i + 1].text.size() >= 2 && post_before(i)) return;

        size_t end = i; // the post's name ends before this
        int year_between = 0;
        if (end >= 1 && is(end - 1, ":")) --end; // "STATE: 347575"
        if (end >= 2 && num(end - 1) && !used_[end - 1]) {
            if (int y = year_value(t_[end - 1].text); y && post_before(end - 1)) {
                year_between = y;
                used_[end - 1] = true;
                --end;
            }
        }
        std::optional<Post> post;
        // "ABUJA NI 885", "MADRID SP 0307": a country code between post and serial.
        if (end >= 2 && word(end - 1) && t_[end - 1].text.size() == 2) post = post_before(end - 1, false);
        if (!post) post = post_before(end);
        if (!post && end >= 1 && t_[end - 1].kind == Token::Mixed) { // "01VATICAN 4258"
            const std::string& glued = t_[end - 1].text;
            if (glued.size() > 3 && is_digit(glued[0]) && is_digit(glued[1]) &&
                std::all_of(glued.begin() + 2, glued.end(), [](char c) { return is_upper(c); })) {
                if (auto code = release_post_code(std::string_view(glued).substr(2)); !code.empty()) {
                    used_[end - 1] = true;
                    read_serials(code, year_value(std::string_view(glued).substr(0, 2)), i);
                    return;
                }
            }
        }
        if (post) {
            int year = year_between ? year_between : year_before(post->first);
            read_serials(post->code, year, i);
            return;
        }
        read_unposted(i);
    }

    bool k_prev_is(size_t k, std::string_view s) const { return k >= 1 && is(k - 1, s) && adjacent(k - 1, k); }

    // The serial at i and those that share its post: "BRASILIA 2799 AND
    // 2764", "KABUL 936/935", "GUANGZHOU 11657 and 7743, 12155", "NEW DELHI
    // 6773-6779" (the two ends of a range: what lies between is not written).
    void read_serials(std::string_view code, int year, size_t i)
    {
        std::vector<std::string_view> serials{t_[i].text};
        used_[i] = true;
        size_t k = i;
        int written_after = year ? 0 : year_after(k);
        for (;;) {
            size_t sep = k + 1, n = k + 2;
            if (!num(n) || used_[n] || date_or_time(n) || reference_starts_at(n + 1) || post_at(n + 1)) break;
            size_t digits = t_[n].text.size();
            bool joined = (is(sep, "AND") || is(sep, "&")) && digits >= 2;
            joined |= is(sep, ",") && digits >= 3 && !year_value(t_[n].text);
            joined |= (is(sep, "/") || is(sep, "-")) && adjacent(k, sep) && adjacent(sep, n) && digits >= 3;
            if (!joined) break;
            serials.push_back(t_[n].text);
            used_[n] = true;
            k = n;
            if (!year && !written_after) written_after = year_after(k);
        }
        for (auto s : serials) add(code, year ? year : written_after ? written_after : unwritten_year(code, s), s);
    }

    // A number with no post before it: "870 ULAANBAATAR" (the serial before
    // its post), or a bare serial standing as an item of its own ("B. 8034").
    void read_unposted(size_t i)
    {
        const std::string& digits = t_[i].text;
        if (digits.size() < 3 || year_value(digits)) return; // "B. 2006" may be a year: no reading
        if (i >= 1 && (word(i - 1) || num(i - 1)) && !item_starts_before(i)) return;
        if (auto post = post_at(i + 1, false); post && !num(post->end) && !is(post->end, ":")) {
            used_[i] = true;
            size_t k = post->end - 1;
            int y = year_after(k);
            add(post->code, y ? y : unwritten_year(post->code, digits), digits);
            return;
        }
        if (!item_starts_before(i) || !item_ends_after(i)) return;
        // Which post a bare serial is of, as a careful reader takes it:
        // - after a reference of the cable's own post, that post and its year
        //   (ditto): "A. 2001 BOGOTA 00504 C. 02164 D. 05864 E. 11158" in
        //   04BOGOTA3628 lists 2001 cables in order, E above the cable's own
        //   serial;
        // - else the cable's own post, where the serial is below the cable's
        //   own ("B. 8034" in 00KINSHASA8381): a drafter leaves out only his
        //   own post's name;
        // - else, where it cannot be the cable's own post, the post and year
        //   of the reference before it ("A) STATE 85231 B) 87249" in
        //   04YEREVAN917);
        // - else, for a serial no post reaches in a year, the Department's
        //   ("REF: 168223" in 04BRATISLAVA760).
        // Otherwise it is left unread. Ambiguous where both of the first
        // two fit ("A) STATE 123456 B) 6307" in a cable numbered above
        // 6307): the cable's own post is taken.
        used_[i] = true;
        long value = number_value(digits);
        long own = cable_.serial.empty() ? -1 : number_value(cable_.serial);
        bool own_post_fits = !cable_.post.empty() && own >= 0 && value < own;
        if (last_ && (last_->first == cable_.post || !own_post_fits))
            add(std::string(last_->first), last_->second, digits); // a copy: add() replaces last_
        else if (own_post_fits) add(cable_.post, cable_.year, digits);
        else if (value >= kHighestPostSerial && cable_.post != "STATE") add("STATE", cable_.year, digits);
    }

    // Post and serial written as one word: "04TEGUCIGALPA232", "BEIJING5237".
    void read_glued(size_t i)
    {
        std::string_view tok = t_[i].text;
        if (looks_like_reference_id(tok)) {
            std::string_view written = post_code_of_id(tok);
            if (auto code = release_post_code(written); !code.empty()) {
                used_[i] = true;
                add(code, expand_two_digit_year((tok[0] - '0') * 10 + (tok[1] - '0')), tok.substr(2 + written.size()));
            }
            return;
        }
        size_t letters = 0;
        while (letters < tok.size() && is_upper(tok[letters])) ++letters;
        if (letters < 4 || letters == tok.size() ||
            !std::all_of(tok.begin() + static_cast<std::ptrdiff_t>(letters), tok.end(), [](char c) { return is_digit(c); }))
            return;
        std::string_view code = release_post_code(tok.substr(0, letters));
        if (code.empty()) return;
        used_[i] = true;
        int year = year_before(i);
        size_t k = i;
        if (!year) year = year_after(k);
        add(code, year ? year : unwritten_year(code, tok.substr(letters)), tok.substr(letters));
    }

    std::vector<Token> t_;
    std::vector<bool> used_;
    const ReferenceContext& cable_;
    std::optional<std::pair<std::string, int>>& last_;
    std::vector<std::string> out_;
};

} // namespace

std::vector<std::string> ReferenceResolver::read(std::string_view line)
{
    std::vector<Token> tokens = tokenize(line);
    prepare(tokens);
    return ListReader(std::move(tokens), cable_, last_).read();
}

std::vector<std::string> resolve_references(std::string_view ref_text, const ReferenceContext& cable)
{
    return ReferenceResolver(cable).read(ref_text);
}

std::vector<std::string> resolve_references(std::string_view ref_text, int cable_year)
{
    ReferenceContext cable;
    cable.year = cable_year;
    return resolve_references(ref_text, cable);
}

void resolve_reference_lines(Cable& cable)
{
    ReferenceContext self;
    self.year = cable.year();
    if (looks_like_reference_id(cable.id)) {
        self.post = post_code_of_id(cable.id);
        self.serial = std::string_view(cable.id).substr(2 + self.post.size());
    }
    ReferenceResolver resolver(self);
    for (const auto& line : cable.reference_lines) {
        cable.references_by_line.push_back(resolver.read(line));
        for (const auto& id : cable.references_by_line.back())
            if (std::find(cable.references.begin(), cable.references.end(), id) == cable.references.end())
                cable.references.push_back(id);
    }
}

} // namespace cablesearch
