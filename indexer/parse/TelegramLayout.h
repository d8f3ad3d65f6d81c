#pragma once
// Where things lie in the text of a cable: where the telegram itself starts
// (below an e-mail or summary sheet wrapped around it), where its header
// ends, and the line continuations of database exports.

#include <cstddef>
#include <string_view>
#include <vector>

namespace cablesearch {

// The lines of a cable's text, split where the telegram begins.
struct TelegramText {
    std::vector<std::string_view> above;    // what a copy put above the telegram (e-mail, summary sheet)
    std::vector<std::string_view> telegram; // the telegram, its glued header fields cut apart
};

// Splits the text into lines (continuation backslashes dropped), finds where
// the telegram begins and cuts the header fields that a copy glued together.
TelegramText split_telegram(std::string_view text);

// Where the telegram begins: its date-time group line when an FM line follows
// it; 0 when there is none. Copies forwarded by e-mail or printed under a
// summary sheet carry a classification, TAGS and Subject of their own above
// it; those lines are not the cable's header.
size_t telegram_start(const std::vector<std::string_view>& lines);

// Database exports end every line of a record with a backslash: when most
// lines do, the backslashes are dropped (the views are shortened).
void strip_continuation_backslashes(std::vector<std::string_view>& lines);

// The first line of the body: a numbered paragraph (1 to 5) at the start of
// a line, within the first 200 lines.
size_t header_end(const std::vector<std::string_view>& lines);

} // namespace cablesearch
