#include "parse/CableParser.h"

#include "parse/CableHeader.h"
#include "parse/CableId.h"
#include "parse/ClassifiedBy.h"
#include "parse/Classification.h"
#include "parse/Origin.h"
#include "parse/Paragraphs.h"
#include "parse/ReferenceResolution.h"
#include "parse/RoutingHeader.h"
#include "parse/Subject.h"
#include "parse/TagList.h"
#include "parse/TelegramLayout.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

namespace {

void read_body(const std::vector<std::string_view>& lines, size_t start, Cable& cable)
{
    std::vector<std::string_view> body_lines(lines.begin() + static_cast<std::ptrdiff_t>(std::min(start, lines.size())),
                                             lines.end());
    Body body = parse_body(body_lines);
    cable.paragraphs = std::move(body.paragraphs);
    cable.signer = std::move(body.signer);
}

// An e-mail or summary sheet a copy put above the telegram: its header is
// not the cable's, but its words are searchable as other text.
void keep_text_above_telegram(const std::vector<std::string_view>& above, Cable& cable)
{
    std::string text;
    for (auto line : above) {
        std::string_view t = text::trim(line);
        // The transmission lines above the date-time group are routing, not text.
        if (t.empty() || is_transmission_line(t) || is_routing_indicator_line(t)) continue;
        if (!text.empty()) text.push_back('\n');
        text.append(t);
    }
    if (!text.empty()) cable.other_text.push_back(std::move(text));
}

void warn_of_missing_parts(Cable& cable)
{
    if (cable.id.empty()) cable.warnings.push_back("no reference id in the text or the file name");
    if (!cable.date) cable.warnings.push_back("no date-time group");
    if (cable.paragraphs.empty()) cable.warnings.push_back("no text after the header");
}

} // namespace

// The steps of reading a cable. Each field's rules live in the file of that
// field: the routing header and date in RoutingHeader, the classification
// line and level in Classification, E.O. in ExecutiveOrder, TAGS in TagList,
// SUBJECT in Subject, the REF lines in ReferenceList (their ids in
// ReferenceResolution), Classified By and the reason in ClassifiedBy, paragraphs in
// Paragraphs, the signature in Signer, the id in CableId, the origin in
// Origin; CableHeader tells which field a header line belongs to.
Cable parse_cable_text(std::string_view input, const CableHints& hints)
{
    Cable cable;
    TelegramText text = split_telegram(input);
    keep_text_above_telegram(text.above, cable);
    CableHeader header = read_header(text.telegram, cable);
    if (header.sent_level.empty()) header.sent_level = last_transmission_level(text.above);
    read_body(text.telegram, header.body_start, cable);

    settle_date(cable, header.date_time_group, hints);
    settle_cable_id(cable, header.classification_line, hints);
    settle_origin(cable, header.classification_line, hints);
    settle_classification(cable, header.classification_line, header.sent_level, hints);

    cable.tags = parse_tag_list(header.tags_text);
    cable.tags_text = tag_list_text(header.tags_text);
    cable.subject = finish_subject(header.subject);
    // A telegram without a SUBJECT line, forwarded by e-mail: the e-mail's.
    if (cable.subject.empty()) cable.subject = subject_of_wrapper(text.above);
    // A summary cut short ("NETHER..."), the full header below it: the full subject.
    if (cable.subject.ends_with("..."))
        if (auto full = subject_in_later_copy(text.telegram, 0, cable.subject); !full.empty())
            cable.subject = std::move(full);
    resolve_reference_lines(cable);
    if (!header.classified_by.empty()) take_classified_by(header.classified_by, cable);
    else if (auto in_body = classified_by_in_paragraphs(cable.paragraphs); !in_body.empty())
        take_classified_by(in_body, cable);

    warn_of_missing_parts(cable);
    return cable;
}

} // namespace cablesearch
