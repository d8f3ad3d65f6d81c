#include "FacetTable.h"

#include "index/Schema.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

namespace cablesearch {

namespace {

// File layout, native byte order (a cache, never moved between machines):
//   "CSFACET1", u32 last docid, then per facet kind in FacetKind order:
//   u32 number of values, each value as u32 length + bytes, padding to 4,
//   u32 multi; single: u32 value index per docid 0..last (kNone for none);
//   multi: u32 offsets per docid 0..last+1, then the u32 value indexes.
constexpr std::string_view kMagic = "CSFACET1";
constexpr uint32_t kNone = 0xFFFFFFFFu;
constexpr FacetKind kKinds[] = {FacetKind::Tag,   FacetKind::Post,  FacetKind::Year,
                                FacetKind::Month, FacetKind::Class, FacetKind::Caveat};


void put32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void pad4(std::string& out)
{
    while (out.size() % 4) out.push_back('\0');
}

std::string build_table(const Xapian::Database& db)
{
    Xapian::docid last = db.get_lastdocid();
    std::string out(kMagic);
    put32(out, last);
    for (FacetKind kind : kKinds) {
        std::unordered_map<std::string, uint32_t> index;
        std::vector<std::string> values;
        auto id_of = [&](std::string v) {
            auto [it, fresh] = index.try_emplace(v, static_cast<uint32_t>(values.size()));
            if (fresh) values.push_back(std::move(v));
            return it->second;
        };
        std::vector<uint32_t> per_doc, offsets, multi;
        if (!multi_valued(kind)) {
            per_doc.assign(static_cast<size_t>(last) + 1, kNone);
            const Xapian::valueno slot = facet_slot(kind);
            for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
                per_doc[it.get_docid()] = id_of(*it);
        } else {
            // In document order, each document's members in their order.
            std::vector<std::pair<Xapian::docid, uint32_t>> pairs;
            const Xapian::valueno slot = facet_slot(kind);
            for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
                const std::string set = *it;
                schema::for_each_facet_value(set, [&](std::string_view member) {
                    pairs.emplace_back(it.get_docid(), id_of(std::string(member)));
                });
            }
            offsets.assign(static_cast<size_t>(last) + 2, 0);
            for (auto& [doc, v] : pairs) ++offsets[doc + 1];
            for (size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
            std::vector<uint32_t> next(offsets.begin(), offsets.end() - 1);
            multi.resize(pairs.size());
            for (auto& [doc, v] : pairs) multi[next[doc]++] = v;
        }
        put32(out, static_cast<uint32_t>(values.size()));
        for (const auto& v : values) {
            put32(out, static_cast<uint32_t>(v.size()));
            out += v;
        }
        pad4(out);
        put32(out, multi_valued(kind) ? 1 : 0);
        for (const auto* array : {&per_doc, &offsets, &multi})
            out.append(reinterpret_cast<const char*>(array->data()), array->size() * sizeof(uint32_t));
    }
    return out;
}

// A bounded reader over the mapped file: a truncated or foreign file is
// refused, never read past its end.
class Reader {
public:
    Reader(const char* data, size_t size) : data_(data), size_(size) {}
    bool u32(uint32_t& v)
    {
        if (size_ - at_ < sizeof v) return false;
        std::memcpy(&v, data_ + at_, sizeof v);
        at_ += sizeof v;
        return true;
    }
    bool bytes(size_t n, std::string& out)
    {
        if (size_ - at_ < n) return false;
        out.assign(data_ + at_, n);
        at_ += n;
        return true;
    }
    const uint32_t* array(size_t n)
    {
        if (at_ % 4 || (size_ - at_) / sizeof(uint32_t) < n) return nullptr;
        auto p = reinterpret_cast<const uint32_t*>(data_ + at_);
        at_ += n * sizeof(uint32_t);
        return p;
    }
    void align4() { at_ = std::min(size_, (at_ + 3) / 4 * 4); }
    bool done() const { return at_ == size_; }

private:
    const char* data_;
    size_t size_, at_ = 0;
};

Xapian::doccount min_documents()
{
    if (const char* v = std::getenv("CABLESEARCH_FACET_TABLE_MIN_DOCS")) return static_cast<Xapian::doccount>(std::strtoul(v, nullptr, 10));
    return FacetTable::kMinDocuments;
}

// Tables of the index's earlier revisions will not be read again; of other
// indexes (a compaction makes a new one), the few made last are kept.
void remove_old_tables(const std::filesystem::path& dir, const std::string& same_index, const std::filesystem::path& kept)
{
    constexpr size_t kKeep = 4;
    std::error_code ec;
    std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> others;
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.starts_with("facets-") || it->path() == kept) continue;
        if (name.starts_with(same_index)) std::filesystem::remove(it->path(), ec);
        else others.emplace_back(it->last_write_time(ec), it->path());
    }
    if (others.size() < kKeep) return;
    std::sort(others.begin(), others.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (size_t i = kKeep - 1; i < others.size(); ++i) std::filesystem::remove(others[i].second, ec);
}

} // namespace

struct FacetTable::Private {};

std::filesystem::path facet_cache_dir()
{
    if (const char* d = std::getenv("CABLESEARCH_CACHE_DIR"); d && *d) return d;
    if (const char* d = std::getenv("XDG_CACHE_HOME"); d && *d) return std::filesystem::path(d) / "cablesearch";
    if (const char* h = std::getenv("HOME"); h && *h) return std::filesystem::path(h) / ".cache" / "cablesearch";
    return {};
}

namespace {

// Xapian's revision of a one-database index; an index of several shards has
// none, and counts cable-index's commits instead (schema::kCommitKey).
std::string index_revision(const Xapian::Database& db)
{
    try {
        return std::to_string(db.get_revision());
    } catch (const Xapian::InvalidOperationError&) {
        return "c" + db.get_metadata(std::string(schema::kCommitKey));
    }
}

} // namespace

std::unique_ptr<FacetTable> FacetTable::open(const Xapian::Database& db) { return open(db, facet_cache_dir()); }

std::unique_ptr<FacetTable> FacetTable::open(const Xapian::Database& db, const std::filesystem::path& dir)
{
    if (dir.empty() || db.get_doccount() < min_documents()) return nullptr;
    std::string uuid = db.get_uuid();
    if (uuid.empty()) return nullptr;
    std::string prefix = fmt::format("facets-{}-", uuid);
    std::filesystem::path file = dir / fmt::format("{}{}.bin", prefix, index_revision(db));
    if (auto table = std::make_unique<FacetTable>(Private{}); table->load(file, db.get_lastdocid())) return table;

    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::filesystem::path part = file;
    part += fmt::format(".{}.part", getpid());
    {
        std::string bytes = build_table(db);
        std::ofstream out(part, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) {
            std::filesystem::remove(part, ec);
            return nullptr;
        }
    }
    std::filesystem::rename(part, file, ec);
    if (ec) {
        std::filesystem::remove(part, ec);
        return nullptr;
    }
    remove_old_tables(dir, prefix, file);
    auto table = std::make_unique<FacetTable>(Private{});
    return table->load(file, db.get_lastdocid()) ? std::move(table) : nullptr;
}

bool FacetTable::load(const std::filesystem::path& file, Xapian::docid last_docid)
{
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    void* map = fstat(fd, &st) == 0 && st.st_size > 0
                    ? mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0)
                    : MAP_FAILED;
    ::close(fd);
    if (map == MAP_FAILED) return false;
    map_ = map;
    map_size_ = static_cast<size_t>(st.st_size);

    Reader r(static_cast<const char*>(map_), map_size_);
    std::string magic;
    uint32_t last = 0;
    if (!r.bytes(kMagic.size(), magic) || magic != kMagic || !r.u32(last) || last != last_docid) return false;
    size_t docs = static_cast<size_t>(last) + 1;
    for (FacetKind kind : kKinds) {
        Column c;
        uint32_t count = 0, multi = 0;
        if (!r.u32(count) || count > map_size_) return false;
        c.values.resize(count);
        for (auto& v : c.values) {
            uint32_t length = 0;
            if (!r.u32(length) || !r.bytes(length, v)) return false;
        }
        r.align4();
        if (!r.u32(multi) || (multi != 0) != multi_valued(kind)) return false;
        c.multi = multi != 0;
        if (!c.multi) {
            if (!(c.per_doc = r.array(docs))) return false;
        } else {
            if (!(c.offsets = r.array(docs + 1)) || !(c.multi_values = r.array(c.offsets[docs]))) return false;
        }
        columns_.push_back(std::move(c));
    }
    last_docid_ = last;
    return r.done();
}

FacetTable::~FacetTable()
{
    if (map_) munmap(map_, map_size_);
}

size_t FacetTable::value_count(FacetKind kind) const { return columns_[static_cast<size_t>(kind)].values.size(); }

const std::string& FacetTable::value(FacetKind kind, size_t index) const
{
    return columns_[static_cast<size_t>(kind)].values[index];
}

void FacetTable::count(FacetKind kind, const std::vector<Xapian::docid>& ids, std::vector<Xapian::doccount>& counts) const
{
    const Column& c = columns_[static_cast<size_t>(kind)];
    counts.resize(c.values.size(), 0);
    // Indexes are checked as they are used: a damaged file miscounts at worst.
    const size_t n = counts.size();
    if (!c.multi) {
        for (Xapian::docid id : ids) {
            if (id > last_docid_) continue;
            uint32_t v = c.per_doc[id];
            if (v < n) ++counts[v];
        }
        return;
    }
    const uint32_t total = c.offsets[static_cast<size_t>(last_docid_) + 1];
    for (Xapian::docid id : ids) {
        if (id > last_docid_) continue;
        uint32_t end = std::min(c.offsets[id + 1], total);
        for (uint32_t j = c.offsets[id]; j < end; ++j)
            if (uint32_t v = c.multi_values[j]; v < n) ++counts[v];
    }
}

} // namespace cablesearch
