// cable-make-corpus: writes a synthetic corpus with the shape of the
// Cablegate release (its ids, posts, months and volumes; realistic telegram
// headers, tags, classifications, references, paragraphs and a long-tailed
// vocabulary) for benchmarks and scale tests. Deterministic for a seed.

#include "CorpusOutput.h"
#include "ReleaseList.h"
#include "Telegram.h"

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#ifndef CABLESEARCH_RELEASE_IDS
#define CABLESEARCH_RELEASE_IDS "scripts/data/cable-ids.csv.gz"
#endif

namespace fs = std::filesystem;
using namespace corpusgen;

namespace {

// An even spread over the release list keeps its mix of years and posts.
std::vector<size_t> choose(size_t total, size_t count)
{
    std::vector<size_t> out;
    if (count >= total) count = total;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i) out.push_back(i * total / count);
    return out;
}

int run(int argc, char** argv)
{
    CLI::App app{"cable-make-corpus: generate a synthetic corpus shaped like the Cablegate release"};
    size_t count = 251287;
    uint64_t seed = 1;
    std::string format = "text";
    std::string out = "generated-corpus";
    std::string ids = CABLESEARCH_RELEASE_IDS;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    bool quiet = false;
    std::string manifest;
    app.add_option("--count", count, "Number of cables (default: the whole release)")->check(CLI::PositiveNumber);
    app.add_option("--seed", seed, "Seed: the same seed gives the same corpus");
    app.add_option("--format", format, "text: cable/YYYY/MM/ID.txt; csv: one cables.csv dump")
        ->check(CLI::IsMember({"text", "csv"}));
    app.add_option("--out", out, "Output folder");
    app.add_option("--ids", ids, "The release id list (id,month; plain or gzip)");
    app.add_option("-j,--threads", threads, "Threads")->check(CLI::PositiveNumber);
    app.add_option("--manifest", manifest,
                   "Also write there, one JSON line per cable: the id, date, tags, subject and references it was made with");
    app.add_flag("-q,--quiet", quiet, "No summary line");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }

    auto start = std::chrono::steady_clock::now();
    std::vector<ReleaseEntry> release = read_release_list(ids);
    std::vector<size_t> chosen = choose(release.size(), count);
    fs::path root(out);
    fs::create_directories(root);
    if (format == "text") {
        std::set<std::pair<int, int>> months;
        for (size_t i : chosen) months.insert({release[i].year, release[i].month});
        for (auto [y, m] : months) fs::create_directories(root / "cable" / fmt::format("{:04}", y) / fmt::format("{:02}", m));
    }

    const Vocabulary vocabulary;
    const TelegramComposer composer(vocabulary, seed);
    const bool csv = format == "csv";
    OutputFile dump;
    const fs::path dump_path = root / "cables.csv";
    if (csv) dump = open_output(dump_path);
    OutputFile manifest_file;
    if (!manifest.empty()) manifest_file = open_output(manifest);

    // Blocks of cables: workers compose (and write text files) in parallel;
    // the csv dump is appended in release order, block after block.
    constexpr size_t kBlock = 2048;
    std::atomic<uint64_t> bytes{0};
    std::vector<std::string> rows(kBlock), manifest_lines(kBlock);
    for (size_t block = 0; block < chosen.size(); block += kBlock) {
        size_t n = std::min(kBlock, chosen.size() - block);
        std::atomic<size_t> next{0};
        std::vector<std::thread> pool;
        std::vector<std::exception_ptr> errors(threads);
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                try {
                    for (size_t k; (k = next++) < n;) {
                        size_t idx = chosen[block + k];
                        GeneratedCable c = composer.compose(release[idx], idx);
                        if (manifest_file)
                            manifest_lines[k] = nlohmann::json{{"id", c.id},
                                                               {"date", c.date},
                                                               {"partial", c.partial},
                                                               {"tags", c.tags},
                                                               {"subject", c.subject},
                                                               {"references", c.references}}
                                                    .dump() +
                                                "\n";
                        if (csv) {
                            rows[k] = csv_row(static_cast<long>(idx + 1), c);
                            bytes += rows[k].size();
                        } else {
                            std::string text = c.text();
                            write_text_file(text_path(root, c), text);
                            bytes += text.size();
                        }
                    }
                } catch (...) {
                    errors[t] = std::current_exception();
                    next = n;
                }
            });
        for (auto& th : pool) th.join();
        for (auto& e : errors)
            if (e) std::rethrow_exception(e);
        if (csv)
            for (size_t k = 0; k < n; ++k) write_all(dump.get(), rows[k], dump_path);
        if (manifest_file)
            for (size_t k = 0; k < n; ++k) write_all(manifest_file.get(), manifest_lines[k], manifest);
    }
    if (dump && std::fflush(dump.get()) != 0) throw std::runtime_error(dump_path.string() + ": write failed");
    if (manifest_file && std::fflush(manifest_file.get()) != 0) throw std::runtime_error(manifest + ": write failed");

    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!quiet)
        fmt::print("cable-make-corpus: {} cables, {:.1f} MB in {} ({:.1f} s)\n", chosen.size(), bytes / 1e6,
                   csv ? dump_path.string() : (root / "cable").string(), secs);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        fmt::print(stderr, "cable-make-corpus: {}\n", e.what());
        return 1;
    }
}
