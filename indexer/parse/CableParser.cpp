#include "parse/CableParser.h"

#include "parse/Classification.h"
#include "parse/Dates.h"
#include "parse/GluedFields.h"
#include "parse/HeaderFields.h"
#include "parse/PageBreak.h"
#include "parse/Paragraphs.h"
#include "parse/PostNames.h"
#include "parse/ReferenceIds.h"
#include "parse/RoutingHeader.h"
#include "parse/TagList.h"
#include "parse/TelegramLayout.h"
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

std::string highest_marking_level(const std::vector<Paragraph>& paragraphs)
{
    std::string best;
    for (const auto& p : paragraphs) {
        std::string level = level_of_marking(p.marking);
        if (level_rank(level) > level_rank(best)) best = std::move(level);
    }
    return best;
}

void add_unique(std::vector<std::string>& v, std::string_view w)
{
    if (std::find(v.begin(), v.end(), w) == v.end()) v.emplace_back(w);
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
            } else if (looks_like_released_id(hints.id)) {
                cable.released_id = hints.id;
            } else {
                // A page whose id cell holds something else: the text's id stands.
                std::string shown;
                for (char c : hints.id.substr(0, 40)) shown += (c >= ' ' && c <= '~') ? c : '?';
                cable.warnings.push_back("the release's id '" + shown + "' is not an id; the text's " + cable.id +
                                         " is used");
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
