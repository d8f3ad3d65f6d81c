#include "WordScanner.h"

#include <xapian.h>

namespace cablesearch {

namespace {

using Xapian::Utf8Iterator;
namespace U = Xapian::Unicode;

// An infix character Xapian drops from the term but joins across
// (zero-width spaces and joiners).
constexpr unsigned kJoinSilently = 0xFFFFFFFFu;

// Most of a cable is ASCII: those characters are classified here directly,
// the rest by Xapian's own Unicode tables.
bool is_word(unsigned ch)
{
    if (ch < 0x80) return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    return U::is_wordchar(ch);
}
unsigned lower(unsigned ch)
{
    if (ch < 0x80) return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    return U::tolower(ch);
}
unsigned word_char(unsigned ch) { return is_word(ch) ? lower(ch) : 0; }
void append(std::string& s, unsigned ch)
{
    if (ch < 0x80) s.push_back(static_cast<char>(ch));
    else U::append_utf8(s, ch);
}

// Xapian looks for initials in ASCII capitals only.
bool is_capital(unsigned ch) { return ch >= 'A' && ch <= 'Z'; }

bool is_digit(unsigned ch)
{
    if (ch < 0x80) return ch >= '0' && ch <= '9';
    return U::get_category(ch) == U::DECIMAL_DIGIT_NUMBER;
}

bool is_invisible(unsigned ch) { return ch >= 0x200b && (ch <= 0x200d || ch == 0x2060 || ch == 0xfeff); }

// Between two letters: AT&T, women's, women’s (stored with a plain apostrophe).
unsigned infix_between_letters(unsigned ch)
{
    if (ch == '\'' || ch == '&' || ch == 0xb7 || ch == 0x5f4 || ch == 0x2027) return ch;
    if (ch == 0x2019 || ch == 0x201b) return '\'';
    if (is_invisible(ch)) return kJoinSilently;
    return 0;
}

// Between two digits: 1.4, 4,893, 2;3.
unsigned infix_between_digits(unsigned ch)
{
    switch (ch) {
    case ',': case '.': case ';': case 0x037e: case 0x0589: case 0x060d: case 0x07f8: case 0x2044: case 0xfe10:
    case 0xfe13: case 0xfe14:
        return ch;
    default:
        return is_invisible(ch) ? kJoinSilently : 0;
    }
}

// A character position in the text, decoded as Utf8Iterator decodes
// (invalid bytes come one by one), ASCII without the round trip.
class Cursor {
public:
    Cursor(std::string_view text, size_t at) : text_(text), at_(at) { decode(); }
    bool done() const { return at_ >= text_.size(); }
    unsigned operator*() const { return ch_; }
    Cursor& operator++()
    {
        at_ += length_;
        decode();
        return *this;
    }
    size_t offset() const { return at_; }

private:
    void decode()
    {
        if (at_ >= text_.size()) {
            ch_ = 0;
            length_ = 0;
            return;
        }
        unsigned char b = static_cast<unsigned char>(text_[at_]);
        if (b < 0x80) {
            ch_ = b;
            length_ = 1;
            return;
        }
        Utf8Iterator it(text_.data() + at_, text_.size() - at_);
        ch_ = *it;
        ++it;
        length_ = it == Utf8Iterator() ? text_.size() - at_ : static_cast<size_t>(it.raw() - (text_.data() + at_));
    }
    std::string_view text_;
    size_t at_;
    unsigned ch_ = 0;
    size_t length_ = 0;
};

} // namespace

void scan_words(std::string_view text, const std::function<void(const std::string&, size_t, size_t)>& found,
                std::string_view initials)
{
    Cursor it(text, 0);
    std::string term;
    while (true) {
        while (!it.done() && !is_word(*it)) ++it;
        if (it.done()) return;
        size_t begin = it.offset();
        term.clear();

        // Initials with dots (U.S., E.O.) make one term; a trailing dot or
        // none at all is the same.
        if (is_capital(*it)) {
            Cursor p = it;
            do {
                append(term, lower(*p));
                ++p;
            } while (!p.done() && *p == '.' && !(++p).done() && is_capital(*p));
            if (term.size() > 1 && (p.done() || !is_word(*p))) {
                it = p;
                found(term, begin, it.offset());
                continue;
            }
            term.clear();
        }

        unsigned ch = word_char(*it);
        bool keep = initials.empty() || ch >= 0x80 || initials.find(static_cast<char>(ch)) != std::string_view::npos;
        bool at_end = false;
        while (true) {
            unsigned prev;
            do {
                if (keep) append(term, ch);
                prev = ch;
                ++it;
                if (it.done()) {
                    at_end = true;
                    break;
                }
                ch = word_char(*it);
            } while (ch);
            if (at_end) break;
            Cursor next = it;
            ++next;
            if (next.done()) break;
            unsigned next_ch = word_char(*next);
            if (!next_ch) break;
            unsigned infix = is_digit(prev) && is_digit(*next) ? infix_between_digits(*it) : infix_between_letters(*it);
            if (!infix) break;
            if (!keep && infix == '\'' && (next_ch >= 0x80 || initials.find(static_cast<char>(next_ch)) != std::string_view::npos)) {
                // d'estaing: the part after the apostrophe is indexed too, and may match.
                keep = true;
                term.assign(1, '\'');
            } else if (infix != kJoinSilently && keep) {
                append(term, infix);
            }
            ch = next_ch;
            it = next;
        }
        size_t word_end = it.offset();
        if (!at_end) {
            // C++, C#: up to three of them belong to the word, unless a word
            // character follows (fish+chips is two words).
            size_t length = term.size();
            unsigned count = 0;
            Cursor p = it;
            while (!p.done() && (*p == '+' || *p == '#') && count < 4) {
                ++count;
                if (count > 3) break;
                if (keep) append(term, *p);
                ++p;
            }
            if (count > 0 && count <= 3 && (p.done() || !is_word(*p))) {
                it = p;
                word_end = it.offset();
            } else {
                term.resize(length);
            }
        }
        found(term, begin, word_end);
    }
}

} // namespace cablesearch
