#include "parse/RoutingHeader.h"

#include "parse/Dates.h"
#include "parse/PostNames.h"
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
    // Trailing serial number ("2593-2599": one for each section), then precedence words.
    while (!words.empty() && is_digit(words.back()[0]) &&
           std::all_of(words.back().begin(), words.back().end(), [](char c) { return is_digit(c) || c == '-'; }))
        words.pop_back();
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

namespace {

bool has_date(std::string_view t)
{
    // "2006-03-09 22:28:00", "9/27/2007 14:05", "Friday, 23 February 2007,
    // 11:41": three numbers joined by / - or ., or a time. A serial range
    // ("IMMEDIATE 2593-2599") is no date.
    for (size_t i = 0; i < t.size(); ++i) {
        if (!is_digit(t[i]) || (i > 0 && is_digit(t[i - 1]))) continue;
        size_t groups = 0, j = i;
        for (;;) {
            size_t start = j;
            while (j < t.size() && is_digit(t[j])) ++j;
            if (j == start) break;
            ++groups;
            if (j + 1 < t.size() && t[j] == ':' && is_digit(t[j + 1]) && j - start <= 2) return true;
            if (j + 1 < t.size() && (t[j] == '/' || t[j] == '-' || t[j] == '.') && is_digit(t[j + 1])) ++j;
            else break;
        }
        if (groups >= 3) return true;
        i = j;
    }
    static constexpr std::string_view days[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                                "SATURDAY", "SUNDAY"};
    std::string u = upper(t);
    return std::any_of(std::begin(days), std::end(days), [&](auto d) { return u.starts_with(d); });
}

// "LOG-00 NP-00 ACQ-00", "NFAT-00 SAS-00 /006W", "------------------8A8E0D
// 271459Z /38": the receiving office's distribution of the telegram, printed
// above or under its addressees. Its codes are offices, not addressees.
bool is_office_distribution(std::string_view t)
{
    auto words = split_any(t, " ");
    size_t codes = 0;
    for (auto w : words) {
        size_t dash = w.rfind('-');
        bool office = dash != std::string_view::npos && dash > 0 && dash + 3 == w.size() && is_digit(w[dash + 1]) &&
                      is_digit(w[dash + 2]);
        bool total = w.size() >= 4 && w[0] == '/' && w.back() == 'W' &&
                     std::all_of(w.begin() + 1, w.end() - 1, is_digit);
        if (office || total) ++codes;
    }
    return codes > 0 && codes * 2 >= words.size();
}

} // namespace

bool is_addressee_line(std::string_view line)
{
    std::string_view t = trim(line);
    if (t.starts_with('/')) t.remove_prefix(1); // "/USDELMC BRUSSELS BE//POUCH": the indicator's slash wrapped
    if (t.empty() || !(is_upper(t[0]) || is_digit(t[0]))) return false;
    // Addressees are written in capitals: "Embassy Mexico", "Cable dated:...",
    // "refid: 06MEXICO1311" are a database record run on below them.
    if (std::any_of(t.begin(), t.end(), is_lower)) return false;
    // "REFID:", "MISC:", "DESTINATION: ..." as the first word: a record's field.
    size_t first_end = t.find(' ');
    std::string_view first = t.substr(0, first_end);
    if (first.ends_with(':')) return false;
    // "55988": a record number; "06MEXICO1311": an id ("39ABG INCIRLIK AB TU"
    // and "CDR650THMIGP SHAPE BE" are units).
    if (std::all_of(first.begin(), first.end(), is_digit)) return false;
    if (first.size() > 4 && is_digit(first[0]) && is_digit(first[1]) && is_digit(first.back()) &&
        std::all_of(first.begin(), first.end(), is_alnum))
        return false;
    if (has_date(t) || is_office_distribution(t) || is_transmission_line(t) || parse_date_time_group_line(t))
        return false;
    // "PAGE 02 HARARE 05461 01 OF 02 271458Z", "TRIPOLI 00000402 001.2 OF 003"
    if ((first == "PAGE" && first_end != std::string_view::npos) || t.find(" OF 0") != std::string_view::npos)
        return false;
    // "O 111559Z MAR": a date-time group cut short.
    auto words = split_any(t, " ");
    if (words.size() >= 2 && words[0].size() <= 2 && words[1].size() == 7 && words[1].back() == 'Z') return false;
    // A classification banner: "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL".
    if (first.starts_with("UNCLASSIFIED") || first.starts_with("CONFIDENTIAL") || first.starts_with("SECRET") ||
        first == "UNCLAS")
        return false;
    return true;
}

std::vector<Addressee> parse_addressees(std::string_view text)
{
    Addressee one = parse_addressee(text);
    // "AMEMBASSY LA PAZ MAR LIMA 3401": the release's copies of cables to La
    // Paz put a month after its name and ran the next addressee on (Lima's
    // serial 3401 follows 3398 on the line after). A careful reader writes
    // two addressees: AMEMBASSY LA PAZ and AMEMBASSY LIMA, the second's office
    // read from the release's name of its post (AMCONSUL RIO DE JANEIRO).
    auto words = split_any(one.name, " ");
    for (size_t i = 2; i < words.size(); ++i) {
        if (words[i].size() != 3 || month_from_abbreviation(words[i]) == 0) continue;
        if (!(words[i - 2] == "LA" && words[i - 1] == "PAZ")) continue;
        std::string before, after;
        for (size_t k = 0; k < i; ++k) before += (before.empty() ? "" : " ") + std::string(words[k]);
        for (size_t k = i + 1; k < words.size(); ++k) after += (after.empty() ? "" : " ") + std::string(words[k]);
        std::vector<Addressee> out{{before, {}}};
        if (!after.empty()) {
            std::string name = post_name_for_code(post_code_of(after));
            std::string office = name.starts_with("Consulate") ? "AMCONSUL" : name.starts_with("Embassy") ? "AMEMBASSY"
                                                                                                           : "";
            bool has_office = after.starts_with("AM") || after.starts_with("US") || after.starts_with("DEA");
            out.push_back({office.empty() || has_office ? after : office + " " + after, one.precedence});
        } else {
            out[0].precedence = one.precedence;
        }
        return out;
    }
    return {one};
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
        add(t.substr(3), cable.to);
        return true;
    }
    if (t.starts_with("INFO ")) {
        // "INFO  LOG-00 NP-00 ...": the receiving office's distribution
        // above the FM line, no list of addressees.
        if (is_office_distribution(t.substr(5))) {
            list_ = List::None;
            return true;
        }
        list_ = List::Info;
        add(t.substr(5), cable.info);
        return true;
    }
    return false;
}

void AddresseeReader::add(std::string_view text, std::vector<Addressee>& list)
{
    if (!is_addressee_line(text)) return;
    // "XMT AMCONSUL AUCKLAND": the posts a collective is not sent to.
    if (trim(text).starts_with("XMT ")) {
        list_ = List::Exempt;
        return;
    }
    for (auto& a : parse_addressees(text)) list.push_back(std::move(a));
}

bool AddresseeReader::take_continuation(std::string_view t, Cable& cable)
{
    if (list_ == List::None) return false;
    // Page breaks, dates, record fields ("ID:247169 Cable dated:...", a copy's
    // record run on below the addressees), transmission lines: the list is over.
    if (!is_addressee_line(t)) {
        close();
        return false;
    }
    if (list_ == List::Exempt) return true;
    if (t.starts_with("XMT ")) {
        list_ = List::Exempt;
        return true;
    }
    for (auto& a : parse_addressees(t)) (list_ == List::To ? cable.to : cable.info).push_back(std::move(a));
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
