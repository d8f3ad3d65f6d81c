#include "RemoteIndex.h"

#include "index/IndexStub.h"
#include "index/Schema.h"
#include "index/SearchSpelling.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

namespace cablesearch {

namespace fs = std::filesystem;

namespace {

// What to do about a shard that does not answer, when there are others.
std::string partial_hint(const CableIndex& index)
{
    return index.members.size() > 1 ? "; --allow-partial searches the shards that answer" : "";
}

// "did you mean" from the folder's dictionary while it is in line with the
// members it was made from.
std::function<std::string()> spelling_check(const std::string& folder, const std::vector<IndexMember>& members,
                                            const std::optional<Xapian::Database>& dictionary)
{
    const std::string refresh = fmt::format("cable-index remote refresh {}", folder);
    if (!dictionary)
        return [refresh] { return fmt::format("no spelling dictionary for these shards yet (run `{}`)", refresh); };
    return [refresh, members, dictionary] {
        try {
            if (dictionary->get_metadata(std::string(kMembersStampKey)) == members_stamp(members)) return std::string();
        } catch (const Xapian::Error& e) {
            return fmt::format("no spelling suggestions: {}", e.get_msg());
        }
        return fmt::format("no spelling suggestions: the dictionary is older than the shards' indexes (run `{}`)",
                           refresh);
    };
}

// all, and the vocabularies, from the members that answer.
void assemble(CableIndex& index)
{
    index.all = Xapian::Database();
    index.words.vocabularies.clear();
    for (const auto& m : index.members)
        if (m.open()) {
            index.all.add_database(m.db);
            index.words.vocabularies.push_back(m.db);
        }
    // A word only the missing shards hold may be the best suggestion.
    if (!index.missing.empty())
        index.words.spelling_problem = [] { return std::string("no spelling suggestions while shards are missing"); };
}

} // namespace

CableIndex open_remote_index(const std::string& location, const OpenOptions& options)
{
    CableIndex index;
    index.options = options;
    std::string folder;
    if (is_remote_index(location)) {
        HostPort where;
        try {
            where = parse_host_port(location.substr(4));
        } catch (const std::invalid_argument& e) {
            throw std::runtime_error(fmt::format("{}: give a remote index as tcp:HOST:PORT ({})", location, e.what()));
        }
        IndexMember m;
        m.name = where.text();
        m.remote = true;
        m.context = fmt::format("remote:tcp({}:{})", where.host, where.port);
        reopen_member(m, options.timeout);
        index.members.push_back(std::move(m));
    } else {
        folder = location;
        index.members = open_index_members(location, options.timeout);
        try {
            index.words.spelling = Xapian::Database((fs::path(location) / kSearchSpellingFolder).string());
        } catch (const Xapian::DatabaseOpeningError&) {
            // none made yet: said when a suggestion is wanted
        }
    }

    bool cable_index = false;
    for (auto& m : index.members) {
        std::string version;
        if (m.open()) {
            try {
                version = m.db.get_metadata(std::string(schema::kSchemaVersionKey));
            } catch (const Xapian::NetworkError& e) {
                m.db = Xapian::Database();
                m.problem = describe_failure(e, options.timeout);
            }
        }
        if (!m.open()) {
            if (!options.allow_partial)
                throw std::runtime_error(
                    fmt::format("{}: shard {} {}{}", location, m.name, m.problem, partial_hint(index)));
            index.missing.push_back({m.name, m.problem});
            continue;
        }
        // A shard beside its home shard has no metadata; a home shard of
        // another schema would match other terms: wrong answers.
        if (!version.empty() && version != schema::kSchemaVersion)
            throw std::runtime_error(fmt::format("{}: shard {} was made by another version of cable-index (index "
                                                 "schema {}, cable-query reads {}); index it again",
                                                 location, m.name, version, schema::kSchemaVersion));
        cable_index = cable_index || !version.empty();
    }
    if (std::none_of(index.members.begin(), index.members.end(), [](auto& m) { return m.open(); }))
        throw std::runtime_error(fmt::format("{}: no shard answered ({})", location,
                                             index.missing.empty() ? std::string("it lists none")
                                                                     : index.missing.front().name + " " + index.missing.front().problem));
    if (!cable_index)
        throw std::runtime_error(fmt::format("{}: not a cable index (no shard says which schema it has)", location));
    if (folder.empty())
        index.words.spelling_problem = [] {
            return std::string("no spelling suggestions through tcp: (Xapian's remote backend does not read a "
                               "server's dictionary; list the server in an index folder with `cable-index remote "
                               "add` to have them)");
        };
    else
        index.words.spelling_problem = spelling_check(folder, index.members, index.words.spelling);
    assemble(index);
    if (index.all.get_doccount() == 0 && index.missing.empty())
        throw std::runtime_error(fmt::format("{}: the index is empty; index cables into its shards first", location));
    return index;
}

void leave_out_failed_host(CableIndex& index, const Xapian::Error& error)
{
    auto failed = std::find_if(index.members.begin(), index.members.end(),
                               [&](const IndexMember& m) { return m.open() && m.context == error.get_context(); });
    const std::string problem = describe_failure(error, index.options.timeout);
    if (!index.options.allow_partial) {
        if (failed == index.members.end()) throw std::runtime_error(fmt::format("an index server {}", problem));
        throw std::runtime_error(fmt::format("shard {} {}{}", failed->name, problem, partial_hint(index)));
    }
    const size_t missing_before = index.missing.size();
    if (failed != index.members.end()) {
        failed->db = Xapian::Database();
        failed->problem = problem;
        index.missing.push_back({failed->name, failed->problem});
    }
    // The other connections may be in the middle of an answer to the search
    // that failed: each starts again on a new one. Any that does not answer
    // now is left out too (and so is any, were the failed one not named).
    for (auto& m : index.members) {
        if (!m.open() || !m.remote) continue;
        reopen_member(m, index.options.timeout);
        if (!m.open()) index.missing.push_back({m.name, m.problem});
    }
    if (index.missing.size() == missing_before) // every host answers now: not a host's failure
        throw std::runtime_error(fmt::format("an index server {}", problem));
    if (std::none_of(index.members.begin(), index.members.end(), [](auto& m) { return m.open(); }))
        throw std::runtime_error(
            fmt::format("no shard answered ({} {})", index.missing.front().name, index.missing.front().problem));
    assemble(index);
}

} // namespace cablesearch
