#include "graph/RefsSubcommand.h"

#include <fmt/format.h>

namespace cablesearch {

RefsSubcommand::RefsSubcommand(CLI::App& app, std::string& db, std::string& colour)
{
    command_ = app.add_subcommand("refs", "The citation graph around a cable: what it cites, what cites it");
    command_->add_option("id", options_.id, "Reference id, canonical or as released, e.g. 08MANAMA492")->required();
    command_->add_option("--depth", options_.depth, "Levels of citations below the cable")
        ->default_val(1)
        ->check(CLI::Range(0, 1000));
    command_->add_option("--direction", direction_, "cites, cited-by or both")
        ->default_val("both")
        ->check(CLI::IsMember({"cites", "cited-by", "both"}, CLI::ignore_case));
    command_->add_option("--db", db, "Index location, or tcp:HOST:PORT");
    auto* json = command_->add_flag("--json", json_, "One JSON object: the nodes and the edges (from citing to cited)");
    command_->add_flag("--dot", dot_, "Graphviz input (dot -Tsvg)")->excludes(json);
    command_->add_option("--color,--colour", colour, "auto, always or never: box drawing and arrows on a terminal")
        ->check(CLI::IsMember({"auto", "always", "never"}));
}

int RefsSubcommand::run(CableIndex& index, bool terminal_style) const
{
    RefsOptions o = options_;
    o.direction = parse_refs_direction(direction_);
    RefsGraph graph = citation_graph(index, o);
    for (const auto& m : index.missing)
        fmt::print(stderr,
                   "cable-query: warning: shard {} {}; the graph leaves out its cables, and every count is partial\n",
                   m.name, m.problem);
    graph.missing_shards = index.missing;
    if (json_) print_refs_json(stdout, graph);
    else if (dot_) print_refs_dot(stdout, graph);
    else print_refs_text(stdout, graph, RefsStyle{terminal_style});
    if (!graph.nodes.front().in_index && graph.edges.empty()) {
        fmt::print(stderr, "cable-query: no cable {} in the index, and no cable of the index cites it\n", o.id);
        return 1;
    }
    return 0;
}

} // namespace cablesearch
