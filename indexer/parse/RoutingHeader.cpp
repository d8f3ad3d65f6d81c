#include "parse/RoutingHeader.h"

#include "parse/Dates.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

std::string precedence_word(std::string_view letters)
{
    if (letters.empty()) return {};
    switch (letters[0]) {
    case 'R': return "ROUTINE";
    case 'P': return "PRIORITY";
    case 'O':
    case '0': return "IMMEDIATE";
    case 'Z': return "FLASH";
    default: return {};
    }
}

namespace {

// "O", "PP", OCR'd "0": one precedence of the date-time group line.
bool is_precedence_token(std::string_view w)
{
    return !w.empty() && w.size() <= 2 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c == 'R' || c == 'P' || c == 'O' || c == 'Z' || c == '0'; });
}

} // namespace

std::optional<DateTimeGroupLine> parse_date_time_group_line(std::string_view line)
{
    // A group ends in Z right after its digits (or OCR'd O's): a cheap test first.
    bool has_zulu = false;
    for (size_t i = 1; i < line.size() && !has_zulu; ++i)
        has_zulu = (line[i] == 'Z' || line[i] == 'z') && (is_digit(line[i - 1]) || line[i - 1] == 'O');
    if (!has_zulu) return std::nullopt;
    auto words = split_any(trim(line), " \t");
    if (words.size() < 3) return std::nullopt;
    // Action and info precedence ("O P 121407Z DEC 07"); the first is the cable's.
    size_t first = 0;
    while (first < 2 && first < words.size() && is_precedence_token(words[first])) ++first;
    if (words.size() - first < 3) return std::nullopt;
    // After a precedence, service notes may follow the group ("ZDK CITE RUEHSD 0080");
    // a bare group line stays short, so prose never passes for one.
    if (first == 0 && words.size() > 5) return std::nullopt;
    std::string group = std::string(words[first]) + " " + std::string(words[first + 1]) + " " + std::string(words[first + 2]);
    auto date = parse_date_time_group(group);
    if (!date) return std::nullopt;
    return DateTimeGroupLine{first ? precedence_word(words[0]) : std::string{}, group, *date};
}

Addressee parse_addressee(std::string_view text)
{
    std::string_view t = trim(text);
    if (starts_with_ci(t, "TO ")) t = trim(t.substr(3));
    else if (starts_with_ci(t, "INFO ")) t = trim(t.substr(5));
    // Routing indicator: RUEHC/, RHEHAAA/, RUCNIRA/
    size_t slash = t.find('/');
    if (slash != std::string_view::npos && slash >= 4 && slash <= 8 &&
        std::all_of(t.begin(), t.begin() + slash, is_upper))
        t = t.substr(slash + 1);
    auto words = split_any(t, " \t");
    // Trailing serial number, then precedence words.
    while (!words.empty() && std::all_of(words.back().begin(), words.back().end(), is_digit)) words.pop_back();
    Addressee out;
    static constexpr std::string_view kPrecedences[] = {"ROUTINE", "PRIORITY", "IMMEDIATE", "FLASH", "NIACT"};
    while (!words.empty() &&
           std::find(std::begin(kPrecedences), std::end(kPrecedences), words.back()) != std::end(kPrecedences)) {
        out.precedence = out.precedence.empty() ? std::string(words.back())
                                                : std::string(words.back()) + " " + out.precedence;
        words.pop_back();
    }
    for (auto w : words) {
        if (!out.name.empty()) out.name.push_back(' ');
        out.name.append(w);
    }
    return out;
}

std::string transmission_level(std::string_view line)
{
    // "ZNY CCCCC ZZH": the letters repeat the classification the cable was sent under.
    std::string_view t = trim(line);
    if (!(t.starts_with("ZNY ") || t.starts_with("ZNR ")) || t.size() < 5) return {};
    switch (t[4]) {
    case 'U':
    case 'E': return "UNCLASSIFIED";
    case 'C': return "CONFIDENTIAL";
    case 'S': return "SECRET";
    case 'T': return "TOP SECRET";
    default: return {};
    }
}

bool is_transmission_line(std::string_view line)
{
    std::string_view t = trim(line);
    if (t.starts_with("VZCZC") || t.starts_with("ZNY ") || t.starts_with("ZNR ") || t == "BT" || t == "NNNN" ||
        t.starts_with("DE RUE") || t.starts_with("DE RHE"))
        return true;
    // Precedence and routing indicators: "RR RUEHGH RUEHVC", "PP RUEHBC".
    if (t.size() < 8 || t[2] != ' ') return false;
    auto words = split_any(t, " ");
    if (words.size() >= 2 && words[0].size() == 2 &&
        std::all_of(words[0].begin(), words[0].end(), [](char c) { return c == 'R' || c == 'P' || c == 'O' || c == 'Z'; }))
        return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
            return w.size() >= 5 && w.size() <= 8 && (w.starts_with("RU") || w.starts_with("RH")) &&
                   std::all_of(w.begin(), w.end(), is_upper);
        });
    return false;
}

bool is_routing_indicator_line(std::string_view line)
{
    auto words = split_any(trim(line), " ");
    return !words.empty() && std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return w.size() >= 5 && w.size() <= 8 && (w.starts_with("RU") || w.starts_with("RH")) &&
               std::all_of(w.begin(), w.end(), is_upper);
    });
}

std::string last_transmission_level(const std::vector<std::string_view>& lines)
{
    std::string level;
    for (auto line : lines)
        if (auto l = transmission_level(line); !l.empty()) level = std::move(l);
    return level;
}

bool AddresseeReader::take_line(std::string_view t, Cable& cable)
{
    if (t.starts_with("FM ")) {
        cable.origin_raw = collapse_spaces(t.substr(3));
        list_ = List::None;
        return true;
    }
    if (t.starts_with("TO ")) {
        list_ = List::To;
        cable.to.push_back(parse_addressee(t));
        return true;
    }
    if (t.starts_with("INFO ")) {
        list_ = List::Info;
        cable.info.push_back(parse_addressee(t));
        return true;
    }
    return false;
}

bool AddresseeReader::take_continuation(std::string_view t, Cable& cable)
{
    if (list_ == List::None) return false;
    // "ID:247169 Cable dated:2010-02-04T10:15:00" run on below the addressees
    // by a copy: addressees are upper case and have no field colon.
    if (t.find(':') != std::string_view::npos && std::any_of(t.begin(), t.end(), is_lower)) return false;
    (list_ == List::To ? cable.to : cable.info).push_back(parse_addressee(t));
    return true;
}

void settle_date(Cable& cable, const std::optional<DateTimeGroupLine>& group, const CableHints& hints)
{
    if (group) {
        cable.date = group->date;
        cable.date_time_group = group->group;
        cable.precedence = group->precedence;
    } else if (hints.date) {
        cable.date = hints.date;
    }
    if (!group && !cable.partial && cable.origin_raw.empty()) cable.partial = true;
}

} // namespace cablesearch
