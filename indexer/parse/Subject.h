#pragma once
// The SUBJECT field: "SUBJECT: (C) TENSIONS RISE ..." and the lines that
// wrap it, up to a blank line, the next field or what a copy ran on after
// it (a banner, a rule, a paragraph, a second copy of the header).

#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

// "SUBJECT:", "SUBJ:", "SUBJECT -" at the start of the line, also typed with
// a letter lost, added or changed before its colon ("UBJECT:", "SUBJEC:"):
// the text after the keyword (and a repeated keyword) into value.
bool take_subject_keyword(std::string_view line, std::string_view& value);

// Where a line that starts with the SUBJECT keyword runs on into something
// else: a banner ("... SLOWDOWN? Sensitive but unclassified. Please handle
// accordingly."), a rule ("... FIRM -------"), a sentence after a subject in
// capitals ("... SUMMIT This is an Action request"). npos when it does not.
size_t subject_run_on(std::string_view line);
// The same for the subject's text from position from of the line (the line
// under a SUBJECT keyword alone on its line).
size_t subject_run_on(std::string_view line, size_t from);

// A line under the subject: joined to it and true when it wraps it (a word
// hyphenated at the end of the line goes on: "US-" / "LATIN"), false when
// it is something else (a rule, a banner, a classification line, a lettered
// REF item, prose after a subject in capitals). A second SUBJECT line that
// repeats the subject and goes on replaces it.
bool continue_subject(std::string& subject, std::string_view line);

// The subject as the cable's field: blanks collapsed, a repeated keyword
// dropped ("SUBJECT: SUBJECT: NO RED CARPET").
std::string finish_subject(std::string_view subject);

// The subject of an e-mail a copy was forwarded in, for a telegram that has
// no SUBJECT line: "Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS?
// AMERICAN" / "CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL [8466936]" ->
// "RISKY BUSINESS? AMERICAN CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL".
std::string subject_of_wrapper(const std::vector<std::string_view>& wrapper_lines);

// A subject cut short by a summary above the telegram ("NETHER...",
// "DUTCH ARREST SEVEN IN COUNTER-TERRORISM RAI..."), where the full header
// stands again below it (lines from position from on): the later copy's
// subject that goes on from it, with its wrapped lines; empty when none.
std::string subject_in_later_copy(const std::vector<std::string_view>& lines, size_t from, std::string_view cut_short);

} // namespace cablesearch
