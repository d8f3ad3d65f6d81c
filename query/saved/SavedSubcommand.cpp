#include "saved/SavedSubcommand.h"

#include "saved/SavedCommands.h"

namespace cablesearch {

SavedSubcommand::SavedSubcommand(CLI::App& app, std::string& db)
{
    command_ = app.add_subcommand("saved", "The saved searches (cable-query --save NAME 'QUERY'), each with its count now");
    command_->add_option("--delete", deletes_, "Delete this saved search (NAME or @NAME; repeat for more)");
    command_->add_option("--db", db, "Index location, or tcp:HOST:PORT (for the counts)");
    command_->add_flag("--json", json_, "One JSON object per saved search");
}

int SavedSubcommand::run(const std::string& db) const { return run_saved_command(db, json_, deletes_); }

} // namespace cablesearch
