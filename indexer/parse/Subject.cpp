#include "parse/Subject.h"

#include "parse/HeaderFields.h"
#include "parse/TextScan.h"

namespace cablesearch {

using namespace text;

bool take_subject_keyword(std::string_view line, std::string_view& value)
{
    return take_field(line, {"SUBJECT:", "SUBJ:", "SUBJECT", "SUBJ"}, value);
}

void continue_subject(std::string& subject, std::string_view line)
{
    subject.push_back(' ');
    subject.append(line);
}

std::string finish_subject(std::string_view subject) { return collapse_spaces(subject); }

} // namespace cablesearch
