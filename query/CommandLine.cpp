#include "CommandLine.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace cablesearch {

namespace {

struct OptionArgument {
    const CLI::Option* option = nullptr;
    bool value_attached = false; // --limit=5, -n5
};

bool takes_value(const CLI::Option* o) { return o->get_expected_min() > 0; } // flags expect none

// The option of app that arg names, if any.
OptionArgument option_named(const CLI::App& app, std::string_view arg)
{
    if (arg.size() < 2 || arg[0] != '-') return {};
    const auto options = app.get_options();
    if (arg[1] == '-') {
        std::string_view name = arg.substr(2);
        size_t equals = name.find('=');
        for (const CLI::Option* o : options) {
            const auto& names = o->get_lnames();
            if (std::find(names.begin(), names.end(), name.substr(0, equals)) != names.end())
                return {o, equals != std::string_view::npos};
        }
        return {};
    }
    for (const CLI::Option* o : options) {
        const auto& names = o->get_snames();
        if (std::find(names.begin(), names.end(), std::string(1, arg[1])) == names.end()) continue;
        if (arg.size() == 2) return {o, false};
        if (takes_value(o)) return {o, true}; // -n5
    }
    return {};
}

CLI::App* subcommand_named(CLI::App& app, const std::string& arg)
{
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        if (sub->check_name(arg)) return sub;
    return nullptr;
}

// "--sort" "-date" -> "--sort=-date": CLI11 would read a value that starts
// with a dash as an option.
std::string joined(const std::string& flag, const std::string& value)
{
    return flag.starts_with("--") ? flag + "=" + value : flag + value;
}

} // namespace

void parse_command_line(CLI::App& app, int argc, const char* const* argv)
{
    if (app.get_name().empty() && argc > 0) app.name(argv[0]); // for --help, as CLI11 does
    std::vector<std::string> options, words;
    CLI::App* current = &app;
    bool only_words = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (only_words) {
            words.push_back(arg);
        } else if (arg == "--") {
            only_words = true;
        } else if (CLI::App* sub = words.empty() ? subcommand_named(*current, arg) : nullptr) {
            // A subcommand only before any word: "cable-query show ID", but
            // "cable-query the show" searches for two words.
            options.push_back(arg);
            current = sub;
        } else if (OptionArgument named = option_named(*current, arg); named.option) {
            if (takes_value(named.option) && !named.value_attached && i + 1 < argc) {
                std::string value = argv[++i];
                if (value.starts_with("-")) options.push_back(joined(arg, value));
                else options.insert(options.end(), {arg, value});
            } else {
                options.push_back(arg);
            }
        } else if (arg.starts_with("--") && arg.size() > 2) {
            throw CLI::ExtrasError({arg});
        } else {
            words.push_back(arg);
        }
    }
    std::vector<std::string> args = std::move(options);
    if (!words.empty()) {
        args.push_back("--");
        args.insert(args.end(), words.begin(), words.end());
    }
    std::reverse(args.begin(), args.end()); // as CLI11 takes them
    app.parse(args);
}

} // namespace cablesearch
