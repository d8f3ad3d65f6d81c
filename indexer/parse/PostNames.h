#pragma once
// Readable origin names: "AMCONSUL CHENGDU" -> "Consulate Chengdu", and the
// post code of a reference id ("BANDARSERIBEGAWAN") -> its name.

#include <string>
#include <string_view>

namespace cablesearch {

// The FM line's post (without "FM ") -> the release's name for it.
std::string post_name_for_fm_line(std::string_view fm);

// A reference id's post code -> the release's name; "Embassy <Code>" when unknown.
std::string post_name_for_code(std::string_view code);

// True when the code is one of the release's posts named in the table.
bool is_known_post_code(std::string_view code);

// "BANDAR SERI BEGAWAN" -> "BANDARSERIBEGAWAN": the form used inside ids.
std::string post_code_of(std::string_view words);

} // namespace cablesearch
