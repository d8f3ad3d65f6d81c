#pragma once
// The command line of cable-query tags, kept out of main.cpp.

#include "OpenIndex.h"
#include "tags/TagsCommand.h"

#include <CLI/CLI.hpp>

namespace cablesearch {

class TagsSubcommand {
public:
    // Adds "tags" to app; db is the option main's other commands share.
    TagsSubcommand(CLI::App& app, std::string& db, std::string& colour);
    bool chosen() const { return command_->parsed(); }
    // The exit status: 0 matches, 1 none (errors are thrown, as for a search).
    int run(CableIndex& index, bool colour) const;

private:
    CLI::App* command_ = nullptr;
    std::vector<std::string> words_;
    TagsOptions options_;
    bool json_ = false, explain_ = false;
};

} // namespace cablesearch
