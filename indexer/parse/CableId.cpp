#include "parse/CableId.h"

#include "parse/Dates.h"
#include "parse/PostCodes.h"
#include "parse/ReferenceIds.h"
#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

void settle_cable_id(Cable& cable, const std::optional<ClassificationLine>& line, const CableHints& hints)
{
    // Reference id from the classification line's post and serial.
    if (line && !line->serial.empty() && !line->post_code.empty()) {
        int year = cable.date ? cable.date->year : 0;
        if (year == 0 && hints.id.size() >= 2 && is_digit(hints.id[0]) && is_digit(hints.id[1]))
            year = expand_two_digit_year((hints.id[0] - '0') * 10 + (hints.id[1] - '0'));
        if (year > 0) cable.id = make_reference_id(year, line->post_code, line->serial);
    }
    if (hints.id.empty()) return;
    if (cable.id.empty()) {
        cable.id = hints.id;
    } else if (cable.id != hints.id) {
        // The released id names the cable in every copy of the release; keep
        // it as the id and the text's reading beside it where the release's
        // is malformed (08ECTION01OF02MANAMA492).
        // So does a well-formed released id where the text's names no post
        // of the release (a classification line garbled past reading).
        bool text_post_unknown = !is_release_post_code(post_code_of_id(cable.id)) &&
                                 is_release_post_code(post_code_of_id(hints.id));
        if (looks_like_reference_id(hints.id) &&
            (post_code_of_id(hints.id) == post_code_of_id(cable.id) || text_post_unknown)) {
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

} // namespace cablesearch
