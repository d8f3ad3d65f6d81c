#include "app/Commands.h"
#include "formats/CableReader.h"
#include "model/CableJson.h"

#include <fmt/format.h>

namespace cablesearch {

int run_parse(const ParseArgs& args)
{
    int status = 0;
    for (const auto& file : args.files) {
        try {
            FileReport report = read_cables(file, [&](Cable&& cable) {
                std::string line = to_json(cable).dump(args.pretty ? 2 : -1, ' ', false,
                                                       nlohmann::ordered_json::error_handler_t::replace);
                fmt::print("{}\n", line);
            });
            for (const auto& w : report.warnings) {
                fmt::print(stderr, "cable-index: warning: {}\n", w);
                if (w.find("record skipped") != std::string::npos) status = 1;
            }
        } catch (const SourceError& e) {
            fmt::print(stderr, "cable-index: {}\n", e.what());
            status = 1;
        }
    }
    return status;
}

} // namespace cablesearch
