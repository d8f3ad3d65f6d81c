#include "index/RunScope.h"

#include <algorithm>

namespace cablesearch {

bool is_below(std::string_view path, std::string_view root)
{
    if (path == root) return true;
    return path.size() > root.size() && path.starts_with(root) && (root.ends_with('/') || path[root.size()] == '/');
}

bool RunScope::names(std::string_view path) const
{
    if (path == kStandardInputPath) return standard_input;
    return std::any_of(roots.begin(), roots.end(), [&](const std::string& root) { return is_below(path, root); });
}

std::vector<std::string> remembered_roots(const std::vector<std::string>& before, const RunScope& scope)
{
    std::vector<std::string> out = scope.roots;
    if (!scope.prune)
        for (const auto& root : before)
            if (!scope.names(root)) out.push_back(root);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    // A root below another adds nothing.
    const std::vector<std::string> all = out;
    std::erase_if(out, [&](const std::string& root) {
        return std::any_of(all.begin(), all.end(), [&](const std::string& r) { return r != root && is_below(root, r); });
    });
    return out;
}

std::string serialize_roots(const std::vector<std::string>& roots)
{
    std::string out;
    for (const auto& root : roots) {
        if (root.find('\n') != std::string::npos) continue;
        out += root;
        out += '\n';
    }
    return out;
}

std::vector<std::string> parse_roots(std::string_view value)
{
    std::vector<std::string> roots;
    while (!value.empty()) {
        size_t nl = value.find('\n');
        std::string_view line = value.substr(0, nl);
        if (!line.empty()) roots.emplace_back(line);
        if (nl == std::string_view::npos) break;
        value.remove_prefix(nl + 1);
    }
    return roots;
}

} // namespace cablesearch
