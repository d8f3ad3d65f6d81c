#pragma once
// The routing header of a telegram: the date-time group line with its
// precedence, FM/TO/INFO addressees and the transmission lines around them.

#include "model/Cable.h"
#include "parse/CableHints.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// A line of routing indicators alone: "RUEHTRO", "RUEHAST RUEHDH RUEHHM".
bool is_routing_indicator_line(std::string_view line);

// The level a "ZNY CCCCC ZZH" transmission line sends the cable under
// (UUUUU and the encrypted-unclassified EEEEE are UNCLASSIFIED); empty for
// any other line.
std::string transmission_level(std::string_view line);

// The precedence letter(s) of a date-time group line -> the word.
std::string precedence_word(std::string_view letters);

// The level of the last "ZNY CCCCC" transmission line among lines; empty
// when none names one.
std::string last_transmission_level(const std::vector<std::string_view>& lines);

// A line that can be an addressee: in capitals, no date, no page break, no
// record field ("refid: ..."), no transmission line, no office distribution
// ("LOG-00 NP-00 ACQ-00").
bool is_addressee_line(std::string_view line);

// One addressee line's addressees: one, or two where a copy ran the next
// onto it ("AMEMBASSY LA PAZ MAR LIMA 3401").
std::vector<Addressee> parse_addressees(std::string_view text);

// FM, TO and INFO lines and the addressee lines under TO and INFO, read
// into origin_raw, to and info. The posts listed after XMT (exempted from a
// collective) are no addressees.
class AddresseeReader {
public:
    // "FM AMEMBASSY ROME", "TO RUEHC/SECSTATE WASHDC 1234", "INFO ...".
    bool take_line(std::string_view line, Cable& cable);
    // A line under TO or INFO while that list is open: one more addressee.
    bool take_continuation(std::string_view line, Cable& cable);
    // A blank line or another kind of line ends the list.
    void close() { list_ = List::None; }

private:
    enum class List { None, To, Info, Exempt };
    List list_ = List::None;
    void add(std::string_view text, std::vector<Addressee>& list);
};

// The cable's date: the date-time group has the real minute; the container's
// date otherwise. A cable without a date-time group, partial notice or FM line
// lost its routing header: partial.
void settle_date(Cable& cable, const std::optional<DateTimeGroupLine>& group, const CableHints& hints);

} // namespace cablesearch
