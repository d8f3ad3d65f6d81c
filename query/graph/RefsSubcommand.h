#pragma once
// The command line of cable-query refs, kept out of main.cpp.

#include "OpenIndex.h"
#include "graph/RefsGraph.h"

#include <CLI/CLI.hpp>

namespace cablesearch {

class RefsSubcommand {
public:
    // Adds "refs" to app; db and colour are the options main's other commands share.
    RefsSubcommand(CLI::App& app, std::string& db, std::string& colour);
    bool chosen() const { return command_->parsed(); }
    CLI::App& command() { return *command_; } // for the options every command over several hosts has
    // The exit status: 0 when the cable is in the index or cited, 1 otherwise.
    int run(CableIndex& index, bool terminal_style) const;

private:
    CLI::App* command_ = nullptr;
    RefsOptions options_;
    std::string direction_ = "both";
    bool json_ = false, dot_ = false;
};

} // namespace cablesearch
