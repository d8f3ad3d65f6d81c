#include "index/IngestPipeline.h"

#include "formats/CableReader.h"
#include "index/BlockingQueue.h"
#include "index/CableDocument.h"

#include <atomic>
#include <thread>
#include <variant>

namespace cablesearch {

namespace {

struct Unit {
    size_t file = 0;
    RawCable raw;
};

struct Built {
    size_t file = 0;
    std::string id;
    long line = 0;
    uint64_t bytes = 0;
    Xapian::Document doc;
    std::vector<std::string> words; // for the vocabulary
    Edition edition;                // which copy is the fullest, when an id is in several files
    std::vector<std::string> warnings;
    std::string error;       // the raw cable held no cable
    bool whole_file = false; // ... and it was the file's only one (text, html)
    bool elsewhere = false;  // a cable of another part of the corpus
};

struct FileEnd {
    size_t file = 0;
    size_t units = 0;
    uint64_t bytes = 0;
    std::vector<std::string> warnings;
    std::string error; // the file as a whole could not be read
};

using Output = std::variant<Built, FileEnd>;

struct FileProgress {
    size_t units_done = 0;
    bool ended = false;
    size_t units_expected = 0;
    bool failed = false;
};

} // namespace

void ingest(const std::vector<CorpusFile>& files, IndexWriter& writer, const IngestOptions& options)
{
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    BlockingQueue<Unit> units(512);
    BlockingQueue<Output> outputs(512);
    std::atomic<bool> stop{false};

    std::thread reader([&] {
        for (size_t i = 0; i < files.size() && !stop; ++i) {
            FileEnd end;
            end.file = i;
            try {
                FileReport report = read_raw_cables(files[i].path, [&](RawCable&& raw) {
                    ++end.units;
                    units.push(Unit{i, std::move(raw)});
                });
                end.bytes = report.bytes;
                end.warnings = std::move(report.warnings);
            } catch (const SourceError& e) {
                end.error = e.what();
            } catch (const std::exception& e) {
                end.error = files[i].path.string() + ": " + e.what();
            }
            outputs.push(std::move(end));
        }
        units.close();
    });

    std::atomic<unsigned> workers_left{threads};
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back([&] {
            CableDocumentBuilder builder;
            while (auto unit = units.pop()) {
                Built b;
                b.file = unit->file;
                b.line = unit->raw.line;
                b.bytes = unit->raw.bytes.size();
                b.whole_file = unit->raw.format != SourceFormat::Csv;
                try {
                    Cable cable = parse_raw_cable(std::move(unit->raw));
                    b.id = document_key(cable);
                    // A cable of another part: its own part's run warns about it.
                    b.elsewhere = options.holds && !options.holds(b.id);
                    if (!b.elsewhere) {
                        for (const auto& w : cable.warnings)
                            if (w.find("Windows-1252") != std::string::npos) b.warnings.push_back(w);
                        b.doc = builder.build(cable);
                        b.words = builder.take_new_words();
                        b.edition = edition_of(cable);
                    }
                } catch (const std::exception& e) {
                    b.error = e.what();
                    if (!b.whole_file) b.error += "; record skipped";
                }
                outputs.push(std::move(b));
            }
            if (--workers_left == 0) outputs.close();
        });

    std::vector<FileProgress> progress(files.size());
    IngestProgress totals;
    totals.files_total = files.size();
    for (const auto& f : files) totals.bytes_total += f.size;
    auto finish_if_done = [&](size_t i) {
        FileProgress& p = progress[i];
        if (!p.ended || p.units_done < p.units_expected) return;
        if (p.failed) writer.fail_file(files[i].path.string());
        else writer.end_file(files[i]);
        ++totals.files_done;
        p.ended = false;
        p.units_expected = SIZE_MAX; // finished
    };
    std::vector<bool> begun(files.size(), false);
    auto begin = [&](size_t i) {
        if (!begun[i]) writer.begin_file(files[i].path.string()), begun[i] = true;
    };

    try {
        while (auto out = outputs.pop()) {
            if (auto* b = std::get_if<Built>(&*out)) {
                begin(b->file);
                for (auto& w : b->warnings)
                    if (options.on_warning) options.on_warning(w);
                if (b->elsewhere) {
                    // Nothing to write; the file still counts as read.
                } else if (!b->error.empty()) {
                    if (b->whole_file) {
                        progress[b->file].failed = true;
                        if (options.on_failure) options.on_failure(b->error);
                    } else if (options.on_warning) {
                        options.on_warning(b->error);
                    }
                } else {
                    writer.add_cable(files[b->file].path.string(), b->id, std::move(b->doc), b->line, b->words,
                                     std::move(b->edition));
                    ++totals.cables_done;
                }
                totals.bytes_done += b->bytes;
                ++progress[b->file].units_done;
                finish_if_done(b->file);
            } else {
                auto& e = std::get<FileEnd>(*out);
                begin(e.file);
                for (auto& w : e.warnings)
                    if (options.on_warning) options.on_warning(w);
                FileProgress& p = progress[e.file];
                p.ended = true;
                p.units_expected = e.units;
                if (!e.error.empty()) {
                    p.failed = true;
                    if (options.on_failure) options.on_failure(e.error);
                }
                finish_if_done(e.file);
            }
            for (auto& w : writer.take_warnings())
                if (options.on_warning) options.on_warning(w);
            if (writer.maybe_commit() && options.on_commit) options.on_commit();
            if (options.on_progress) options.on_progress(totals);
        }
    } catch (...) {
        stop = true;
        units.close();
        outputs.close();
        reader.join();
        for (auto& w : workers) w.join();
        throw;
    }
    reader.join();
    for (auto& w : workers) w.join();
    writer.commit();
    if (options.on_commit) options.on_commit();
}

} // namespace cablesearch
