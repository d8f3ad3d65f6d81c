#pragma once
// `cable-query __complete FIELD [PREFIX] [--db PATH]`: the values the index
// holds for a field, one a line, for the bash and zsh completion scripts
// (completion/), which call it on each <Tab> after tag:, post:, class: and
// the like. Hidden from --help: it is for scripts. Quiet and quick: it reads
// one term list of the index and prints nothing else, not even an error
// (status 1 when it has no value to give: no index, unknown field).

#include <string>

namespace CLI {
class App;
}

namespace cablesearch {

struct CompletionArgs {
    std::string field;  // tag post class caveat signer id ref year, or saved: the saved searches' names
    std::string prefix; // what the user has typed of the value, any case
    std::string db;
};

// Adds the hidden subcommand to cable-query's command line.
CLI::App* add_completion_subcommand(CLI::App& app, CompletionArgs& args);
int run_completion(const CompletionArgs& args);

} // namespace cablesearch
