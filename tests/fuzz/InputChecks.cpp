#include "fuzz/InputChecks.h"

#include "Search.h"
#include "formats/CableReader.h"
#include "formats/TextDecoding.h"
#include "index/CableDocument.h"
#include "index/FileState.h"
#include "index/Schema.h"
#include "model/CableJson.h"
#include "output/Output.h"
#include "support/TempDir.h"

#include <cstdio>
#include <fmt/format.h>
#include <memory>
#include <sys/mman.h>
#include <unistd.h>
#include <xapian.h>

namespace cablesearch::fuzz {

namespace {

// Glass refuses longer terms ("Term too long (> 245)"), and the whole
// commit with them.
constexpr size_t kMaxTermBytes = 245;

std::string excerpt(std::string_view s) { return std::string(s.substr(0, 60)) + (s.size() > 60 ? "..." : ""); }

// Everything cable-index does with a parsed cable short of writing it: the
// document, its stored JSON, and the file state that records its id.
void check_indexable(const Cable& cable)
{
    static CableDocumentBuilder builder;
    Xapian::Document doc;
    try {
        doc = builder.build(cable);
    } catch (const Xapian::Error& e) {
        throw BrokenPromise(fmt::format("{}: the index document cannot be built: {}", cable.id, e.get_description()));
    } catch (const std::exception& e) {
        throw BrokenPromise(fmt::format("{}: the index document cannot be built: {}", cable.id, e.what()));
    }
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string& term = *t;
        if (term.empty()) throw BrokenPromise(fmt::format("{}: an empty term", cable.id));
        if (term.size() > kMaxTermBytes)
            throw BrokenPromise(fmt::format("{}: a term of {} bytes, over Xapian's limit of {}: {}", cable.id,
                                            term.size(), kMaxTermBytes, excerpt(term)));
    }
    const std::string data = doc.get_data();
    if (!is_valid_utf8(data)) throw BrokenPromise(fmt::format("{}: stored JSON is not valid UTF-8", cable.id));
    Cable back;
    try {
        back = cable_from_json(nlohmann::ordered_json::parse(data));
    } catch (const std::exception& e) {
        throw BrokenPromise(fmt::format("{}: stored JSON does not read back: {}", cable.id, e.what()));
    }
    if (back.id != cable.id || back.paragraphs.size() != cable.paragraphs.size() || back.subject != cable.subject)
        throw BrokenPromise(fmt::format("{}: stored JSON reads back as a different cable", cable.id));

    // The index lists each file's ids in one metadata value; an id that does
    // not survive it is never deleted or updated again.
    FileState state{1, 2, {{cable.id, true, {}}}};
    auto parsed = parse_file_state(serialize_file_state(state));
    if (!parsed || parsed->cables.size() != 1 || parsed->cables[0].id != cable.id)
        throw BrokenPromise(fmt::format("id '{}' does not survive the index's file state", excerpt(cable.id)));
}

void check_raw_cable(RawCable&& raw)
{
    Cable cable;
    try {
        cable = parse_raw_cable(std::move(raw));
    } catch (const SourceError&) {
        return; // refused with a message naming the file: as promised
    }
    check_indexable(cable);
}

// The bytes as a file with a path, without touching the disk.
class MemoryFile {
public:
    explicit MemoryFile(std::string_view bytes) : fd_(memfd_create("cablesearch-check", MFD_CLOEXEC))
    {
        if (fd_ < 0) throw std::runtime_error("memfd_create failed");
        for (size_t done = 0; done < bytes.size();) {
            ssize_t n = write(fd_, bytes.data() + done, bytes.size() - done);
            if (n <= 0) throw std::runtime_error("cannot write the memory file");
            done += static_cast<size_t>(n);
        }
    }
    ~MemoryFile() { close(fd_); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

private:
    int fd_;
};

Cable tiny_cable(std::string id, DateTime date, std::string origin, std::string origin_raw, std::string classification,
                 std::vector<std::string> tags, std::vector<Paragraph> paragraphs)
{
    Cable c;
    c.id = std::move(id);
    if (date.year) c.date = date;
    c.origin = std::move(origin);
    c.origin_raw = std::move(origin_raw);
    c.classification = std::move(classification);
    c.tags = std::move(tags);
    c.paragraphs = std::move(paragraphs);
    c.source_format = "text";
    return c;
}

// Three cables covering every field a query can name, in a real (glass)
// index: spelling, wildcards and value ranges behave as in cable-query.
class TinyIndex {
public:
    TinyIndex()
    {
        std::string path = (dir_ / "index").string();
        {
            Xapian::WritableDatabase w(path, Xapian::DB_CREATE_OR_OVERWRITE);
            CableDocumentBuilder builder;
            Cable a = tiny_cable("07CHENGDU32", {2007, 2, 1, 7, 41}, "Consulate Chengdu", "AMCONSUL CHENGDU",
                                 "CONFIDENTIAL", {"PGOV", "KTIP", "CH"},
                                 {{1, "C", "", "summary", "Human trafficking in Guizhou remains a serious problem."},
                                  {2, "U", "Naïve café", "comment", "Smugglers and traffickers moved ¶ workers."}});
            a.caveats = {"SIPDIS"};
            a.references = {"85STATE200090"};
            a.signer = "BOUGHNER";
            a.subject = "GUIZHOU HUMAN TRAFFICKING";
            a.to = {{"SECSTATE WASHDC", "PRIORITY"}};
            Cable b = tiny_cable("85ATHENS12991", {1985, 11, 30, 12, 5}, "Embassy Athens", "AMEMBASSY ATHENS",
                                 "SECRET//NOFORN", {"PTER", "GR"},
                                 {{1, "S", "", "", "Terrorist groups in Athens claimed the attack."}});
            b.caveats = {"NOFORN"};
            Cable c = tiny_cable("09BAGHDAD759", {}, "Embassy Baghdad", "", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", {},
                                 {{0, "", "", "", "Poverty and smuggling near the border."}});
            for (const Cable* cable : {&a, &b, &c}) w.replace_document(schema::id_term(document_key(*cable)), builder.build(*cable));
            w.commit();
        }
        index_ = CableIndex(std::vector<std::string>{path});
    }
    CableIndex& index() { return index_; }

private:
    testing::TempDir dir_;
    CableIndex index_;
};

std::vector<std::string_view> lines(std::string_view s)
{
    std::vector<std::string_view> out;
    for (;;) {
        size_t nl = s.find('\n');
        out.push_back(s.substr(0, nl));
        if (nl == std::string_view::npos) return out;
        s.remove_prefix(nl + 1);
    }
}

} // namespace

void check_text_cable(std::string_view bytes)
{
    RawCable raw;
    raw.path = "corpus/07CHENGDU32.txt";
    raw.format = SourceFormat::Text;
    raw.bytes = std::string(bytes);
    check_raw_cable(std::move(raw));
}

void check_html_page(std::string_view bytes)
{
    RawCable raw;
    raw.path = "corpus/07DUBAI59.html";
    raw.format = SourceFormat::Html;
    raw.bytes = std::string(bytes);
    check_raw_cable(std::move(raw));
}

void check_corpus_file(std::string_view bytes)
{
    MemoryFile file(bytes);
    try {
        read_raw_cables(file.path(), [](RawCable&& raw) { check_raw_cable(std::move(raw)); });
    } catch (const SourceError&) {
        // The file as a whole is refused with a message naming it.
    }
}

void check_query(std::string_view input)
{
    static TinyIndex index;
    static std::unique_ptr<std::FILE, decltype(&std::fclose)> devnull(std::fopen("/dev/null", "w"), &std::fclose);

    auto parts = lines(input);
    auto part = [&](size_t i) { return i < parts.size() ? std::string(parts[i]) : std::string{}; };
    SearchOptions o;
    o.query = part(0);
    o.filters.since = part(1);
    o.filters.until = part(2);
    if (!part(3).empty()) o.filters.tags.push_back(part(3));
    if (!part(4).empty()) o.filters.posts.push_back(part(4));
    if (!part(5).empty()) o.filters.classes.push_back(part(5));
    o.facets = {FacetKind::Tag, FacetKind::Post, FacetKind::Year, FacetKind::Month, FacetKind::Class, FacetKind::Caveat};
    SearchResult result;
    try {
        result = run_search(index.index(), o);
    } catch (const QuerySyntaxError& e) {
        if (e.pointer().empty()) throw BrokenPromise("a refused query without a pointer to the problem");
        return;
    } catch (const Xapian::Error& e) {
        throw BrokenPromise(fmt::format("query '{}' fails inside Xapian: {}", excerpt(o.query), e.get_description()));
    }
    print_text(devnull.get(), result, o, TextStyle{true});
    print_json(devnull.get(), result, o);
    print_csv(devnull.get(), result);
}

} // namespace cablesearch::fuzz
