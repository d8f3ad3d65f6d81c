#include "formats/CableReader.h"

#include "formats/CsvDump.h"
#include "formats/HtmlPage.h"
#include "formats/TextDecoding.h"
#include "parse/Classification.h"
#include "parse/Dates.h"
#include "parse/ReferenceIds.h"
#include "parse/TextScan.h"

#include <fmt/format.h>
#include <unicode/unistr.h>

namespace cablesearch {

namespace {

// One cable is at most a few hundred KB; a far larger text or HTML file is
// not a cable.
constexpr size_t kMaxSingleCable = 32 << 20;
constexpr size_t kSniffBytes = 64 << 10;
// The longest real ids are about 25 bytes (90STATE255195TOSEC140301).
constexpr size_t kMaxIdBytes = 64;

bool looks_binary(std::string_view head)
{
    std::string_view sample = head.substr(0, 8192);
    if (sample.find('\0') != std::string_view::npos) return true;
    // No early exit: the compiler turns this count into vector code.
    size_t control = 0;
    for (unsigned char c : sample)
        control += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
    return control * 20 > sample.size();
}

bool looks_like_cable_text(std::string_view s)
{
    using text::find_ci;
    // The usual upper-case spellings first: a plain search is much cheaper.
    for (std::string_view keyword : {"SUBJ", "TAGS", "E.O.", "FM "})
        if (s.find(keyword) != std::string_view::npos) return true;
    return find_ci(s, "SUBJECT") != std::string_view::npos || find_ci(s, "TAGS") != std::string_view::npos ||
           find_ci(s, "E.O.") != std::string_view::npos ||
           find_ci(s, "partial extract of the original cable") != std::string_view::npos;
}

// The page's entities are decoded after decode_text has made the bytes
// UTF-8, and gumbo encodes an out-of-range numeric reference
// (&#x000aaaa...;) as bytes that are not UTF-8. The cable's JSON, and so its
// document, cannot hold those: they become U+FFFD.
void make_valid_utf8(std::string& s)
{
    if (is_valid_utf8(s)) return;
    std::string out;
    icu::UnicodeString::fromUTF8(s).toUTF8String(out);
    s.swap(out);
}

std::string legacy_warning(const std::string& path, long line)
{
    return line > 0 ? fmt::format("{}:{}: not valid UTF-8; read as Windows-1252", path, line)
                    : fmt::format("{}: not valid UTF-8; read as Windows-1252", path);
}

} // namespace

std::string_view format_name(SourceFormat f)
{
    switch (f) {
    case SourceFormat::Text: return "text";
    case SourceFormat::Html: return "html";
    case SourceFormat::Csv: return "csv";
    }
    return "text";
}

std::string id_from_file_name(const std::filesystem::path& path)
{
    std::string name = path.filename().string();
    size_t dot = name.find('.');
    std::string stem = text::upper(name.substr(0, dot));
    // Malformed ids are released as they are (90STATE255195TOSEC140301).
    return looks_like_released_id(stem) ? stem : std::string{};
}

FileReport read_raw_cables(const std::filesystem::path& path, const std::function<void(RawCable&&)>& sink)
{
    InputFile file(path);
    // A plain cable of a few KB is read whole at once; anything else starts
    // with a sniff of its first bytes.
    size_t plain = file.compressed() ? 0 : static_cast<size_t>(std::min<uint64_t>(file.disk_size(), kSniffBytes));
    std::string head(plain > 0 ? plain + 1 : kSniffBytes, '\0');
    size_t got = 0;
    bool at_end = false;
    while (got < head.size()) {
        size_t n = file.read(head.data() + got, head.size() - got);
        if (n == 0) {
            at_end = true;
            break;
        }
        got += n;
    }
    head.resize(got);
    if (head.empty()) throw SourceError(file.path(), "empty file");
    if (looks_binary(head)) throw SourceError(file.path(), "binary data, not a cable");

    FileReport report;
    if (looks_like_cables_csv(head)) {
        report.format = SourceFormat::Csv;
        InputFile stream(path); // from the start: the sniffed bytes belong to the first record
        CsvDumpReader reader(stream);
        CsvRecord rec;
        auto on_error = [&](long line, const std::string& message) {
            report.warnings.push_back(fmt::format("{}:{}: {}; record skipped", file.path(), line, message));
        };
        while (reader.next(rec, on_error)) {
            RawCable raw;
            raw.path = file.path();
            raw.format = SourceFormat::Csv;
            raw.line = rec.line;
            raw.hints.id = std::string(text::trim(rec.fields[2]));
            raw.hints.date = parse_csv_date(rec.fields[1]);
            raw.hints.origin = std::string(text::trim(rec.fields[3]));
            raw.hints.classification = normalize_classification(rec.fields[4]);
            raw.bytes = std::move(rec.fields[6]);
            raw.bytes.push_back('\n');
            raw.bytes += rec.fields[7];
            ++report.cables;
            sink(std::move(raw));
        }
        report.bytes = reader.bytes_read();
        if (report.cables == 0 && report.warnings.empty())
            throw SourceError(file.path(), "cables.csv dump with no records");
        return report;
    }

    std::string content = std::move(head);
    if (!at_end) {
        char buffer[1 << 16];
        for (;;) {
            size_t n = file.read(buffer, sizeof buffer);
            if (n == 0) break;
            if (content.size() + n > kMaxSingleCable)
                throw SourceError(file.path(), fmt::format("over {} MB and not a cables.csv dump: too large for one cable",
                                                           kMaxSingleCable >> 20));
            content.append(buffer, n);
        }
    }
    report.bytes = content.size();
    RawCable raw;
    raw.path = file.path();
    if (looks_like_html(std::string_view(content).substr(0, 4096))) {
        raw.format = SourceFormat::Html;
    } else {
        if (!looks_like_cable_text(content))
            throw SourceError(file.path(), "no cable in it (no SUBJECT, TAGS, E.O. or FM line)");
        raw.format = SourceFormat::Text;
    }
    report.format = raw.format;
    raw.bytes = std::move(content);
    report.cables = 1;
    sink(std::move(raw));
    return report;
}

Cable parse_raw_cable(RawCable&& raw)
{
    DecodedText decoded = decode_text(std::move(raw.bytes));
    const std::string* text = &decoded.text;
    CableHints* hints = &raw.hints;
    HtmlCable page;
    if (raw.format == SourceFormat::Html) {
        if (!read_html_cable(decoded.text, page)) throw SourceError(raw.path, "HTML page with no cable text in it");
        make_valid_utf8(page.text);
        make_valid_utf8(page.heading_subject);
        text = &page.text;
        hints = &page.hints;
    }
    // A page's table and a dump's columns are read as bytes, like the text:
    // the same rule for them.
    for (std::string* s : {&hints->id, &hints->origin, &hints->classification}) make_valid_utf8(*s);
    if (raw.format == SourceFormat::Text || (raw.format == SourceFormat::Html && hints->id.empty()))
        hints->id = id_from_file_name(raw.path);
    Cable cable = parse_cable_text(*text, *hints);
    cable.source_path = raw.path;
    cable.source_format = std::string(format_name(raw.format));
    cable.source_line = raw.line;
    // A page whose text has no SUBJECT line: its heading's.
    if (cable.subject.empty()) cable.subject = page.heading_subject;
    if (decoded.was_legacy_encoding) cable.warnings.push_back(legacy_warning(raw.path, raw.line));
    if (cable.id.empty()) throw SourceError(raw.path, "no reference id in the text or the file name", raw.line);
    // The id keys the cable's index document and is listed, space-separated,
    // in the index's record of its file: a csv column or page cell that holds
    // something else (text run together, a broken quote) can be neither.
    if (cable.id.size() > kMaxIdBytes || cable.id.find_first_of(" \t\n\r\f\v") != std::string::npos)
        throw SourceError(raw.path, fmt::format("'{}' is not a reference id", cable.id.substr(0, 40)), raw.line);
    return cable;
}

FileReport read_cables(const std::filesystem::path& path, const std::function<void(Cable&&)>& sink)
{
    std::vector<std::string> record_errors;
    FileReport report = read_raw_cables(path, [&](RawCable&& raw) {
        if (raw.format == SourceFormat::Csv) {
            try {
                sink(parse_raw_cable(std::move(raw)));
            } catch (const SourceError& e) {
                record_errors.push_back(std::string(e.what()) + "; record skipped");
            }
        } else {
            sink(parse_raw_cable(std::move(raw)));
        }
    });
    report.warnings.insert(report.warnings.end(), record_errors.begin(), record_errors.end());
    return report;
}

} // namespace cablesearch
