#pragma once
// Page-break lines that the telegram system printed inside the text:
// "CHENGDU 00000032 001.2 OF 002", "DUBAI 00000059  002.2 OF 002".

#include <cstddef>
#include <optional>
#include <string_view>

namespace cablesearch {

bool is_page_break_line(std::string_view line);

// A page-break marker inside a line whose line breaks were lost ("... the
// United Kingdom. LONDON 00000092  001.3 OF 012   1.  In response"): where it
// starts and ends, searching from `from`; nullopt when there is none.
struct PageBreakSpan {
    size_t begin = 0, end = 0;
};
std::optional<PageBreakSpan> find_page_break(std::string_view line, size_t from = 0);

} // namespace cablesearch
