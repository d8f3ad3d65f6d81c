#include "graph/CitedByTable.h"

#include "ResultOrder.h"
#include "Search.h"
#include "graph/Citations.h"
#include "index/Schema.h"

#include "FacetTable.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <map>
#include <unistd.h>

namespace cablesearch {

CitedByTable::CitedByTable(const Xapian::Database& db) : counts_(db.get_lastdocid() + 1, 0)
{
    const std::string ref_prefix(schema::kRefPrefix);
    std::vector<Xapian::docid> cited_twice; // under both of its ids: counted again, as a union
    std::vector<bool> seen(counts_.size(), false);
    std::vector<std::pair<Xapian::docid, std::string>> keys; // of the cited documents; empty when to be read
    // The cited ids the index holds: a merge of the sorted XREF terms with
    // the sorted Q and XCID terms (a scan each), then a posting-list look-up
    // for those only. Most references point outside the index.
    const std::string q_prefix(schema::kIdPrefix), xcid_prefix(schema::kCanonicalIdPrefix);
    Xapian::TermIterator q = db.allterms_begin(q_prefix), q_end = db.allterms_end(q_prefix);
    Xapian::TermIterator xcid = db.allterms_begin(xcid_prefix), xcid_end = db.allterms_end(xcid_prefix);
    for (auto t = db.allterms_begin(ref_prefix); t != db.allterms_end(ref_prefix); ++t) {
        const std::string id = (*t).substr(ref_prefix.size());
        const Xapian::doccount citing = t.get_termfreq();
        for (auto* held : {&q, &xcid}) {
            const std::string& prefix = held == &q ? q_prefix : xcid_prefix;
            const Xapian::TermIterator& end = held == &q ? q_end : xcid_end;
            const std::string term = prefix + id;
            if (*held != end && *(*held) < term) held->skip_to(term);
            if (*held == end || *(*held) != term) continue;
            const bool keyed = held == &q; // else the key is the id as released, read below
            for (auto d = db.postlist_begin(term); d != db.postlist_end(term); ++d) {
                if (*d >= counts_.size()) continue;
                if (seen[*d]) cited_twice.push_back(*d);
                else keys.emplace_back(*d, keyed ? id : std::string());
                seen[*d] = true;
                counts_[*d] += citing;
            }
        }
    }
    for (Xapian::docid d : cited_twice) {
        Xapian::Document doc = db.get_document(d);
        std::vector<std::string> terms;
        for (const std::string& prefix : {std::string(schema::kIdPrefix), std::string(schema::kCanonicalIdPrefix)}) {
            auto it = doc.termlist_begin();
            it.skip_to(prefix);
            if (it != doc.termlist_end() && (*it).starts_with(prefix))
                terms.push_back(schema::ref_term((*it).substr(prefix.size())));
        }
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        counts_[d] = cited_by_count(db, terms);
    }
    for (auto& [d, key] : keys) {
        if (key.empty()) { // a cable released under a malformed id, cited by its canonical one
            const std::string order = db.get_document(d).get_value(schema::kDateLastSlot); // "DATE KEY"
            key = order.substr(order.find(' ') + 1);
        }
        by_key_[key] = counts_[d];
    }
}

namespace {

constexpr std::string_view kMagic = "cablesearch cited-by table 1\n";

Xapian::doccount min_documents()
{
    if (const char* v = std::getenv("CABLESEARCH_FACET_TABLE_MIN_DOCS")) return static_cast<Xapian::doccount>(std::strtoul(v, nullptr, 10));
    return FacetTable::kMinDocuments;
}

// As the facet table names its revisions: an index of several shards has no
// Xapian revision, and counts cable-index's commits.
std::string index_revision(const Xapian::Database& db)
{
    try {
        return std::to_string(db.get_revision());
    } catch (const Xapian::InvalidOperationError&) {
        return "c" + db.get_metadata(std::string(schema::kCommitKey));
    }
}

void put(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

bool get(std::string_view& in, uint32_t& v)
{
    if (in.size() < sizeof v) return false;
    std::memcpy(&v, in.data(), sizeof v);
    in.remove_prefix(sizeof v);
    return true;
}

} // namespace

// last docid, the number of cited documents, then each: docid, count, key length, key.
std::string CitedByTable::serialise() const
{
    std::string out(kMagic);
    put(out, static_cast<uint32_t>(counts_.size() - 1));
    put(out, static_cast<uint32_t>(by_key_.size()));
    std::map<std::string, uint32_t> keys(by_key_.begin(), by_key_.end()); // a stable file
    for (const auto& [key, count] : keys) {
        put(out, count);
        put(out, static_cast<uint32_t>(key.size()));
        out += key;
    }
    for (uint32_t d = 0; d < counts_.size(); ++d)
        if (counts_[d] > 0) {
            put(out, d);
            put(out, counts_[d]);
        }
    return out;
}

bool CitedByTable::load(const std::string& file, Xapian::docid last_docid)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string_view rest(bytes);
    if (!rest.starts_with(kMagic)) return false;
    rest.remove_prefix(kMagic.size());
    uint32_t last = 0, keys = 0;
    if (!get(rest, last) || !get(rest, keys) || last != last_docid) return false;
    counts_.assign(last + 1, 0);
    for (uint32_t i = 0; i < keys; ++i) {
        uint32_t count = 0, length = 0;
        if (!get(rest, count) || !get(rest, length) || rest.size() < length) return false;
        by_key_.emplace(std::string(rest.substr(0, length)), count);
        rest.remove_prefix(length);
    }
    while (!rest.empty()) {
        uint32_t d = 0, count = 0;
        if (!get(rest, d) || !get(rest, count) || d > last) return false;
        counts_[d] = count;
    }
    return true;
}

CitedByTable CitedByTable::open(const Xapian::Database& db)
{
    const std::filesystem::path dir = facet_cache_dir();
    const std::string uuid = db.get_uuid();
    if (dir.empty() || uuid.empty() || db.get_doccount() < min_documents()) return CitedByTable(db);
    const std::string prefix = fmt::format("cited-{}-", uuid);
    const std::filesystem::path file = dir / fmt::format("{}{}.bin", prefix, index_revision(db));
    if (CitedByTable cached; cached.load(file.string(), db.get_lastdocid())) return cached;

    CitedByTable table(db);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::filesystem::path part = file;
    part += fmt::format(".{}.part", getpid());
    {
        const std::string bytes = table.serialise();
        std::ofstream out(part, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) {
            std::filesystem::remove(part, ec);
            return table;
        }
    }
    std::filesystem::rename(part, file, ec);
    if (ec) {
        std::filesystem::remove(part, ec);
        return table;
    }
    // The index's earlier revisions will not be read again.
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec))
        if (it->path().filename().string().starts_with(prefix) && it->path() != file) std::filesystem::remove(it->path(), ec);
    return table;
}

namespace {

class CitedExactly : public Xapian::MatchDecider {
public:
    CitedExactly(const CitedByTable& table, Xapian::doccount n) : table_(table), n_(n) {}
    bool operator()(const Xapian::Document& doc) const override
    {
        const std::string order = doc.get_value(schema::kDateLastSlot); // "DATE KEY"
        return table_.count(order.substr(order.find(' ') + 1)) == n_;
    }

private:
    const CitedByTable& table_;
    Xapian::doccount n_;
};

} // namespace

std::vector<Xapian::MSet> most_cited_page(const Xapian::Database& db, const Xapian::Query& ranking,
                                          const std::vector<Xapian::docid>& matches, const CitedByTable& table,
                                          Xapian::doccount offset, Xapian::doccount limit)
{
    // The matches by number of citations, most first: the page lies in one
    // or a few of these groups, each ranked by relevance on its own.
    std::map<Xapian::doccount, Xapian::doccount, std::greater<>> group_sizes;
    for (Xapian::docid d : matches) ++group_sizes[table.count(d)];
    std::vector<Xapian::MSet> page;
    Xapian::doccount start = 0; // of the group, among all matches
    const Xapian::doccount end = offset + limit;
    for (const auto& [cited, size] : group_sizes) {
        if (start >= end) break;
        if (start + size > offset) {
            const Xapian::doccount from = offset > start ? offset - start : 0;
            const Xapian::doccount to = std::min(size, end - start);
            Xapian::Enquire enquire(db);
            enquire.set_query(ranking);
            set_result_order(enquire, SortOrder::Relevance);
            CitedExactly decider(table, cited);
            page.push_back(enquire.get_mset(from, to - from, 0, nullptr, &decider));
        }
        start += size;
    }
    return page;
}

} // namespace cablesearch
