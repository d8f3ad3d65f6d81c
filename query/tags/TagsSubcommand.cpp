#include "tags/TagsSubcommand.h"

#include "Explain.h"

#include <fmt/format.h>

namespace cablesearch {

TagsSubcommand::TagsSubcommand(CLI::App& app, std::string& db, std::string& colour)
{
    command_ = app.add_subcommand("tags", "The tags of the matching cables (all without a query): counts, kinds, meanings");
    command_->add_option("query", words_, "Query, as for a search");
    command_->add_option("--with", options_.with, "Only the tags that occur together with this tag, with their lift");
    command_->add_option("-n,--limit", options_.limit, "Tags listed (0: all)")->default_val(0);
    command_->add_option("--db", db, "Index location, or tcp:HOST:PORT");
    command_->add_flag("--json", json_, "JSON lines: one object per tag, then a summary object");
    command_->add_flag("--explain", explain_, "Print how the query was understood");
    command_->add_option("--color,--colour", colour, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
}

int TagsSubcommand::run(CableIndex& index, bool colour) const
{
    TagsOptions o = options_;
    for (const auto& w : words_) o.query += (o.query.empty() ? "" : " ") + w;
    TagsResult r = count_tags(index, o);
    if (explain_)
        fmt::print(stderr, "cable-query: the query is understood as\n{}  (Xapian: {})\n", explain_query(r.query),
                   r.query.get_description());
    if (json_) print_tags_json(stdout, r);
    else print_tags_text(stdout, r, colour);
    return r.matches > 0 ? 0 : 1;
}

} // namespace cablesearch
