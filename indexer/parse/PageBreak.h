#pragma once
// Page-break lines that the telegram system printed inside the text:
// "CHENGDU 00000032 001.2 OF 002", "DUBAI 00000059  002.2 OF 002".

#include <string_view>

namespace cablesearch {

bool is_page_break_line(std::string_view line);

} // namespace cablesearch
