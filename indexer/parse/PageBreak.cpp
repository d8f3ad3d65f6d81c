#include "parse/PageBreak.h"

#include "parse/PostCodes.h"
#include "parse/TextScan.h"

#include <string>
#include <vector>

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

std::optional<PageBreakSpan> find_page_break(std::string_view s, size_t from)
{
    // POST 8-DIGIT-SERIAL NNN[.N] OF NNN, found from its " OF ".
    for (size_t of = s.find(" OF ", from); of != std::string_view::npos; of = s.find(" OF ", of + 1)) {
        size_t page = of;
        while (page > 0 && (is_digit(s[page - 1]) || s[page - 1] == '.')) --page;
        if (of - page < 3) continue;
        size_t gap = page;
        while (gap > 0 && is_space(s[gap - 1])) --gap;
        size_t serial = gap;
        while (serial > 0 && is_digit(s[serial - 1])) --serial;
        if (gap == page || gap - serial != 8) continue;
        size_t post_end = serial;
        while (post_end > 0 && is_space(s[post_end - 1])) --post_end;
        // The post: one to four upper-case words before the serial, as many
        // as name a post of the release ("HO CHI MINH CITY"), else one
        // ("... TOWARDS RECESSION LONDON 00002217": LONDON).
        std::vector<size_t> starts; // word starts, nearest first
        for (size_t at = post_end; starts.size() < 4;) {
            size_t b = at;
            while (b > 0 && is_upper(s[b - 1])) --b;
            if (b == at || (b > 0 && !is_space(s[b - 1]))) break;
            starts.push_back(b);
            at = b;
            while (at > 0 && is_space(s[at - 1])) --at;
        }
        if (starts.empty()) continue;
        size_t post = starts.front();
        for (size_t k = starts.size(); k > 1; --k) {
            std::string code;
            for (char c : s.substr(starts[k - 1], post_end - starts[k - 1]))
                if (is_upper(c)) code.push_back(c);
            if (is_release_post_code(code)) {
                post = starts[k - 1];
                break;
            }
        }
        if (post < from) continue;
        size_t total = of + 4;
        while (total < s.size() && is_space(s[total])) ++total;
        size_t end = total;
        while (end < s.size() && is_digit(s[end])) ++end;
        if (end == total) continue;
        return PageBreakSpan{post, end};
    }
    return std::nullopt;
}

} // namespace cablesearch
