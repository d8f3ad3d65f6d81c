#pragma once
// What a tool's --help lists, read from its output (CLI11's layout): the
// options of the command and of each subcommand, recursively. The man page
// and completion tests check their files against it, so that an option
// added to a tool and forgotten there fails a test that names it.

#include <string>
#include <vector>

namespace cablesearch::testing {

struct HelpCommand {
    std::vector<std::string> path;        // {} for the tool itself, {"show"}, {"remote", "add"}
    std::vector<std::string> options;     // every name: "-n", "--limit", "--json"
    std::vector<std::string> subcommands; // as --help lists them (hidden ones are not)

    // "cable-query remote add"
    std::string command(const std::string& tool) const;
};

// The tool and every subcommand its --help lists, each with its options.
std::vector<HelpCommand> help_commands(const std::string& binary);

} // namespace cablesearch::testing
