#pragma once
// The routing header of a telegram: the date-time group line with its
// precedence, FM/TO/INFO addressees and the transmission lines around them.

#include "model/Cable.h"

#include <optional>
#include <string>
#include <string_view>

namespace cablesearch {

struct DateTimeGroupLine {
    std::string precedence;   // ROUTINE, PRIORITY, IMMEDIATE, FLASH
    std::string group;        // 010741Z FEB 07
    DateTime date;
};

// "R 010741Z FEB 07", "P 191338Z MAR 09", OCR'd "0 241208Z OCT 79".
std::optional<DateTimeGroupLine> parse_date_time_group_line(std::string_view line);

// "RUEHC/SECSTATE WASHDC PRIORITY 2293" -> {SECSTATE WASHDC, PRIORITY}.
Addressee parse_addressee(std::string_view text);

// VZCZC..., "DE RUEHCN #0032/01 0320741", "ZNY CCCCC ZZH", "RR RUEHGH RUEHVC", BT.
bool is_transmission_line(std::string_view line);

// The level a "ZNY CCCCC ZZH" transmission line sends the cable under
// (UUUUU and the encrypted-unclassified EEEEE are UNCLASSIFIED); empty for
// any other line.
std::string transmission_level(std::string_view line);

// The precedence letter(s) of a date-time group line -> the word.
std::string precedence_word(std::string_view letters);

} // namespace cablesearch
