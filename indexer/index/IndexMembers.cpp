#include "index/IndexMembers.h"

#include "index/IndexStub.h"
#include "index/Schema.h"

#include <fmt/format.h>

namespace cablesearch {

namespace fs = std::filesystem;

bool lists_remote_indexes(const fs::path& folder)
{
    auto entries = read_index_stub(folder);
    if (!entries) return false;
    for (const auto& e : *entries)
        if (e.type == "remote") return true;
    return false;
}

namespace {

unsigned milliseconds(std::chrono::milliseconds timeout)
{
    return static_cast<unsigned>(std::max<std::chrono::milliseconds::rep>(1, timeout.count()));
}

} // namespace

void reopen_member(IndexMember& member, std::chrono::milliseconds timeout)
{
    try {
        if (member.remote) {
            HostPort where = parse_host_port(member.name);
            member.db = Xapian::Remote::open(where.host, where.port, milliseconds(timeout), milliseconds(timeout));
        } else {
            member.db = Xapian::Database(member.name);
        }
        member.problem.clear();
    } catch (const Xapian::Error& e) {
        member.db = Xapian::Database();
        member.problem = member.remote ? describe_failure(e, timeout) : e.get_msg();
    }
}

std::vector<IndexMember> open_index_members(const fs::path& folder, std::chrono::milliseconds timeout)
{
    std::vector<IndexMember> members;
    for (const auto& entry : read_index_stub(folder).value_or(std::vector<StubEntry>{})) {
        IndexMember m;
        if (entry.is_tcp_remote()) {
            HostPort where = parse_host_port(entry.target);
            m.name = where.text();
            m.remote = true;
            m.context = fmt::format("remote:tcp({}:{})", where.host, where.port);
        } else if (entry.type == "remote") {
            m.name = entry.target;
            m.remote = true;
            m.problem = "cable-query reaches other hosts through xapian-tcpsrv only (remote HOST:PORT)";
            members.push_back(std::move(m));
            continue;
        } else {
            m.name = entry_path(folder, entry).string();
        }
        reopen_member(m, timeout);
        members.push_back(std::move(m));
    }
    return members;
}

std::string describe_failure(const Xapian::Error& e, std::chrono::milliseconds timeout)
{
    if (std::string_view(e.get_type()) == "NetworkTimeoutError") // Xapian::Error has no virtual table
        return fmt::format("did not answer within {:g} s", static_cast<double>(timeout.count()) / 1000);
    const char* system = e.get_error_string();
    return fmt::format("did not answer ({}{})", e.get_msg(), system ? fmt::format(": {}", system) : std::string());
}

std::string members_stamp(const std::vector<IndexMember>& members)
{
    std::string stamp;
    for (const auto& m : members)
        stamp += fmt::format("{} {} {} {}\n", m.name, m.db.get_uuid(),
                             m.db.get_metadata(std::string(schema::kCommitKey)), m.db.get_doccount());
    return stamp;
}

} // namespace cablesearch
