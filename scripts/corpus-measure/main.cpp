// cable-corpus-stats: measures what makes a corpus costly to index (its
// vocabulary's growth, word and paragraph lengths, capitals, numbers) at
// several sizes, for one corpus or two side by side (the real cables of
// ../shared against a generated corpus of the same ids), and fits Heaps' law
// to the vocabulary's growth. Cables are taken in an order fixed by a hash of
// their id, so that every size is a spread over the corpus and two corpora
// of the same ids are read in the same order.

#include "TextStatistics.h"

#include "formats/CableReader.h"
#include "index/CorpusWalker.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <memory>
#include <thread>

namespace fs = std::filesystem;
using namespace corpusstats;

namespace {

// A seeded hash of the file name without extensions (the cable's id): the
// order in which cables are read. Sorting by it draws a random sample at
// every size (the first 1,000 cables in id order are all from 2000 to 2003,
// posts A to S), the same sample for two corpora of the
// same ids, and another with another seed.
uint64_t order_key(const fs::path& p, uint64_t seed)
{
    std::string name = p.filename().string();
    name = name.substr(0, name.find('.'));
    uint64_t h = 0xcbf29ce484222325ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
    for (unsigned char c : name) h = (h ^ c) * 0x100000001b3ULL;
    h ^= h >> 31;
    h *= 0x94D049BB133111EBULL;
    return h ^ (h >> 29);
}

struct Run {
    std::map<size_t, std::vector<Measure>> at;      // cables -> measures
    std::vector<std::pair<double, double>> words;   // (words read, distinct words) every step
    std::vector<std::pair<double, double>> stems;   // (words read, distinct stems)
    std::vector<size_t> step_cables;
    size_t total = 0;
};

Run measure_corpus(const fs::path& root, const std::vector<size_t>& sizes, size_t step, unsigned threads,
                   uint64_t sample_seed, size_t limit, const std::string& vocabulary_file = {})
{
    cablesearch::CorpusListing listing = cablesearch::list_corpus(root);
    std::vector<cablesearch::CorpusFile>& files = listing.files;
    if (files.empty()) throw std::runtime_error(root.string() + ": no files");
    std::vector<std::pair<uint64_t, size_t>> order;
    for (size_t i = 0; i < files.size(); ++i) order.push_back({order_key(files[i].path, sample_seed), i});
    std::sort(order.begin(), order.end());
    if (limit && order.size() > limit) order.resize(limit);

    Run run;
    TextStatistics stats;
    constexpr size_t kBlock = 1024;
    std::vector<std::vector<CableCounts>> results(kBlock);
    for (size_t block = 0; block < order.size(); block += kBlock) {
        size_t n = std::min(kBlock, order.size() - block);
        std::atomic<size_t> next{0};
        std::vector<std::thread> pool;
        std::vector<std::exception_ptr> errors(threads);
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                try {
                    CableMeasurer measurer;
                    for (size_t k; (k = next++) < n;) {
                        const auto& f = files[order[block + k].second];
                        results[k].clear();
                        try {
                            cablesearch::read_cables(f.path, [&](cablesearch::Cable&& c) {
                                results[k].push_back(measurer.measure(c, f.size));
                            });
                        } catch (const std::exception& e) {
                            fmt::print(stderr, "cable-corpus-stats: {}: {} (skipped)\n", f.path.string(), e.what());
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
        for (size_t k = 0; k < n; ++k)
            for (const auto& c : results[k]) {
                stats.add(c);
                size_t done = stats.cables();
                if (std::binary_search(sizes.begin(), sizes.end(), done)) run.at[done] = stats.snapshot();
                if (done % step == 0) {
                    run.words.push_back({double(stats.words_read()), double(stats.distinct_words())});
                    run.stems.push_back({double(stats.words_read()), double(stats.distinct_stems())});
                    run.step_cables.push_back(done);
                }
            }
    }
    run.total = stats.cables();
    run.at[run.total] = stats.snapshot();
    if (!vocabulary_file.empty()) {
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(vocabulary_file.c_str(), "w"), &std::fclose);
        if (!out) throw std::runtime_error(vocabulary_file + ": cannot write");
        stats.write_vocabulary(out.get());
    }
    return run;
}

// Several samples (seeds seed, seed + 1, ...): each measure at each size is
// the median over them, since one sample of 1,000 real cables can hold a few
// long tables of figures and ids that move a cell by 30%. Heaps' law points
// come from the first sample.
Run measure_samples(const fs::path& root, const std::vector<size_t>& sizes, size_t step, unsigned threads,
                    uint64_t seed, unsigned samples, size_t limit, const std::string& vocabulary_file = {})
{
    Run first = measure_corpus(root, sizes, step, threads, seed, limit, vocabulary_file);
    std::vector<Run> more;
    for (unsigned s = 1; s < samples; ++s) more.push_back(measure_corpus(root, sizes, step, threads, seed + s, limit));
    for (auto& [n, list] : first.at)
        for (size_t i = 0; i < list.size(); ++i) {
            std::vector<double> values{list[i].value};
            for (const Run& r : more) values.push_back(r.at.at(n)[i].value);
            std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
            list[i].value = values[values.size() / 2];
        }
    return first;
}

std::string with_commas(double v, int decimals)
{
    std::string s = fmt::format("{:.{}f}", v, decimals);
    size_t dot = s.find('.');
    size_t int_end = dot == std::string::npos ? s.size() : dot;
    size_t first = s[0] == '-' ? 1 : 0;
    for (size_t i = int_end; i > first + 3; i -= 3) s.insert(i - 3, ",");
    return s;
}

std::string format_value(const Measure& m) { return with_commas(m.value, m.decimals) + (m.percent ? "%" : ""); }

std::string size_label(size_t n) { return with_commas(double(n), 0); }

// From `from` cables on: the first sizes are the most irregular.
HeapsFit fit_from(const Run& run, const std::vector<std::pair<double, double>>& points, size_t from)
{
    std::vector<std::pair<double, double>> use;
    for (size_t i = 0; i < points.size(); ++i)
        if (run.step_cables[i] >= from) use.push_back(points[i]);
    return fit_heaps(use);
}

void print_heaps(const Run& run, size_t from, double release_words)
{
    HeapsFit w = fit_from(run, run.words, from), s = fit_from(run, run.stems, from);
    fmt::print("\nHeaps' law V = K * n^beta (n words read), fitted from {} cables on, every {} cables:\n", size_label(from),
               run.step_cables.size() > 1 ? run.step_cables[1] - run.step_cables[0] : 0);
    fmt::print("  distinct words: K = {:.2f}, beta = {:.4f} (R^2 = {:.4f})\n", w.k, w.beta, w.r2);
    fmt::print("  distinct stems: K = {:.2f}, beta = {:.4f} (R^2 = {:.4f})\n", s.k, s.beta, s.r2);
    if (release_words > 0)
        fmt::print("  at {} words read: {} distinct words, {} distinct stems\n", with_commas(release_words, 0),
                   with_commas(w.predict(release_words), 0), with_commas(s.predict(release_words), 0));
}

int run(int argc, char** argv)
{
    CLI::App app{"cable-corpus-stats: what makes a corpus costly to index, at several sizes"};
    std::string corpus, compare, vocabulary_file;
    std::vector<size_t> sizes;
    size_t step = 250, fit_from_cables = 1000;
    bool markdown = false, heaps = false, json = false;
    std::string heaps_check;
    double release_words = 0;
    uint64_t sample_seed = 1;
    unsigned samples = 5;
    size_t limit = 0;
    unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    app.add_option("corpus", corpus, "Folder of cables (the real ones)")->required();
    app.add_option("--compare", compare, "Second folder, measured side by side (a generated corpus of the same ids)");
    app.add_option("--sizes", sizes, "Sizes in cables (default 1000,2000,...,7000)")->delimiter(',');
    app.add_flag("--heaps", heaps, "Fit Heaps' law to the first corpus's vocabulary");
    app.add_option("--fit-from", fit_from_cables, "Fit from this many cables on (default 1000)");
    app.add_option("--step", step, "Points of the fit every this many cables (default 250)");
    app.add_option("--release-words", release_words, "Words read in the whole release: print the fit's prediction there");
    app.add_option("--heaps-check", heaps_check,
                   "Second folder (a generated release): its vocabulary at each size against Heaps' law fitted on the first");
    app.add_option("--vocabulary", vocabulary_file, "Write the first corpus's words there: word, times read, cables, stem");
    app.add_flag("--markdown", markdown, "A Markdown table");
    app.add_flag("--json", json, "One JSON object: each corpus's measures by size, and the Heaps fit of the first");
    app.add_option("--sample-seed", sample_seed,
                   "Seed of the order cables are read in (a hash of their id): the same sample of each size on both sides");
    app.add_option("--samples", samples, "Samples of each size; a cell is their median (default 5, odd)")
        ->check(CLI::PositiveNumber);
    app.add_option("--stop-at", limit, "Read only this many cables of each sample (quicker, for the smaller sizes)");
    app.add_option("-j,--threads", threads, "Threads (default 2)")->check(CLI::PositiveNumber);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    if (sizes.empty())
        for (size_t n = 1000; n <= 7000; n += 1000) sizes.push_back(n);
    std::sort(sizes.begin(), sizes.end());

    Run a = heaps_check.empty() ? measure_samples(corpus, sizes, step, threads, sample_seed, samples, limit, vocabulary_file)
                                 : measure_corpus(corpus, sizes, step, threads, sample_seed, 0, vocabulary_file);
    std::vector<size_t> shown;
    for (size_t n : sizes)
        if (a.at.count(n)) shown.push_back(n);
    if (shown.empty() || shown.back() != a.total) shown.push_back(a.total);

    if (!heaps_check.empty()) {
        HeapsFit w = fit_from(a, a.words, fit_from_cables), st = fit_from(a, a.stems, fit_from_cables);
        fmt::print("Heaps' law fitted on {} from {} cables on: words V = {:.2f} * n^{:.4f}, stems V = {:.2f} * n^{:.4f}\n",
                   corpus, size_label(fit_from_cables), w.k, w.beta, st.k, st.beta);
        Run g = measure_corpus(heaps_check, sizes, step, threads, sample_seed, 0);
        std::vector<size_t> at;
        for (size_t n : sizes)
            if (g.at.count(n)) at.push_back(n);
        if (at.empty() || at.back() != g.total) at.push_back(g.total);
        fmt::print("{:>10} {:>14} {:>15} {:>15} {:>7} {:>15} {:>15} {:>7}\n", "cables", "words read", "distinct words",
                   "predicted", "off", "distinct stems", "predicted", "off");
        for (size_t n : at) {
            const auto& m = g.at[n];
            double read = m[0].value, words = m[1].value, stems = m[2].value;
            double pw = w.predict(read), ps = st.predict(read);
            fmt::print("{:>10} {:>14} {:>15} {:>15} {:>+6.1f}% {:>15} {:>15} {:>+6.1f}%\n", size_label(n), with_commas(read, 0),
                       with_commas(words, 0), with_commas(pw, 0), 100 * (words / pw - 1), with_commas(stems, 0),
                       with_commas(ps, 0), 100 * (stems / ps - 1));
        }
        return 0;
    }

    if (json) {
        auto measures = [](const Run& run) {
            nlohmann::json by_size = nlohmann::json::object();
            for (const auto& [n, list] : run.at) {
                nlohmann::json m = nlohmann::json::object();
                for (const auto& x : list) m[x.key] = x.value;
                by_size[std::to_string(n)] = m;
            }
            return by_size;
        };
        HeapsFit w = fit_from(a, a.words, fit_from_cables), st = fit_from(a, a.stems, fit_from_cables);
        nlohmann::json out = {{"corpus", measures(a)},
                              {"heaps", {{"words", {{"k", w.k}, {"beta", w.beta}, {"r2", w.r2}}},
                                         {"stems", {{"k", st.k}, {"beta", st.beta}, {"r2", st.r2}}}}}};
        if (!compare.empty()) out["compare"] = measures(measure_samples(compare, sizes, step, threads, sample_seed, samples, limit));
        fmt::print("{}\n", out.dump());
        return 0;
    }

    if (compare.empty()) {
        fmt::print("{:<48}", "");
        for (size_t n : shown) fmt::print(" {:>12}", size_label(n));
        fmt::print("\n");
        for (size_t i = 0; i < a.at[shown[0]].size(); ++i) {
            fmt::print("{:<48}", a.at[shown[0]][i].label);
            for (size_t n : shown) fmt::print(" {:>12}", format_value(a.at[n][i]));
            fmt::print("\n");
        }
        if (heaps) print_heaps(a, fit_from_cables, release_words);
        return 0;
    }

    Run b = measure_samples(compare, sizes, step, threads, sample_seed, samples, limit);
    std::vector<size_t> both;
    for (size_t n : shown)
        if (b.at.count(n) && n != a.total) both.push_back(n);
    if (a.total == b.total && (both.empty() || both.back() != a.total)) both.push_back(a.total);
    int outside = 0;
    if (markdown) {
        fmt::print("| real / generated |");
        for (size_t n : both) fmt::print(" {} |", size_label(n));
        fmt::print("\n| --- |");
        for (size_t i = 0; i < both.size(); ++i) fmt::print(" ---: |");
        fmt::print("\n");
    } else {
        fmt::print("{} (real) against {} (generated), each cell real / generated (generated off by)\n", corpus, compare);
        fmt::print("{:<44}", "");
        for (size_t n : both) fmt::print(" {:>28}", size_label(n) + " cables");
        fmt::print("\n");
    }
    for (size_t i = 0; i < a.at[both[0]].size(); ++i) {
        const std::string& label = a.at[both[0]][i].label;
        if (markdown) fmt::print("| {} |", label);
        else fmt::print("{:<44}", label);
        for (size_t n : both) {
            const Measure &r = a.at[n][i], &g = b.at[n][i];
            double off = r.value ? 100 * (g.value / r.value - 1) : 0;
            bool ok = std::abs(off) <= 10;
            outside += !ok;
            std::string cell = fmt::format("{} / {}", format_value(r), format_value(g));
            if (markdown) fmt::print(" {}{} |", cell, ok ? "" : fmt::format(" ({:+.0f}%)", off));
            else fmt::print(" {:>28}", fmt::format("{} {:>+4.0f}%{}", cell, off, ok ? " " : "!"));
        }
        fmt::print("\n");
    }
    if (!markdown) fmt::print("\n{} cells off by more than 10% (marked !)\n", outside);
    if (heaps) print_heaps(a, fit_from_cables, release_words);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        fmt::print(stderr, "cable-corpus-stats: {}\n", e.what());
        return 1;
    }
}
