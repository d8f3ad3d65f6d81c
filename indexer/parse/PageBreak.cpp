#include "parse/PageBreak.h"

#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

bool is_page_break_line(std::string_view line)
{
    // POST-WORDS 8-DIGIT-SERIAL NNN[.N] OF NNN
    std::string_view t = trim(line);
    // Every line of a cable comes here: most fail these cheap tests.
    if (t.size() < 16 || !is_digit(t.back()) || t.find(" OF ") == std::string_view::npos) return false;
    auto words = split_any(t, " \t");
    if (words.size() < 4 || words[words.size() - 2] != "OF") return false;
    auto total = words.back();
    auto page = words[words.size() - 3];
    auto serial = words[words.size() - 4];
    auto all_digits = [](std::string_view w, bool allow_dot) {
        if (w.empty()) return false;
        for (char c : w)
            if (!is_digit(c) && !(allow_dot && c == '.')) return false;
        return true;
    };
    if (!all_digits(total, false) || !all_digits(page, true) || !all_digits(serial, false) || serial.size() < 6)
        return false;
    for (size_t i = 0; i + 4 < words.size(); ++i)
        for (char c : words[i])
            if (!is_upper(c)) return false;
    return words.size() > 4;
}

} // namespace cablesearch
