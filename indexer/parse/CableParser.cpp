#include "parse/CableParser.h"

#include "parse/Classification.h"
#include "parse/Dates.h"
#include "parse/GluedFields.h"
#include "parse/PageBreak.h"
#include "parse/Paragraphs.h"
#include "parse/PostNames.h"
#include "parse/ReferenceIds.h"
#include "parse/RoutingHeader.h"
#include "parse/TagList.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

enum class Field { None, Addressees, Subject, References, ClassifiedBy, Tags, ExecutiveOrder };

// Unknown lines read after the first header field before the body is taken
// to start at the first of them: header notes ("DEPT FOR ...") and the debris
// of copies sit between the fields, so the search for the SUBJECT goes on.
constexpr size_t kHeaderNoteReach = 30;
// After the SUBJECT only REF and Classified By can follow, soon ("ROME FOR
// DEMPSEY" may stand between): else the unknown line began the body.
constexpr size_t kNoteReachAfterSubject = 10;

// "SY, IS" wrapping a TAGS line, or a TAGS line whose keyword was lost:
// short upper-case words and commas, nothing else.
bool looks_like_tag_list(std::string_view s)
{
    if (s.find(',') == std::string_view::npos || s.size() > 120) return false;
    auto words = split_any(s, " ,");
    size_t short_words = 0;
    for (auto w : words) {
        if (w.size() < 2 || w.size() > 11) return false;
        for (char c : w)
            if (!(is_upper(c) || is_digit(c) || c == '-')) return false;
        if (w.size() <= 4) ++short_words;
    }
    // Tags are mostly country and subject codes of two to four letters.
    return short_words * 2 >= words.size();
}

// "SUBJECT:", "SUBJ:", "REF:", ... -> the value after the colon.
bool take_field(std::string_view line, std::initializer_list<std::string_view> names, std::string_view& value)
{
    for (auto name : names) {
        if (!starts_with_ci(line, name)) continue;
        std::string_view rest = line.substr(name.size());
        rest = trim_left(rest);
        if (rest.starts_with(':')) rest.remove_prefix(1);
        else if (!(name.back() == ':')) {
            // "SUBJECT -" or "REF A." only when the keyword is followed by a separator.
            if (!rest.empty() && is_alnum(rest[0]) && rest.size() == line.size() - name.size()) continue;
        }
        value = trim(rest);
        return true;
    }
    return false;
}

// "B. ANKARA 814", "¶B. ...", "(C) STATE 1234"
bool is_reference_list_item(std::string_view s)
{
    if (s.starts_with("\xC2\xB6")) s = trim_left(s.substr(2));
    if (s.starts_with('(')) s.remove_prefix(1);
    if (s.size() < 2 || !is_upper(s[0]) || !(s[1] == '.' || s[1] == ')')) return false;
    // "(U) CLASSIFIED BY ...": a paragraph marking, not item U.
    return !starts_with_ci(trim_left(s.substr(2)), "CLASSIFIED");
}

// "(U) Classified By: ..." -> "Classified By: ..."
std::string_view without_marking(std::string_view t)
{
    if (!t.starts_with('(')) return t;
    size_t close = t.find(')');
    return close != std::string_view::npos && close <= 6 ? trim_left(t.substr(close + 1)) : t;
}

// The next line with text on it starts with prefix.
bool next_line_starts_with(const std::vector<std::string_view>& lines, size_t i, std::string_view prefix)
{
    for (size_t k = i + 1; k < lines.size(); ++k) {
        std::string_view t = trim(lines[k]);
        if (!t.empty()) return t.starts_with(prefix);
    }
    return false;
}

// Where the telegram begins: its date-time group line when an FM line follows
// it. Copies forwarded by e-mail or printed under a summary sheet carry a
// classification, TAGS and Subject of their own above it; those lines are not
// the cable's header.
size_t telegram_start(const std::vector<std::string_view>& lines)
{
    constexpr size_t kRoutingHeaderReach = 120;
    for (size_t i = 0; i < lines.size() && i < kRoutingHeaderReach; ++i) {
        std::string_view t = trim(lines[i]);
        if (t.empty() || !(is_digit(t[0]) || is_upper(t[0]))) continue;
        if (parse_date_time_group_line(t) && next_line_starts_with(lines, i, "FM ")) return i;
        if (match_paragraph_start(t)) break; // the body has begun: no routing header
    }
    return 0;
}

// Database exports end every line of a record with a backslash ("FM
// AMEMBASSY BERN \\"): when most lines do, the backslashes go.
void strip_continuation_backslashes(std::vector<std::string_view>& lines)
{
    size_t text_lines = 0, continued = 0;
    for (size_t i = 0; i < lines.size() && text_lines < 60; ++i) {
        std::string_view t = trim_right(lines[i]);
        if (t.empty()) continue;
        ++text_lines;
        if (t.back() == '\\') ++continued;
    }
    if (continued * 2 < text_lines || continued < 3) return;
    for (auto& line : lines) {
        std::string_view t = trim_right(line);
        if (!t.empty() && t.back() == '\\') line = t.substr(0, t.size() - 1);
    }
}

// The first line of the body: a numbered paragraph (1 to 5) at the start of
// a line. Glued header fields are cut apart only above it.
size_t header_end(const std::vector<std::string_view>& lines)
{
    // The longest routing headers run to a hundred-odd lines; a cable without
    // numbered paragraphs has its header there too.
    constexpr size_t kHeaderReach = 200;
    size_t reach = std::min(lines.size(), kHeaderReach);
    for (size_t i = 0; i < reach; ++i) {
        std::string_view t = trim_left(lines[i]);
        if (t.empty() || !(is_digit(t[0]) || t[0] == '\xC2')) continue;
        if (auto p = match_paragraph_start(t); p && p->number <= 5) return i;
    }
    return reach;
}

std::string highest_marking_level(const std::vector<Paragraph>& paragraphs)
{
    std::string best;
    for (const auto& p : paragraphs) {
        std::string level = level_of_marking(p.marking);
        if (level_rank(level) > level_rank(best)) best = std::move(level);
    }
    return best;
}

bool is_partial_notice(std::string_view line)
{
    return starts_with_ci(trim(line), "This record is a partial extract of the original cable");
}

void add_unique(std::vector<std::string>& v, std::string_view w)
{
    if (std::find(v.begin(), v.end(), w) == v.end()) v.emplace_back(w);
}

// "E.O. 12958: DECL: 2/1/2027" / "E.O. 12356:  DECL: OADR" / "E.O.12958: N/A"
bool take_executive_order(std::string_view line, Cable& cable)
{
    std::string_view t = trim(line);
    if (!(starts_with_ci(t, "E.O.") || starts_with_ci(t, "E. O.") || starts_with_ci(t, "EO "))) return false;
    size_t digits = 0;
    while (digits < t.size() && !is_digit(t[digits])) ++digits;
    size_t end = digits;
    while (end < t.size() && is_digit(t[end])) ++end;
    cable.executive_order = std::string(t.substr(digits, end - digits));
    size_t decl = find_ci(t, "DECL");
    if (decl != std::string_view::npos) {
        std::string_view v = t.substr(decl + 4);
        while (!v.empty() && (v[0] == ':' || is_space(v[0]))) v.remove_prefix(1);
        v = trim(v);
        cable.declassify_raw = std::string(v);
        auto first = split_any(v, " ;,");
        if (!first.empty())
            if (auto day = parse_us_day(first.front())) cable.declassify_on = day;
    } else {
        size_t colon = t.find(':');
        if (colon != std::string_view::npos) cable.declassify_raw = std::string(trim(t.substr(colon + 1)));
    }
    return true;
}

void take_classified_by(std::string_view text, Cable& cable)
{
    // "James A. Boughner, Consul General ... REASON: 1.4 (b), (d)" or
    // "Charge Bob Manzanares; reasons 1.5 (B) and (D)".
    std::string joined = collapse_spaces(text);
    size_t reason = find_ci(joined, "reason");
    if (reason != std::string::npos) {
        std::string_view r = std::string_view(joined).substr(reason);
        while (!r.empty() && is_alpha(r[0])) r.remove_prefix(1); // reason/reasons
        r = trim_left(r);
        if (r.starts_with(':')) r.remove_prefix(1);
        if (cable.reason.empty()) cable.reason = std::string(trim(r));
        std::string_view by = trim(std::string_view(joined).substr(0, reason));
        while (!by.empty() && (by.back() == ';' || by.back() == ',' || by.back() == '.')) by.remove_suffix(1);
        if (by.size() >= 4 && equals_ci(by.substr(by.size() - 4), " for")) by.remove_suffix(4);
        cable.classified_by = std::string(trim(by));
    } else {
        cable.classified_by = joined;
    }
}

} // namespace

Cable parse_cable_text(std::string_view input, const CableHints& hints)
{
    Cable cable;
    std::vector<std::string_view> lines;
    std::string sent_level; // from the "ZNY CCCCC" transmission line
    {
        auto raw_lines = split_lines(input);
        strip_continuation_backslashes(raw_lines);
        size_t start = telegram_start(raw_lines);
        // The transmission lines stand just above the date-time group.
        for (size_t i = 0; i < start; ++i)
            if (auto level = transmission_level(raw_lines[i]); !level.empty()) sent_level = std::move(level);
        raw_lines.erase(raw_lines.begin(), raw_lines.begin() + static_cast<std::ptrdiff_t>(start));
        lines = split_glued_fields(raw_lines, header_end(raw_lines));
    }

    std::optional<ClassificationLine> class_line;
    std::optional<DateTimeGroupLine> dtg;
    std::vector<Addressee>* addressees = nullptr;
    Field field = Field::None;
    std::string subject, classified_by, tags_text;
    bool seen_fields = false; // E.O., TAGS or SUBJECT: the header proper has begun
    bool seen_subject = false;
    size_t first_unknown = lines.size(); // first unread line after the fields began
    bool sensitive = false;
    size_t body_start = lines.size();

    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view t = trim(lines[i]);
        if (t.empty()) {
            if (field != Field::References) field = Field::None;
            addressees = nullptr;
            continue;
        }
        if (is_page_break_line(t)) continue;
        if (is_partial_notice(t)) {
            cable.partial = true;
            continue;
        }
        std::string_view value;
        if (!dtg && !class_line && !seen_fields) {
            if (is_transmission_line(t)) {
                if (auto level = transmission_level(t); !level.empty()) sent_level = std::move(level);
                continue;
            }
            if (auto d = parse_date_time_group_line(t)) {
                dtg = d;
                continue;
            }
        }
        if (!class_line && !seen_fields) {
            if (t.starts_with("FM ")) {
                cable.origin_raw = collapse_spaces(t.substr(3));
                addressees = nullptr;
                continue;
            }
            if (t.starts_with("TO ")) {
                addressees = &cable.to;
                cable.to.push_back(parse_addressee(t));
                continue;
            }
            if (t.starts_with("INFO ")) {
                addressees = &cable.info;
                cable.info.push_back(parse_addressee(t));
                continue;
            }
            auto cl = parse_classification_line(t);
            if (!cl) cl = find_classification_in_line(t);
            if (cl) {
                class_line = std::move(cl);
                addressees = nullptr;
                for (auto& c : class_line->caveats) add_unique(cable.caveats, c);
                continue;
            }
            if (auto handling = parse_handling_line(t); !handling.empty()) {
                // "SIPDIS" right under the addressees is no addressee.
                for (auto& w : handling) add_unique(cable.caveats, w);
                addressees = nullptr;
                continue;
            }
            if (addressees) {
                addressees->push_back(parse_addressee(t));
                continue;
            }
        }
        if (seen_fields && (!class_line || class_line->serial.empty())) {
            // Copies that run a database record into the text put a TAGS line
            // above the classification line.
            if (auto cl = parse_classification_line(t); cl && !cl->serial.empty()) {
                class_line = std::move(cl);
                for (auto& c : class_line->caveats) add_unique(cable.caveats, c);
                continue;
            }
        }
        if (class_line && !seen_fields) {
            // "CONFIDENTIAL NOFORN" repeated under the classification line.
            if (auto cl = parse_classification_line(t); cl && cl->post_code.empty() && !cl->caveats.empty()) {
                for (auto& c : cl->caveats) add_unique(cable.caveats, c);
                continue;
            }
        }
        if (auto handling = parse_handling_line(t); !handling.empty()) {
            for (auto& w : handling) add_unique(cable.caveats, w);
            continue;
        }
        if (!seen_fields) {
            // "NOFORN SIPDIS DEPT FOR NEA/MAG", "SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT"
            for (auto& w : leading_handling_words(t)) add_unique(cable.caveats, w);
            for (auto& w : trailing_handling_words(t)) add_unique(cable.caveats, w);
        }
        if ((seen_fields || class_line) && match_paragraph_start(t) && match_paragraph_start(t)->number <= 5) {
            // The header is over once a numbered paragraph starts.
            body_start = std::min(i, first_unknown);
            break;
        }
        if (take_executive_order(t, cable)) {
            seen_fields = true;
            first_unknown = lines.size();
            field = Field::ExecutiveOrder;
            continue;
        }
        if (take_field(t, {"TAGS:", "TAGS"}, value)) {
            seen_fields = true;
            first_unknown = lines.size();
            tags_text = std::string(value);
            field = Field::Tags;
            continue;
        }
        // A second SUBJECT belongs to another cable run on after this one.
        if (!seen_subject && take_field(t, {"SUBJECT:", "SUBJ:", "SUBJECT", "SUBJ"}, value)) {
            seen_fields = true;
            seen_subject = true;
            first_unknown = lines.size();
            subject = std::string(value);
            field = Field::Subject;
            continue;
        }
        if (take_field(t, {"REF:", "REFS:", "REFTEL:", "REFTELS:", "REFERENCE:", "REFERENCES:", "REFTELS", "REFTEL", "REFS", "REF"}, value)) {
            // "REF: REF: (A) LAGOS 02043": the keyword twice gives one line.
            if (!cable.reference_lines.empty() && trim(cable.reference_lines.back()).empty())
                cable.reference_lines.back() = std::string(value);
            else
                cable.reference_lines.emplace_back(value);
            field = Field::References;
            first_unknown = lines.size();
            continue;
        }
        if (take_field(without_marking(t), {"CLASSIFIED BY:", "CLASSIFIED BY", "DERIVED FROM:"}, value)) {
            classified_by = std::string(value);
            field = Field::ClassifiedBy;
            first_unknown = lines.size();
            continue;
        }
        if (take_field(t, {"REASON:", "REASONS:", "REASON", "REASONS"}, value)) {
            cable.reason = std::string(value);
            field = Field::None;
            continue;
        }
        if (field == Field::Subject) {
            subject.push_back(' ');
            subject.append(t);
            continue;
        }
        if (field == Field::ClassifiedBy) {
            classified_by.push_back(' ');
            classified_by.append(t);
            continue;
        }
        if (field == Field::References) {
            // A wrapped line goes on; after a blank line a lettered list item
            // starts a line of its own, anything else ends the field.
            if (!trim(lines[i - 1]).empty()) {
                cable.reference_lines.back().append(" ").append(t);
                continue;
            }
            if (is_reference_list_item(t)) {
                cable.reference_lines.emplace_back(t);
                continue;
            }
            field = Field::None;
        }
        if (field == Field::Tags && looks_like_tag_list(trim(tags_text).ends_with(',') ? std::string(t) + "," : std::string(t))) {
            tags_text.push_back(' ');
            tags_text.append(t);
            continue;
        }
        if (field == Field::ExecutiveOrder) {
            if (starts_with_ci(t, "DECL")) { // "E.O. 12958:" wrapped before "DECL: 5/11/2017"
                std::string joined = "E.O. " + cable.executive_order + ": " + std::string(t);
                take_executive_order(joined, cable);
                continue;
            }
            if (tags_text.empty() && looks_like_tag_list(t)) { // the TAGS keyword lost
                tags_text = std::string(t);
                field = Field::Tags;
                continue;
            }
        }
        if (!seen_fields && match_paragraph_start(t)) {
            body_start = i;
            break;
        }
        if (seen_fields) {
            if (first_unknown == lines.size()) first_unknown = i;
            if (i - first_unknown > (seen_subject ? kNoteReachAfterSubject : kHeaderNoteReach)) {
                body_start = first_unknown;
                break;
            }
            field = Field::None;
        }
        // Header notes before the fields ("DEPT FOR EAP/CM ..."): not body text.
    }
    if (body_start == lines.size() && first_unknown < lines.size()) body_start = first_unknown;

    std::vector<std::string_view> body_lines(lines.begin() + static_cast<std::ptrdiff_t>(std::min(body_start, lines.size())),
                                             lines.end());
    Body body = parse_body(body_lines);
    cable.paragraphs = std::move(body.paragraphs);
    cable.signer = std::move(body.signer);

    // Date: the date-time group has the real minute; the container's date otherwise.
    if (dtg) {
        cable.date = dtg->date;
        cable.date_time_group = dtg->group;
        cable.precedence = dtg->precedence;
    } else if (hints.date) {
        cable.date = hints.date;
    }
    if (!dtg && !cable.partial && cable.origin_raw.empty()) cable.partial = true;

    // Reference id from the classification line's post and serial.
    std::string code = class_line ? class_line->post_code : std::string{};
    if (class_line && !class_line->serial.empty() && !code.empty()) {
        int year = cable.date ? cable.date->year : 0;
        if (year == 0 && hints.id.size() >= 2 && is_digit(hints.id[0]) && is_digit(hints.id[1]))
            year = expand_two_digit_year((hints.id[0] - '0') * 10 + (hints.id[1] - '0'));
        if (year > 0) cable.id = make_reference_id(year, code, class_line->serial);
    }
    if (!hints.id.empty()) {
        if (cable.id.empty()) {
            cable.id = hints.id;
        } else if (cable.id != hints.id) {
            // The released id names the cable in every copy of the release; keep
            // it as the id and the text's reading beside it where the release's
            // is malformed (08ECTION01OF02MANAMA492).
            if (looks_like_reference_id(hints.id) && post_code_of_id(hints.id) == post_code_of_id(cable.id)) {
                cable.warnings.push_back("text names the cable " + cable.id + ", the release " + hints.id);
                cable.id = hints.id;
            } else {
                cable.released_id = hints.id;
            }
        }
    }

    // Origin: the release's name where the container gives one, else the FM line, else the id.
    if (!hints.origin.empty()) cable.origin = hints.origin;
    else if (!cable.origin_raw.empty()) cable.origin = post_name_for_fm_line(cable.origin_raw);
    else cable.origin = post_name_for_code(post_code_of_id(cable.released_id.empty() ? cable.id : cable.released_id));
    if (cable.origin_raw.empty() && !code.empty()) cable.origin_raw = code;

    if (class_line) {
        cable.section = class_line->section;
        sensitive = class_line->for_official_use_only;
    }
    if (!hints.classification.empty()) {
        cable.classification = normalize_classification(hints.classification);
    } else {
        // Without a classification line (lost in a copy, or a partial cable),
        // the transmission line still says it, and failing that the highest
        // paragraph marking does.
        std::string level = class_line ? class_line->level : sent_level;
        if (level.empty()) level = highest_marking_level(cable.paragraphs);
        if (!level.empty()) cable.classification = release_classification(level, cable.caveats, sensitive);
    }

    cable.tags = parse_tag_list(tags_text);
    cable.subject = collapse_spaces(subject);
    for (const auto& line : cable.reference_lines) {
        cable.references_by_line.push_back(resolve_references(line, cable.year()));
        for (const auto& id : cable.references_by_line.back()) add_unique(cable.references, id);
    }
    if (!classified_by.empty()) take_classified_by(classified_by, cable);

    if (cable.id.empty()) cable.warnings.push_back("no reference id in the text or the file name");
    if (!cable.date) cable.warnings.push_back("no date-time group");
    if (cable.paragraphs.empty()) cable.warnings.push_back("no text after the header");
    return cable;
}

} // namespace cablesearch
