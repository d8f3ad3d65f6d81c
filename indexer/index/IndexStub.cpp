#include "index/IndexStub.h"

#include <charconv>
#include <fmt/format.h>
#include <fstream>
#include <stdexcept>

namespace cablesearch {

namespace fs = std::filesystem;

bool StubEntry::is_tcp_remote() const { return type == "remote" && !target.starts_with(':'); }

std::string HostPort::text() const
{
    return host.find(':') != std::string::npos ? fmt::format("[{}]:{}", host, port) : fmt::format("{}:{}", host, port);
}

HostPort parse_host_port(std::string_view text)
{
    auto bad = [&](std::string_view why) {
        return std::invalid_argument(fmt::format("'{}' is not HOST:PORT ({})", text, why));
    };
    size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) throw bad("no port");
    std::string_view host = text.substr(0, colon), port = text.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    else if (host.find(':') != std::string_view::npos) throw bad("write an IPv6 address in brackets: [::1]:7331");
    if (host.empty()) throw bad("no host");
    for (char c : host)
        if (c == ' ' || c == '\t' || c == '/') throw bad("a host name has no spaces or slashes");
    unsigned value = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535)
        throw bad("the port is a number from 1 to 65535");
    return {std::string(host), value};
}

std::optional<std::vector<StubEntry>> read_index_stub(const fs::path& folder)
{
    const fs::path file = folder / kStubFileName;
    std::ifstream in(file);
    if (!in) {
        std::error_code ec;
        if (!fs::exists(file, ec)) return std::nullopt;
        throw std::runtime_error(fmt::format("{}: cannot read the index's list of shards", file.string()));
    }
    std::vector<StubEntry> entries;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        // As Xapian reads it: blank lines and # comments are skipped, the
        // type is the first word, the rest of the line its argument.
        size_t start = line.find_first_not_of(" \t\r");
        if (start == std::string::npos || line[start] == '#') continue;
        size_t space = line.find_first_of(" \t", start);
        size_t arg = space == std::string::npos ? std::string::npos : line.find_first_not_of(" \t", space);
        size_t end = line.find_last_not_of(" \t\r");
        if (arg == std::string::npos)
            throw std::runtime_error(fmt::format("{}:{}: '{}' names no database", file.string(), number, line));
        entries.push_back({line.substr(start, space - start), line.substr(arg, end + 1 - arg)});
    }
    return entries;
}

void write_index_stub(const fs::path& folder, const std::vector<StubEntry>& entries)
{
    std::string text;
    for (const auto& e : entries) text += e.line() + "\n";
    const fs::path tmp = folder / (std::string(kStubFileName) + ".new");
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << text;
        out.flush();
        if (!out) throw std::runtime_error(fmt::format("{}: cannot write the index's list of shards", tmp.string()));
    }
    fs::rename(tmp, folder / kStubFileName);
}

fs::path entry_path(const fs::path& folder, const StubEntry& entry)
{
    fs::path p(entry.target);
    return p.is_absolute() ? p : folder / p;
}

} // namespace cablesearch
