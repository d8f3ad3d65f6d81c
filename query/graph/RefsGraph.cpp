#include "graph/RefsGraph.h"

#include "RemoteIndex.h"
#include "graph/Citations.h"
#include "model/CableJson.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <tuple>

namespace cablesearch {

namespace {

// Reads the graph from one revision of the index, loading each cable once.
class GraphReader {
public:
    GraphReader(const Xapian::Database& db, const RefsOptions& options) : db_(db) { graph_.options = options; }

    RefsGraph read()
    {
        const std::string& id = graph_.options.id;
        std::optional<Xapian::docid> doc = find_cable_document(db_, id);
        size_t root = doc ? node_of_document(*doc) : node_of_missing(text::upper(text::trim(id)));
        printed_.insert(root);
        graph_.tree.push_back({root, 0, RefsDirection::Both, false, true});
        if (graph_.options.depth > 0) expand(root, 0, graph_.options.direction);
        return in_printed_order();
    }

private:
    size_t node_of_document(Xapian::docid doc)
    {
        if (auto it = by_document_.find(doc); it != by_document_.end()) return it->second;
        const Cable cable = cable_from_json(nlohmann::ordered_json::parse(db_.get_document(doc).get_data()));
        RefsNode node;
        node.id = cable.id;
        node.released_id = cable.released_id;
        node.in_index = true;
        if (cable.date) {
            node.date = cable.date->iso();
            node.sort_date = cable.date->sortable();
        }
        node.post = cable.origin;
        node.subject = cable.subject;
        const std::vector<std::string> terms = citing_terms(cable);
        node.cited_by = cited_by_count(db_, terms);
        const size_t at = add(std::move(node), terms, cable.references);
        by_document_.emplace(doc, at);
        documents_.push_back(doc);
        return at;
    }

    size_t node_of_missing(const std::string& id)
    {
        if (auto it = missing_.find(id); it != missing_.end()) return it->second;
        RefsNode node;
        node.id = id;
        std::vector<std::string> terms = citing_terms(db_, id);
        node.cited_by = cited_by_count(db_, terms);
        const size_t at = add(std::move(node), std::move(terms), {});
        missing_.emplace(id, at);
        documents_.push_back(0);
        return at;
    }

    size_t add(RefsNode node, std::vector<std::string> citing, std::vector<std::string> references)
    {
        graph_.nodes.push_back(std::move(node));
        citing_.push_back(std::move(citing));
        references_.push_back(std::move(references));
        return graph_.nodes.size() - 1;
    }

    size_t node_of_reference(const std::string& id)
    {
        if (auto it = missing_.find(text::upper(id)); it != missing_.end()) return it->second;
        if (auto doc = find_cable_document(db_, id)) return node_of_document(*doc);
        return node_of_missing(text::upper(id));
    }

    std::vector<size_t> cited(size_t node)
    {
        std::vector<size_t> out;
        for (const auto& r : std::vector<std::string>(references_[node])) { // node_of_* grows references_
            size_t n = node_of_reference(r);
            if (n != node && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
        }
        return ordered(std::move(out));
    }

    std::vector<size_t> citing(size_t node)
    {
        std::vector<size_t> out;
        for (Xapian::docid d : documents_with_any(db_, std::vector<std::string>(citing_[node]))) {
            size_t n = node_of_document(d);
            if (n != node) out.push_back(n);
        }
        return ordered(std::move(out));
    }

    // By date, then id; ids the index does not hold (undated) last.
    std::vector<size_t> ordered(std::vector<size_t> nodes) const
    {
        auto key = [&](size_t n) {
            const RefsNode& x = graph_.nodes[n];
            return std::tuple(!x.in_index, x.sort_date.empty(), x.sort_date, x.id);
        };
        std::sort(nodes.begin(), nodes.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
        return nodes;
    }

    void expand(size_t node, int depth, RefsDirection direction)
    {
        std::vector<std::pair<size_t, RefsDirection>> children;
        if (direction != RefsDirection::CitedBy)
            for (size_t c : cited(node)) children.emplace_back(c, RefsDirection::Cites);
        if (direction != RefsDirection::Cites)
            for (size_t c : citing(node)) children.emplace_back(c, RefsDirection::CitedBy);
        for (size_t i = 0; i < children.size(); ++i) {
            const auto [child, via] = children[i];
            add_edge(via == RefsDirection::Cites ? node : child, via == RefsDirection::Cites ? child : node);
            const bool repeated = !printed_.insert(child).second;
            graph_.tree.push_back({child, depth + 1, via, repeated, i + 1 == children.size()});
            if (!repeated && depth + 1 < graph_.options.depth) expand(child, depth + 1, via);
        }
    }

    void add_edge(size_t from, size_t to)
    {
        if (edges_seen_.insert({from, to}).second) graph_.edges.push_back({from, to});
    }

    // The nodes renumbered in the order the tree first shows them.
    RefsGraph in_printed_order()
    {
        std::vector<size_t> number(graph_.nodes.size(), SIZE_MAX);
        std::vector<RefsNode> nodes;
        for (auto& line : graph_.tree) {
            if (number[line.node] == SIZE_MAX) {
                number[line.node] = nodes.size();
                nodes.push_back(graph_.nodes[line.node]);
            }
            line.node = number[line.node];
        }
        for (auto& e : graph_.edges) {
            e.from = number[e.from];
            e.to = number[e.to];
        }
        graph_.nodes = std::move(nodes);
        return std::move(graph_);
    }

    const Xapian::Database& db_;
    RefsGraph graph_;
    std::vector<std::vector<std::string>> citing_, references_; // by node
    std::vector<Xapian::docid> documents_;                       // by node, 0 when not in the index
    std::map<Xapian::docid, size_t> by_document_;
    std::map<std::string, size_t> missing_;
    std::set<size_t> printed_;
    std::set<std::pair<size_t, size_t>> edges_seen_;
};

std::string direction_name(RefsDirection d)
{
    switch (d) {
    case RefsDirection::Cites: return "cites";
    case RefsDirection::CitedBy: return "cited-by";
    case RefsDirection::Both: break;
    }
    return "both";
}

std::string one_line(std::string s)
{
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
}

std::string node_name(const RefsNode& n)
{
    return n.released_id.empty() ? n.id : fmt::format("{} ({})", n.id, n.released_id);
}

} // namespace

RefsGraph citation_graph(CableIndex& index, const RefsOptions& options)
{
    if (options.depth < 0) throw std::invalid_argument("--depth must be 0 or more");
    return read_answering_hosts(index, [&] {
        return read_newest_revision([&] { return GraphReader(index.all, options).read(); }, [&] { index.reopen(); });
    });
}

RefsDirection parse_refs_direction(const std::string& name)
{
    const std::string n = text::lower(name);
    if (n == "cites") return RefsDirection::Cites;
    if (n == "cited-by" || n == "cited_by" || n == "citedby") return RefsDirection::CitedBy;
    if (n == "both") return RefsDirection::Both;
    throw std::invalid_argument(fmt::format("--direction {}: cites, cited-by or both", name));
}

void print_refs_text(std::FILE* out, const RefsGraph& graph, const RefsStyle& style)
{
    const char* branch = style.unicode ? "\u251c\u2500 " : "|- ";
    const char* last_branch = style.unicode ? "\u2514\u2500 " : "`- ";
    const char* through = style.unicode ? "\u2502  " : "|  ";
    const char* cites = style.unicode ? "cites \u2192 " : "cites -> ";
    const char* cited_by = style.unicode ? "cited by \u2190 " : "cited by <- ";
    std::vector<bool> open; // by depth: a later sibling still to come
    for (const RefsLine& line : graph.tree) {
        std::string prefix;
        if (line.depth > 0) {
            open.resize(static_cast<size_t>(line.depth));
            for (int d = 1; d < line.depth; ++d) prefix += open[static_cast<size_t>(d - 1)] ? through : "   ";
            prefix += line.last ? last_branch : branch;
            open[static_cast<size_t>(line.depth - 1)] = !line.last;
            prefix += line.via == RefsDirection::Cites ? cites : cited_by;
        }
        const RefsNode& n = graph.nodes[line.node];
        std::string text = node_name(n);
        if (line.repeated) text += "  (shown above)";
        else if (!n.in_index) text += "  (not in the index)";
        else {
            text += "  " + (n.date.empty() ? std::string("(no date)") : n.date.substr(0, 10));
            if (!n.post.empty()) text += "  " + n.post;
            if (!n.subject.empty()) text += "  " + one_line(n.subject);
        }
        fmt::print(out, "{}{}\n", prefix, text);
    }
}

void print_refs_json(std::FILE* out, const RefsGraph& graph)
{
    using json = nlohmann::ordered_json;
    json j;
    j["root"] = graph.nodes.front().id;
    j["depth"] = graph.options.depth;
    j["direction"] = direction_name(graph.options.direction);
    json nodes = json::array();
    for (const RefsNode& n : graph.nodes) {
        json o;
        o["id"] = n.id;
        o["released_id"] = n.released_id.empty() ? json(nullptr) : json(n.released_id);
        o["in_index"] = n.in_index;
        o["date"] = n.date.empty() ? json(nullptr) : json(n.date);
        o["post"] = n.in_index ? json(n.post) : json(nullptr);
        o["subject"] = n.in_index ? json(n.subject) : json(nullptr);
        o["cited_by"] = n.cited_by;
        nodes.push_back(std::move(o));
    }
    j["nodes"] = std::move(nodes);
    json edges = json::array();
    for (const RefsEdge& e : graph.edges) edges.push_back({{"from", graph.nodes[e.from].id}, {"to", graph.nodes[e.to].id}});
    j["edges"] = std::move(edges);
    // As a search's summary: hosts left out (--allow-partial) make every count partial.
    j["partial"] = !graph.missing_shards.empty();
    json missing = json::array();
    for (const auto& m : graph.missing_shards) missing.push_back(m.name);
    j["missing_shards"] = std::move(missing);
    fmt::print(out, "{}\n", j.dump(-1, ' ', false, json::error_handler_t::replace));
}

namespace {
std::string dot_string(const std::string& s)
{
    std::string out = "\"";
    for (char c : one_line(s)) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}
} // namespace

void print_refs_dot(std::FILE* out, const RefsGraph& graph)
{
    fmt::print(out, "// cable-query refs {}: an edge goes from the citing cable to the cited one\n",
               graph.nodes.front().id);
    fmt::print(out, "digraph citations {{\n  node [shape=box];\n");
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const RefsNode& n = graph.nodes[i];
        // The label's lines, joined by DOT's own \n escape.
        std::string label = dot_string(node_name(n));
        label.pop_back();
        if (!n.in_index) {
            label += "\\n(not in the index)\"";
        } else {
            std::string when = n.date.empty() ? "(no date)" : n.date.substr(0, 10);
            if (!n.post.empty()) when += "  " + n.post;
            std::string second = dot_string(when), third = dot_string(n.subject);
            label += "\\n" + second.substr(1, second.size() - 2);
            if (!n.subject.empty()) label += "\\n" + third.substr(1, third.size() - 2);
            label += "\"";
        }
        std::string attributes = "label=" + label;
        if (!n.in_index) attributes += ", style=dashed";
        if (i == 0) attributes += ", penwidth=2";
        fmt::print(out, "  {} [{}];\n", dot_string(n.id), attributes);
    }
    for (const RefsEdge& e : graph.edges)
        fmt::print(out, "  {} -> {};\n", dot_string(graph.nodes[e.from].id), dot_string(graph.nodes[e.to].id));
    fmt::print(out, "}}\n");
}

} // namespace cablesearch
