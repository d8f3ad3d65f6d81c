#include "WordScanner.h"

#include <xapian.h>

namespace cablesearch {

namespace {

using Xapian::Utf8Iterator;
namespace U = Xapian::Unicode;

// An infix character Xapian drops from the term but joins across
// (zero-width spaces and joiners).
constexpr unsigned kJoinSilently = 0xFFFFFFFFu;

unsigned word_char(unsigned ch) { return U::is_wordchar(ch) ? U::tolower(ch) : 0; }

// Xapian looks for initials in ASCII capitals only.
bool is_capital(unsigned ch) { return ch >= 'A' && ch <= 'Z'; }

bool is_digit(unsigned ch) { return U::get_category(ch) == U::DECIMAL_DIGIT_NUMBER; }

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

} // namespace

void scan_words(std::string_view text, const std::function<void(const std::string&, size_t, size_t)>& found)
{
    const char* base = text.data();
    const Utf8Iterator end;
    Utf8Iterator it(base, text.size());
    auto offset = [&](const Utf8Iterator& i) { return i == end ? text.size() : static_cast<size_t>(i.raw() - base); };
    std::string term;
    while (true) {
        while (it != end && !U::is_wordchar(*it)) ++it;
        if (it == end) return;
        size_t begin = offset(it);
        term.clear();

        // Initials with dots (U.S., E.O.) make one term; a trailing dot or
        // none at all is the same.
        if (is_capital(*it)) {
            Utf8Iterator p = it;
            do {
                U::append_utf8(term, U::tolower(*p));
                ++p;
            } while (p != end && *p == '.' && ++p != end && is_capital(*p));
            if (term.size() > 1 && (p == end || !U::is_wordchar(*p))) {
                it = p;
                found(term, begin, offset(it));
                continue;
            }
            term.clear();
        }

        unsigned ch = word_char(*it);
        bool at_end = false;
        while (true) {
            unsigned prev;
            do {
                U::append_utf8(term, ch);
                prev = ch;
                ++it;
                if (it == end) {
                    at_end = true;
                    break;
                }
                ch = word_char(*it);
            } while (ch);
            if (at_end) break;
            Utf8Iterator next = it;
            ++next;
            if (next == end) break;
            unsigned next_ch = word_char(*next);
            if (!next_ch) break;
            unsigned infix = is_digit(prev) && is_digit(*next) ? infix_between_digits(*it) : infix_between_letters(*it);
            if (!infix) break;
            if (infix != kJoinSilently) U::append_utf8(term, infix);
            ch = next_ch;
            it = next;
        }
        size_t word_end = offset(it);
        if (!at_end) {
            // C++, C#: up to three of them belong to the word, unless a word
            // character follows (fish+chips is two words).
            size_t length = term.size();
            unsigned count = 0;
            Utf8Iterator p = it;
            while (p != end && (*p == '+' || *p == '#') && count < 4) {
                ++count;
                if (count > 3) break;
                U::append_utf8(term, *p);
                ++p;
            }
            if (count > 0 && count <= 3 && (p == end || !U::is_wordchar(*p))) {
                it = p;
                word_end = offset(it);
            } else {
                term.resize(length);
            }
        }
        found(term, begin, word_end);
    }
}

} // namespace cablesearch
