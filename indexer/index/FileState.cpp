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
        out += ':' + std::to_string(c.measure.redactions) + ':' + std::to_string(c.measure.length);
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
        // From the end: the two numbers are the last two fields.
        EditionMeasure m;
        size_t second = w.rfind(':');
        size_t first = second == std::string_view::npos || second == 0 ? std::string_view::npos : w.rfind(':', second - 1);
        if (first != std::string_view::npos && num(w.substr(first + 1, second - first - 1), m.redactions) &&
            num(w.substr(second + 1), m.length))
            w = w.substr(0, first);
        else
            m = EditionMeasure{};
        s.cables.push_back({std::string(w), owned, m});
    }
    return s;
}

} // namespace cablesearch
