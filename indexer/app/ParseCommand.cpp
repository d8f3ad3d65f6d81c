#include "app/Commands.h"
#include "formats/CableReader.h"
#include "index/CorpusWalker.h"
#include "model/CableJson.h"

#include <chrono>
#include <ctime>
#include <fmt/format.h>

namespace cablesearch {

namespace {

// The files named, with each folder replaced by the corpus files below it.
std::vector<std::filesystem::path> files_to_parse(const std::vector<std::string>& args, int& status)
{
    std::vector<std::filesystem::path> files;
    for (const auto& arg : args) {
        std::error_code ec;
        if (!std::filesystem::is_directory(arg, ec)) {
            files.emplace_back(arg);
            continue;
        }
        CorpusListing listing = list_corpus(arg);
        for (auto& f : listing.files) files.push_back(std::move(f.path));
        for (const auto& problem : listing.problems) {
            fmt::print(stderr, "cable-index: {}\n", problem);
            status = 1;
        }
    }
    return files;
}

} // namespace

int run_parse(const ParseArgs& args)
{
    int status = 0;
    uint64_t bytes = 0;
    size_t cables = 0;
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    for (const auto& file : files_to_parse(args.files, status)) {
        try {
            FileReport report = read_cables(file, [&](Cable&& cable) {
                ++cables;
                if (args.stats) return;
                std::string line = to_json(cable).dump(args.pretty ? 2 : -1, ' ', false,
                                                       nlohmann::ordered_json::error_handler_t::replace);
                fmt::print("{}\n", line);
            });
            bytes += report.bytes;
            for (const auto& w : report.warnings) {
                if (!args.stats) fmt::print(stderr, "cable-index: warning: {}\n", w);
                if (w.find("record skipped") != std::string::npos) status = 1;
            }
        } catch (const SourceError& e) {
            fmt::print(stderr, "cable-index: {}\n", e.what());
            status = 1;
        }
    }
    if (args.stats) {
        double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
        // One line a script can read: bytes (decompressed), cables, wall and
        // CPU seconds, MB per CPU second (parsing runs on one core; on a
        // shared machine the CPU time is the fair measure).
        fmt::print("bytes {} cables {} wall_s {:.3f} cpu_s {:.3f} mb_per_cpu_s {:.1f}\n", bytes, cables, wall, cpu,
                   cpu > 0 ? static_cast<double>(bytes) / 1e6 / cpu : 0.0);
    }
    return status;
}

} // namespace cablesearch
