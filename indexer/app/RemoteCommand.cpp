// cable-index remote add|remove|list|refresh: the indexes on other hosts,
// served by xapian-tcpsrv, that an index folder lists in its stub, so that
// cable-query searches them with it as one index (README, Deployment).

#include "app/Commands.h"
#include "index/IndexMembers.h"
#include "index/IndexPart.h"
#include "index/IndexStub.h"
#include "index/Schema.h"
#include "index/SearchSpelling.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fmt/format.h>

namespace cablesearch {

namespace fs = std::filesystem;

CLI::App* add_remote_command(CLI::App& app, RemoteArgs& args)
{
    CLI::App* remote = app.add_subcommand(
        "remote", "The indexes on other hosts (served by xapian-tcpsrv) that cable-query searches with this one");
    remote->require_subcommand(1);
    struct Action {
        const char* name;
        const char* help;
        bool address;
    };
    for (const Action& a :
         {Action{"add", "List the index served at HOST:PORT in the index folder PATH (made when missing)", true},
          Action{"remove", "Take HOST:PORT off the list of PATH", true},
          Action{"list", "The databases PATH lists, and whether each answers (exit status 1 when one does not)", false},
          Action{"refresh", "Bring PATH's spelling dictionary in line with its hosts (after one was re-indexed)",
                 false}}) {
        CLI::App* sub = remote->add_subcommand(a.name, a.help);
        sub->add_option("path", args.path, "The index folder cable-query --db is given")->required();
        if (a.address) sub->add_option("address", args.address, "Where xapian-tcpsrv listens")->required()->type_name("HOST:PORT");
        sub->add_option("--timeout", args.timeout_seconds, "Seconds to wait for a host")->default_val(10);
        sub->callback([&args, name = std::string(a.name)] { args.action = name; });
    }
    return remote;
}

namespace {

using Members = std::vector<IndexMember>;

std::chrono::milliseconds timeout_of(const RemoteArgs& args)
{
    return std::chrono::milliseconds(static_cast<long>(args.timeout_seconds * 1000));
}

// "part 2/3, 2,496 cables"
std::string describe(const IndexMember& m)
{
    std::string part = m.db.get_metadata(std::string(kPartKey));
    std::string version = m.db.get_metadata(std::string(schema::kSchemaVersionKey));
    std::string cables = fmt::format("{} cables", m.db.get_doccount());
    if (!version.empty() && version != schema::kSchemaVersion)
        return fmt::format("{}, index schema {} where cable-query reads {}: index it again", cables, version,
                           schema::kSchemaVersion);
    return part.empty() ? cables : fmt::format("part {}, {}", part, cables);
}

void report_spelling(const fs::path& folder, const Members& members)
{
    SpellingRefresh r = refresh_search_spelling(folder, members);
    if (!r.problem.empty())
        fmt::print(stderr,
                   "cable-index: warning: the spelling dictionary of {} was left as it was: {}; cable-query offers "
                   "no \"did you mean\" until `cable-index remote refresh {}` succeeds\n",
                   folder.string(), r.problem, folder.string());
    else if (!r.up_to_date)
        fmt::print("  spelling dictionary: {} words added, {} removed, {} changed\n", r.added, r.removed, r.changed);
}

// The new member must not hold cables another already holds: the same part
// twice (or a whole corpus beside parts) would count them twice.
void check_parts(const Members& members, const IndexMember& added)
{
    std::string part = added.db.get_metadata(std::string(kPartKey));
    for (const auto& m : members) {
        if (!m.open() || m.name == added.name) continue;
        if (m.db.get_metadata(std::string(schema::kSchemaVersionKey)).empty()) continue; // a shard beside its home
        std::string other = m.db.get_metadata(std::string(kPartKey));
        if (part.empty() || other.empty() || part == other)
            throw std::runtime_error(fmt::format(
                "{} holds {} and {} holds {}: their cables would be searched twice; each host must serve its own "
                "part (cable-index --part K/N)",
                added.name, part.empty() ? "a whole corpus" : "part " + part, m.name,
                other.empty() ? "a whole corpus" : "part " + other));
        if (parse_index_part(part).count != parse_index_part(other).count)
            throw std::runtime_error(fmt::format("{} holds part {} but {} holds part {}: parts of one corpus "
                                                 "split the same way, please",
                                                 added.name, part, m.name, other));
    }
}

int add(const RemoteArgs& args)
{
    const fs::path folder(args.path);
    const HostPort where = parse_host_port(args.address);
    std::error_code ec;
    if (fs::exists(folder / "iamglass", ec))
        throw std::runtime_error(fmt::format("{}: an index of one database has no list of shards to add to; list "
                                             "the hosts in a folder of their own",
                                             folder.string()));
    std::vector<StubEntry> entries = read_index_stub(folder).value_or(std::vector<StubEntry>{});
    for (const auto& e : entries)
        if (e.is_tcp_remote() && parse_host_port(e.target).text() == where.text()) {
            fmt::print("{} already lists {}\n", folder.string(), where.text());
            return 0;
        }

    IndexMember added{where.text(), true, fmt::format("remote:tcp({}:{})", where.host, where.port), {}, {}};
    reopen_member(added, timeout_of(args));
    if (!added.open())
        throw std::runtime_error(fmt::format("{} {}; start xapian-tcpsrv there first (README, Deployment)",
                                             where.text(), added.problem));
    std::string version = added.db.get_metadata(std::string(schema::kSchemaVersionKey));
    if (version != schema::kSchemaVersion)
        throw std::runtime_error(fmt::format("{} serves {}", where.text(),
                                             version.empty() ? std::string("no cable index (or one shard of one)")
                                                             : describe(added)));
    Members members = fs::exists(folder, ec) ? open_index_members(folder, timeout_of(args)) : Members{};
    for (const auto& m : members)
        if (!m.open())
            fmt::print(stderr, "cable-index: warning: {} {}; its part is not checked against {}\n", m.name, m.problem,
                       where.text());
    check_parts(members, added);

    fs::create_directories(folder);
    entries.push_back({"remote", where.text()});
    write_index_stub(folder, entries);
    members.push_back(added);
    fmt::print("{} lists {} ({}); it now searches {} databases\n", folder.string(), where.text(), describe(added),
               entries.size());
    report_spelling(folder, members);
    return 0;
}

int remove(const RemoteArgs& args)
{
    const fs::path folder(args.path);
    const HostPort where = parse_host_port(args.address);
    std::vector<StubEntry> entries = read_index_stub(folder).value_or(std::vector<StubEntry>{});
    auto it = std::find_if(entries.begin(), entries.end(), [&](const StubEntry& e) {
        return e.is_tcp_remote() && parse_host_port(e.target).text() == where.text();
    });
    if (it == entries.end())
        throw std::runtime_error(fmt::format("{} does not list {} (cable-index remote list {})", folder.string(),
                                             where.text(), folder.string()));
    entries.erase(it);
    if (entries.empty()) {
        // Nothing left to search: no index here any more.
        fs::remove(folder / kStubFileName);
        fs::remove_all(folder / kSearchSpellingFolder);
        fmt::print("{} no longer lists {}; it lists nothing now, and is no index\n", folder.string(), where.text());
        return 0;
    }
    write_index_stub(folder, entries);
    fmt::print("{} no longer lists {}; it searches {} databases\n", folder.string(), where.text(), entries.size());
    Members members = open_index_members(folder, timeout_of(args));
    if (lists_remote_indexes(folder)) report_spelling(folder, members);
    else fs::remove_all(folder / kSearchSpellingFolder); // a local index spells with its own
    return 0;
}

int list(const RemoteArgs& args)
{
    const fs::path folder(args.path);
    if (!read_index_stub(folder))
        throw std::runtime_error(fmt::format("{}: no list of databases here (an index of one database, or none)",
                                             folder.string()));
    Members members = open_index_members(folder, timeout_of(args));
    bool all_answer = true;
    for (const auto& m : members) {
        std::string state;
        try {
            state = m.open() ? describe(m) : "NOT ANSWERING: " + m.problem;
        } catch (const Xapian::Error& e) {
            state = "NOT ANSWERING: " + describe_failure(e, timeout_of(args));
        }
        all_answer = all_answer && state.rfind("NOT ANSWERING", 0) != 0;
        fmt::print("{:<7} {:<30} {}\n", m.remote ? "remote" : "local", m.name, state);
    }
    if (lists_remote_indexes(folder) && all_answer) {
        std::string state = "missing: run cable-index remote refresh " + folder.string();
        try {
            Xapian::Database spelling((folder / kSearchSpellingFolder).string());
            state = spelling.get_metadata(std::string(kMembersStampKey)) == members_stamp(members)
                        ? "in line with every host"
                        : "older than the hosts' indexes: run cable-index remote refresh " + folder.string();
        } catch (const Xapian::Error&) {
        }
        fmt::print("spelling dictionary: {}\n", state);
    }
    return all_answer ? 0 : 1;
}

int refresh(const RemoteArgs& args)
{
    const fs::path folder(args.path);
    if (!lists_remote_indexes(folder))
        throw std::runtime_error(fmt::format("{} lists no index on another host; a local index keeps its own "
                                             "spelling dictionary",
                                             folder.string()));
    Members members = open_index_members(folder, timeout_of(args));
    SpellingRefresh r = refresh_search_spelling(folder, members);
    if (!r.problem.empty())
        throw std::runtime_error(fmt::format("{}: the spelling dictionary was left as it was: {}", folder.string(),
                                             r.problem));
    if (r.up_to_date) fmt::print("{}: the spelling dictionary was already in line\n", folder.string());
    else
        fmt::print("{}: spelling dictionary: {} words added, {} removed, {} changed\n", folder.string(), r.added,
                   r.removed, r.changed);
    return 0;
}

} // namespace

int run_remote(const RemoteArgs& args)
{
    if (args.action == "add") return add(args);
    if (args.action == "remove") return remove(args);
    if (args.action == "list") return list(args);
    return refresh(args);
}

} // namespace cablesearch
