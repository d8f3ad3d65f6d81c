#include "index/FileState.h"

#include "parse/TextScan.h"

#include <charconv>

namespace cablesearch {

std::string serialize_file_state(const FileState& state)
{
    std::string out = std::to_string(state.size) + " " + std::to_string(state.mtime_ns);
    for (const auto& c : state.cables) {
        out.push_back(' ');
        if (!c.owned) out.push_back('~');
        out += c.id;
    }
    return out;
}

std::optional<FileState> parse_file_state(std::string_view value)
{
    auto words = text::split_any(value, " ");
    if (words.size() < 2) return std::nullopt;
    FileState s;
    auto num = [](std::string_view w, auto& out) {
        auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), out);
        return ec == std::errc() && p == w.data() + w.size();
    };
    if (!num(words[0], s.size) || !num(words[1], s.mtime_ns)) return std::nullopt;
    s.cables.reserve(words.size() - 2);
    for (size_t i = 2; i < words.size(); ++i) {
        std::string_view w = words[i];
        bool owned = !w.starts_with('~');
        if (!owned) w.remove_prefix(1);
        s.cables.push_back({std::string(w), owned});
    }
    return s;
}

} // namespace cablesearch
