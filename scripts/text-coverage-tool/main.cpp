// cable-text-coverage: behind scripts/text-coverage. For every cable of the
// files named, the share of its body's words that the index's text holds;
// prints the distribution, the cables below a threshold, and for --show the
// body as measured with the words the index lacks.

#include "BodyText.h"
#include "TextCoverage.h"

#include "formats/CableReader.h"
#include "model/CableJson.h"

#include <fstream>
#include <iterator>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>

using namespace cablesearch;
using namespace cablesearch::coverage;

namespace {

int show(const std::string& path)
{
    std::vector<std::string> problems;
    read_raw_cables(path, [&](RawCable&& raw) {
        std::string text = raw.bytes;
        Cable cable = parse_raw_cable(std::move(raw));
        fmt::print("--- body as measured ---\n");
        for (const auto& piece : body_text(text))
            if (piece.find_first_not_of(" \t") != std::string::npos) fmt::print("{}\n", piece);
        CableCoverage c = measure_cable(text, cable);
        fmt::print("--- {}: {} of {} body words held ({:.2f}%) ---\n", c.id, c.held_words, c.body_words,
                   100.0 * c.share());
        for (const auto& [term, n] : c.missing) fmt::print("missing {} x{}\n", term, n);
    });
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Share of each cable's body words that the index's text holds"};
    std::vector<std::string> paths;
    double below = 99.0;
    size_t list = 20;
    std::string show_path, parsed;
    bool old_index = false;
    app.add_option("paths", paths, "cable files or folders")->required(false);
    app.add_option("--below", below, "list the cables under this percentage (default 99)");
    app.add_option("--list", list, "list at most this many of them, worst first (default 20)");
    app.add_option("--show", show_path, "print one cable's body as measured and the words the index lacks");
    app.add_option("--parsed", parsed,
                   "measure the cables of this JSON-lines file (cable-index parse output, e.g. of another version) "
                   "against the texts they name, instead of parsing them");
    app.add_flag("--without-other-text", old_index,
                 "leave the signer and other text out of the index's side, as indexes before they were indexed");
    CLI11_PARSE(app, argc, argv);
    if (!show_path.empty()) return show(show_path);
    std::vector<CableCoverage> all;
    std::vector<std::string> problems;
    if (!parsed.empty()) {
        std::ifstream in(parsed);
        for (std::string line; std::getline(in, line);) {
            Cable cable = cable_from_json(nlohmann::ordered_json::parse(line));
            if (old_index) {
                cable.signer.clear();
                cable.other_text.clear();
            }
            std::ifstream text_in(cable.source_path, std::ios::binary);
            std::string text((std::istreambuf_iterator<char>(text_in)), std::istreambuf_iterator<char>());
            CableCoverage c = measure_cable(text, cable);
            c.missing.resize(std::min<size_t>(c.missing.size(), 8));
            all.push_back(std::move(c));
        }
    } else if (paths.empty()) {
        fmt::print(stderr, "cable-text-coverage: name the cable files or folders to measure\n");
        return 2;
    }

    for (const auto& p : paths)
        measure_files(p, [&](CableCoverage&& c) {
            c.missing.resize(std::min<size_t>(c.missing.size(), 8));
            all.push_back(std::move(c));
        }, problems);
    for (const auto& p : problems) fmt::print(stderr, "cable-text-coverage: {}\n", p);
    if (all.empty()) return 1;

    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.share() < b.share(); });
    size_t words = 0, held = 0;
    for (const auto& c : all) words += c.body_words, held += c.held_words;
    auto count_under = [&](double pct) {
        return std::count_if(all.begin(), all.end(), [&](const auto& c) { return 100.0 * c.share() < pct; });
    };
    auto pct_at = [&](double q) { return 100.0 * all[std::min(all.size() - 1, size_t(q * all.size()))].share(); };
    fmt::print("cables {}  body words {}  held {} ({:.3f}%)\n", all.size(), words, held, 100.0 * held / std::max<size_t>(words, 1));
    fmt::print("share of body words held: min {:.2f}%  1st percentile {:.2f}%  5th {:.2f}%  median {:.2f}%\n", pct_at(0),
               pct_at(0.01), pct_at(0.05), pct_at(0.5));
    fmt::print("cables under 50%: {}  under 90%: {}  under 99%: {}  under 100%: {}\n", count_under(50), count_under(90),
               count_under(99), count_under(100));
    size_t shown = 0;
    for (const auto& c : all) {
        if (100.0 * c.share() >= below || shown++ >= list) break;
        std::string miss;
        for (const auto& [t, n] : c.missing) miss += fmt::format(" {}x{}", t, n);
        fmt::print("{:7.2f}% {:>6} words  {}  missing:{}\n", 100.0 * c.share(), c.body_words, c.id, miss);
    }
    return count_under(below) > 0 ? 1 : 0;
}
