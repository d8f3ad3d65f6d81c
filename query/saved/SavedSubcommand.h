#pragma once
// The command line of cable-query saved, kept out of main.cpp.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace cablesearch {

class SavedSubcommand {
public:
    // Adds "saved" to app; db is the option main's other commands share.
    SavedSubcommand(CLI::App& app, std::string& db);
    bool chosen() const { return command_->parsed(); }
    // The exit status (see run_saved_command). Needs no index to delete.
    int run(const std::string& db) const;

private:
    CLI::App* command_ = nullptr;
    std::vector<std::string> deletes_;
    bool json_ = false;
};

} // namespace cablesearch
