#include "parse/CableHeader.h"

#include "parse/ClassifiedBy.h"
#include "parse/ExecutiveOrder.h"
#include "parse/HeaderFields.h"
#include "parse/PageBreak.h"
#include "parse/Paragraphs.h"
#include "parse/ReferenceList.h"
#include "parse/Subject.h"
#include "parse/TagList.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

namespace {

// Unknown lines read after the first header field before the body is taken
// to start at the first of them: header notes ("DEPT FOR ...") and the debris
// of copies sit between the fields, so the search for the SUBJECT goes on.
constexpr size_t kHeaderNoteReach = 30;
// After the SUBJECT only REF and Classified By can follow, soon ("ROME FOR
// DEMPSEY" may stand between): else the unknown line began the body.
constexpr size_t kNoteReachAfterSubject = 10;

void add_unique(std::vector<std::string>& v, std::string_view w)
{
    if (std::find(v.begin(), v.end(), w) == v.end()) v.emplace_back(w);
}

class HeaderReader {
public:
    HeaderReader(const std::vector<std::string_view>& lines, Cable& cable) : lines_(lines), cable_(cable) {}

    CableHeader read()
    {
        out_.body_start = lines_.size();
        for (size_t i = 0; i < lines_.size(); ++i) {
            std::string_view t = trim(lines_[i]);
            line_ = lines_[i];
            if (t.empty()) {
                end_fields_at_blank_line();
                continue;
            }
            if (is_page_break_line(t)) continue;
            if (is_partial_notice(t)) {
                cable_.partial = true;
                continue;
            }
            if (take_routing_line(t)) continue;
            if (take_classification_or_handling(t)) continue;
            if (starts_numbered_body(t)) {
                // The header is over once a numbered paragraph starts.
                out_.body_start = std::min(i, first_unknown_);
                break;
            }
            if (take_field_keyword(t)) continue;
            if (continue_open_field(t, i > 0 && trim(lines_[i - 1]).empty())) continue;
            if (!seen_fields_ && match_paragraph_start(t)) {
                out_.body_start = i;
                break;
            }
            unknown_lines_.push_back(i);
            if (unknown_line_ends_header(i)) {
                out_.body_start = first_unknown_;
                break;
            }
        }
        if (out_.body_start == lines_.size() && first_unknown_ < lines_.size()) out_.body_start = first_unknown_;
        keep_header_notes();
        return std::move(out_);
    }

private:
    enum class Field { None, Subject, References, ClassifiedBy, Tags, ExecutiveOrder };

    const std::vector<std::string_view>& lines_;
    Cable& cable_;
    CableHeader out_;
    AddresseeReader addressees_;
    Field field_ = Field::None;
    std::string_view line_; // the line being read, as written
    bool seen_fields_ = false;  // E.O., TAGS or SUBJECT: the header proper has begun
    bool seen_subject_ = false;
    size_t first_unknown_ = lines_.size(); // first unread line after the fields began
    std::vector<size_t> unknown_lines_;    // lines no rule took, in order
    std::vector<std::string> glued_notes_; // notes run onto a classification line

    void end_fields_at_blank_line()
    {
        // A lettered REF list goes on after a blank line, and a SUBJECT
        // keyword alone on its line before the subject's text; nothing else does.
        if (field_ != Field::References && !(field_ == Field::Subject && trim(out_.subject).empty()))
            field_ = Field::None;
        addressees_.close();
    }

    void take_caveats(const std::vector<std::string>& words)
    {
        for (const auto& w : words) add_unique(cable_.caveats, w);
    }

    void take_classification_line(ClassificationLine line)
    {
        // "... MOSCOW 000228  SIPDIS  STATE FOR EUR/RUS, EEB ...": a header
        // note a copy ran onto the line.
        if (!line.leading.empty()) glued_notes_.push_back(line.leading);
        if (!line.trailing.empty()) glued_notes_.push_back(line.trailing);
        out_.classification_line = std::move(line);
        take_caveats(out_.classification_line->caveats);
    }

    // Transmission lines and the date-time group, then FM/TO/INFO and the
    // classification line: everything up to the classification line.
    bool take_routing_line(std::string_view t)
    {
        if (out_.classification_line || seen_fields_) return false;
        if (!out_.date_time_group) {
            if (is_transmission_line(t)) {
                if (auto level = transmission_level(t); !level.empty()) out_.sent_level = std::move(level);
                return true;
            }
            if (auto group = parse_date_time_group_line(t)) {
                out_.date_time_group = std::move(group);
                return true;
            }
        }
        if (addressees_.take_line(t, cable_)) return true;
        auto line = parse_classification_line(t);
        if (!line) line = find_classification_in_line(t);
        if (line) {
            take_classification_line(std::move(*line));
            addressees_.close();
            return true;
        }
        if (auto handling = parse_handling_line(t); !handling.empty()) {
            // "SIPDIS" right under the addressees is no addressee.
            take_caveats(handling);
            addressees_.close();
            return true;
        }
        return addressees_.take_continuation(t, cable_);
    }

    // A classification line below the fields, caveats repeated under the
    // classification line, handling lines anywhere in the header.
    bool take_classification_or_handling(std::string_view t)
    {
        const auto& current = out_.classification_line;
        if (seen_fields_ && (!current || current->serial.empty())) {
            // Copies that run a database record into the text put a TAGS line
            // above the classification line.
            if (auto line = parse_classification_line(t); line && !line->serial.empty()) {
                take_classification_line(std::move(*line));
                return true;
            }
        }
        if (current && seen_fields_ && !current->serial.empty() && t.find(current->serial) != std::string_view::npos) {
            // The classification line again below the fields, as a copy repeats
            // the header ("3/9/2005 6:49 C O N F I D E N T I A L PRAGUE 000337
            // SIPDIS"): no field goes on across it, what was glued to it is a note.
            if (auto line = find_classification_in_line(t); line && line->serial == current->serial) {
                if (!line->leading.empty()) glued_notes_.push_back(line->leading);
                if (!line->trailing.empty()) glued_notes_.push_back(line->trailing);
                take_caveats(line->caveats);
                field_ = Field::None;
                return true;
            }
        }
        if (current && !seen_fields_) {
            // "CONFIDENTIAL NOFORN" repeated under the classification line.
            if (auto line = parse_classification_line(t); line && line->post_code.empty() && !line->caveats.empty()) {
                take_caveats(line->caveats);
                return true;
            }
        }
        if (auto handling = parse_handling_line(t); !handling.empty()) {
            take_caveats(handling);
            return true;
        }
        if (!seen_fields_) {
            // "NOFORN SIPDIS DEPT FOR NEA/MAG", "SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT"
            take_caveats(leading_handling_words(t));
            take_caveats(trailing_handling_words(t));
        }
        return false;
    }

    bool starts_numbered_body(std::string_view t) const
    {
        if (!(seen_fields_ || out_.classification_line)) return false;
        auto start = match_paragraph_start(t);
        return start && start->number <= 5;
    }

    void open_field(Field field, bool header_proper)
    {
        field_ = field;
        first_unknown_ = lines_.size();
        if (header_proper) seen_fields_ = true;
    }

    bool take_field_keyword(std::string_view t)
    {
        std::string_view value;
        if (take_executive_order(t, cable_)) {
            open_field(Field::ExecutiveOrder, true);
            return true;
        }
        if (take_tags_keyword(t, value)) {
            // A second TAGS keyword adds its codes ("TAGS: PGOV TAGS: PREL"),
            // as the release linked the tags of every TAGS line.
            if (!out_.tags_text.empty()) out_.tags_text += ", ";
            out_.tags_text += value;
            open_field(Field::Tags, true);
            return true;
        }
        // A second SUBJECT belongs to another cable run on after this one.
        if (!seen_subject_ && take_subject_keyword(t, value)) {
            out_.subject = std::string(value);
            seen_subject_ = true;
            open_field(Field::Subject, true);
            return true;
        }
        if (start_reference_list(t, cable_.reference_lines)) {
            open_field(Field::References, false);
            return true;
        }
        if (take_classified_by_keyword(t, value)) {
            out_.classified_by = std::string(value);
            open_field(Field::ClassifiedBy, false);
            return true;
        }
        if (take_reason_keyword(t, value)) {
            cable_.reason = std::string(value);
            field_ = Field::None;
            return true;
        }
        return false;
    }

    // A line that is no keyword, while a field is open: wrapped lines of
    // the field. False when the line is not the field's (the field ends).
    bool continue_open_field(std::string_view t, bool after_blank)
    {
        // A partial record's field the release cut short ("Classified By: ...
        // for reasons ..."): what follows is not its text.
        if (field_ == Field::ClassifiedBy && trim(out_.classified_by).ends_with("...")) field_ = Field::None;
        switch (field_) {
        case Field::Subject:
            if (trim(out_.subject).empty()) {
                // "SUBJECT:" / "" / "INVESTMENT SCANDAL ... WOES Sensitive but
                // unclassified. Please handle accordingly.": what runs on after
                // the subject's text is kept as a header note.
                if (size_t cut = subject_run_on(t, 0); cut != std::string_view::npos) {
                    out_.subject = std::string(t.substr(0, cut));
                    glued_notes_.emplace_back(trim(t.substr(cut)));
                    field_ = Field::None;
                    return true;
                }
            }
            if (continue_subject(out_.subject, t)) return true;
            field_ = Field::None;
            return false;
        case Field::ClassifiedBy:
            if (continue_classified_by(out_.classified_by, line_)) return true;
            field_ = Field::None;
            return false;
        case Field::References:
            if (continue_reference_list(t, after_blank, cable_.reference_lines)) return true;
            field_ = Field::None;
            return false;
        case Field::Tags:
            return continue_tag_list(out_.tags_text, t);
        case Field::ExecutiveOrder:
            if (continue_executive_order(t, cable_)) return true;
            if (out_.tags_text.empty() && looks_like_tag_list(t)) { // the TAGS keyword lost
                out_.tags_text = std::string(t);
                field_ = Field::Tags;
                return true;
            }
            return false;
        case Field::None:
            return false;
        }
        return false;
    }

    // The lines no rule took above the body: header notes ("DEPT FOR
    // EB/IFD/OIA", "BAGHDAD FOR AMBASSADOR"), a cancelled cable's notice.
    // Not body text, but words a reader may search for: kept as other text.
    void keep_header_notes()
    {
        std::string notes;
        for (const auto& glued : glued_notes_) {
            if (!notes.empty()) notes.push_back('\n');
            notes.append(glued);
        }
        for (size_t i : unknown_lines_) {
            if (i >= out_.body_start) break;
            if (!notes.empty()) notes.push_back('\n');
            notes.append(trim(lines_[i]));
        }
        if (!notes.empty()) cable_.other_text.push_back(std::move(notes));
    }

    // A line no rule took. Before the fields: a header note ("DEPT FOR
    // EAP/CM ..."), not body text. After them: the body may have begun there,
    // which is settled once too many such lines follow.
    bool unknown_line_ends_header(size_t i)
    {
        if (!seen_fields_) return false;
        if (first_unknown_ == lines_.size()) first_unknown_ = i;
        if (i - first_unknown_ > (seen_subject_ ? kNoteReachAfterSubject : kHeaderNoteReach)) return true;
        field_ = Field::None;
        return false;
    }
};

} // namespace

CableHeader read_header(const std::vector<std::string_view>& lines, Cable& cable)
{
    return HeaderReader(lines, cable).read();
}

} // namespace cablesearch
