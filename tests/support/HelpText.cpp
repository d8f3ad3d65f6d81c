#include "support/HelpText.h"

#include "support/ToolRun.h"

#include <stdexcept>

namespace cablesearch::testing {

std::string HelpCommand::command(const std::string& tool) const
{
    std::string out = tool;
    for (const auto& p : path) out += " " + p;
    return out;
}

namespace {

HelpCommand read_help(const std::string& binary, const std::vector<std::string>& path)
{
    std::vector<std::string> args = path;
    args.push_back("--help");
    ToolResult r = run_tool(binary, args);
    if (r.status != 0) throw std::runtime_error(binary + " --help failed: " + r.err);
    HelpCommand help;
    help.path = path;
    std::string section;
    for (const auto& line : lines_of(r.out)) {
        if (!line.empty() && line[0] != ' ') {
            section = line.substr(0, line.find(':'));
            continue;
        }
        // "  -n,--limit UINT=10   Hits to show"; a description's second line
        // is indented further.
        if (line.size() < 3 || line.compare(0, 2, "  ") != 0 || line[2] == ' ') continue;
        std::string first = line.substr(2, line.find(' ', 2) - 2);
        if (section == "Options") {
            size_t start = 0;
            while (start < first.size()) {
                size_t comma = first.find(',', start);
                std::string name = first.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                if (name.starts_with('-')) help.options.push_back(name);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        } else if (section == "Subcommands") {
            help.subcommands.push_back(first);
        }
    }
    return help;
}

void collect(const std::string& binary, const std::vector<std::string>& path, std::vector<HelpCommand>& out)
{
    HelpCommand help = read_help(binary, path);
    out.push_back(help);
    if (path.size() >= 3) return;
    for (const auto& sub : help.subcommands) {
        std::vector<std::string> deeper = path;
        deeper.push_back(sub);
        collect(binary, deeper, out);
    }
}

} // namespace

std::vector<HelpCommand> help_commands(const std::string& binary)
{
    std::vector<HelpCommand> out;
    collect(binary, {}, out);
    return out;
}

} // namespace cablesearch::testing
