#pragma once
// How cable-query hands its arguments to CLI11. A query is words, and a word
// may begin with a dash ("-tag:KTIP trafficking", "terrorist -athens"), which
// CLI11 would take for an option and refuse. Here an argument is an option
// only when it is the name of one (the names --help lists, of the command or
// subcommand it follows); every other argument is a word of the query (or of
// the subcommand's arguments), in the order given. Each option takes one
// value, so "--tag KTIP trafficking" is a tag and a word, not two tags. A
// long name that is no option ("--limt") is still refused: a misspelt option
// must not become a search.

#include <CLI/CLI.hpp>

namespace cablesearch {

// app.parse() over argv read so; throws what CLI11 throws (CLI::ParseError).
void parse_command_line(CLI::App& app, int argc, const char* const* argv);

} // namespace cablesearch
