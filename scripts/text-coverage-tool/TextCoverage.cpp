#include "TextCoverage.h"

#include "BodyText.h"
#include "formats/CableReader.h"
#include "index/CableDocument.h"
#include "index/Redactions.h"
#include "index/TextAnalysis.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

namespace cablesearch::coverage {

namespace {

using TermCounts = std::map<std::string, size_t>;

// Free-text terms are "Z" and a stem; "ZS...", "ZXTO..." are fields.
bool is_free_text_term(const std::string& term)
{
    return term.size() > 1 && term[0] == 'Z' && !(term[1] >= 'A' && term[1] <= 'Z');
}

TermCounts free_text_terms(const Xapian::Document& doc)
{
    TermCounts out;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        std::string term = *it;
        if (is_free_text_term(term)) out[term] = it.positionlist_count();
    }
    return out;
}

struct Tools {
    TextAnalysis analysis;
    Xapian::TermGenerator tg = analysis.make_term_generator();
    CableDocumentBuilder builder;
};

Tools& tools()
{
    thread_local Tools t;
    return t;
}

} // namespace

CableCoverage measure_cable(std::string_view text, const Cable& cable)
{
    Tools& t = tools();
    Xapian::Document body_doc;
    t.tg.set_document(body_doc);
    for (const auto& piece : body_text(text)) {
        index_unredacted(t.tg, piece); // runs of X are no words for a reader either
        t.tg.increase_termpos(10);
    }
    t.tg.set_document(Xapian::Document());
    TermCounts body = free_text_terms(body_doc);
    TermCounts held = free_text_terms(t.builder.build(cable));
    t.builder.take_new_words();

    CableCoverage out;
    out.id = cable.released_id.empty() ? cable.id : cable.released_id;
    for (const auto& [term, n] : body) {
        auto it = held.find(term);
        size_t h = it == held.end() ? 0 : std::min(n, it->second);
        out.body_words += n;
        out.held_words += h;
        if (h < n) out.missing.emplace_back(term.substr(1), n - h);
    }
    std::stable_sort(out.missing.begin(), out.missing.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

void measure_files(const std::filesystem::path& path, const std::function<void(CableCoverage&&)>& sink,
                   std::vector<std::string>& problems)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
        for (const auto& e : std::filesystem::directory_iterator(path))
            if (e.is_regular_file()) files.push_back(e.path());
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(path);
    }
    // The files are measured on up to one thread per core (each with its own
    // text analysis and document builder); the sink still sees them in name
    // order, on this thread.
    struct FileResult {
        std::vector<CableCoverage> cables;
        std::vector<std::string> problems;
    };
    std::vector<FileResult> results(files.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < files.size(); i = next++) {
            FileResult& out = results[i];
            try {
                read_raw_cables(files[i], [&](RawCable&& raw) {
                    std::string text = raw.bytes;
                    std::string where = raw.path;
                    try {
                        Cable cable = parse_raw_cable(std::move(raw));
                        out.cables.push_back(measure_cable(text, cable));
                    } catch (const std::exception& e) {
                        out.problems.push_back(where + ": " + e.what());
                    }
                });
            } catch (const std::exception& e) {
                out.problems.push_back(files[i].string() + ": " + e.what());
            }
        }
    };
    size_t workers = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), files.size());
    {
        std::vector<std::jthread> helpers;
        for (size_t k = 1; k < workers; ++k) helpers.emplace_back(work);
        work();
    }
    for (auto& r : results) {
        for (auto& c : r.cables) sink(std::move(c));
        problems.insert(problems.end(), r.problems.begin(), r.problems.end());
    }
}

} // namespace cablesearch::coverage
