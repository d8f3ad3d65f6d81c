#pragma once
// cable-query refs: the citation graph around one cable, as a tree. From
// the cable, each edge is followed in the direction asked for (the cables it
// cites, the cables that cite it, or both), and a path keeps its direction:
// below "cites" come the cables that cable cites, below "cited by" the
// cables that cite it, so a tree never turns back on itself. Children come
// in a defined order: by date, then id (ids the index does not hold last, by
// id). A node met again (the graph has cycles) is marked, not expanded.

#include "OpenIndex.h"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace cablesearch {

enum class RefsDirection { Cites, CitedBy, Both };

struct RefsOptions {
    std::string id;
    int depth = 1;
    RefsDirection direction = RefsDirection::Both;
};

struct RefsNode {
    std::string id;          // canonical id, or the id as referenced when the index does not hold it
    std::string released_id; // when the release spelled it otherwise
    bool in_index = false;
    std::string date;        // 2008-07-20, empty when undated or not in the index
    std::string sort_date;   // 200807201200
    std::string post, subject;
    uint32_t cited_by = 0;   // cables of the index that cite it
};

// One line of the tree: which node, how deep, by which edge it was reached.
struct RefsLine {
    size_t node = 0;  // into RefsGraph::nodes
    int depth = 0;
    RefsDirection via = RefsDirection::Both; // Both for the root
    bool repeated = false;                   // printed above already
    bool last = false;                       // the last child of its parent
};

struct RefsEdge {
    size_t from = 0, to = 0; // from cites to
};

struct RefsGraph {
    std::vector<RefsNode> nodes; // in the order first printed; the root first
    std::vector<RefsLine> tree;
    std::vector<RefsEdge> edges; // each once, in the order met
    RefsOptions options;
    std::vector<MissingShard> missing_shards; // --allow-partial: hosts left out
};

RefsGraph citation_graph(CableIndex& index, const RefsOptions& options);

RefsDirection parse_refs_direction(const std::string& name); // cites, cited-by, both

struct RefsStyle {
    bool unicode = false; // box drawing and arrows, else plain ASCII
};
void print_refs_text(std::FILE* out, const RefsGraph& graph, const RefsStyle& style);
void print_refs_json(std::FILE* out, const RefsGraph& graph);
void print_refs_dot(std::FILE* out, const RefsGraph& graph);

} // namespace cablesearch
