// cable-query over Xapian's remote backend: xapian-tcpsrv serves the fixture
// index on a loopback port, and every answer must equal the local one — the
// ids, their order, and the facet counts, which the server counts with its
// built-in match spies.

#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <spawn.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace cablesearch::testing;

namespace {

// A port nobody listens on now: the kernel picks one for a socket bound to 0.
int free_loopback_port()
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        throw std::runtime_error("cannot find a free loopback port");
    close(fd);
    return ntohs(addr.sin_port);
}

bool accepts_connections(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = fd >= 0 && connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    if (fd >= 0) close(fd);
    return ok;
}

std::string find_tcpsrv()
{
    for (const char* dir : {"/usr/bin", "/usr/local/bin"})
        if (std::filesystem::exists(std::string(dir) + "/xapian-tcpsrv")) return std::string(dir) + "/xapian-tcpsrv";
    return {};
}

// xapian-tcpsrv on 127.0.0.1 for the life of the object; stopped and reaped
// when it goes out of scope. Its output goes nowhere: the readiness probe's
// connections make it complain of broken pipes.
class TcpServer {
public:
    TcpServer(const std::string& binary, const std::string& index) : port_(free_loopback_port())
    {
        std::vector<std::string> args = {binary, "--port", std::to_string(port_), "--interface", "127.0.0.1", "--quiet", index};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        // A process group of its own: on SIGTERM the server signals its whole
        // group (its connection children), which must not include this test.
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attr, 0);
        int rc = posix_spawn(&pid_, binary.c_str(), &actions, &attr, argv.data(), environ);
        posix_spawnattr_destroy(&attr);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0) throw std::runtime_error("cannot start " + binary);
        // Ready when it accepts a connection; a readiness wait, not a timing check.
        for (int i = 0; i < 500 && !accepts_connections(port_); ++i) {
            int status = 0;
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                throw std::runtime_error("xapian-tcpsrv exited at start");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    ~TcpServer()
    {
        if (pid_ <= 0) return;
        kill(-pid_, SIGTERM); // the server and any connection it still serves
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;
    std::string location() const { return "tcp:127.0.0.1:" + std::to_string(port_); }
    bool ready() const { return accepts_connections(port_); }

private:
    int port_;
    pid_t pid_ = -1;
};

ToolResult query(const std::string& db, std::vector<std::string> args)
{
    args.insert(args.end(), {"--db", db});
    return cable_query(args);
}

} // namespace

TEST_CASE("remote: the same ids and facet counts through xapian-tcpsrv", "[query][remote]")
{
    std::string tcpsrv = find_tcpsrv();
    REQUIRE_FALSE(tcpsrv.empty()); // package xapian-tools, in scripts/lib/common.sh
    TcpServer server(tcpsrv, fixture_index());
    REQUIRE(server.ready());

    const std::vector<std::vector<std::string>> searches = {
        {"trafficking OR poverty", "--json", "--facets", "tag,post,year,month,class,caveat", "--facet-limit", "100"},
        {"", "--json", "--sort", "date", "--facets", "tag,caveat", "--limit", "3", "--offset", "2"},
        {"\"human rights\" OR traffick*", "--json", "--facets", "tag,post"},
        {"tag:LY OR class:secret", "--json", "--sort", "-date", "--facets", "year,month"},
        // Words and filters alone are counted locally from their posting
        // lists, remotely by the matcher: the facets must agree.
        {"trafficking", "--json", "--facets", "tag,post,year,month,class,caveat", "--facet-limit", "100"},
        {"trafficking tag:KTIP", "--json", "--facets", "tag,post,year"},
        {"tag:KTIP tag:CH", "--json", "--facets", "tag,class"},
        {"human rights", "--json", "--facets", "tag,year"},
        {"trafficking", "--count"},
        {"trafficking", "--csv"},
        {"xylophone", "--json"},
        // Chains built by cable-query itself, exclusions alone.
        {"traffick* NEAR/3 women OR poverty ADJ/3 trade", "--json", "--facets", "tag,year"},
        {"-tag:KTIP", "--json", "--facets", "tag"},
        {"poverty", "--color", "never"},
        // The timeline: the month spy on the server, the index's months from its terms.
        {"trafficking OR poverty OR terrorism", "--json", "--timeline", "month", "--per-volume"},
        {"", "--json", "--timeline", "quarter"},
        {"", "--timeline", "year", "--per-volume", "--color", "never"},
        {"class:secret", "--count", "--timeline", "month"},
    };
    for (const auto& args : searches) {
        ToolResult local = query(fixture_index(), args);
        ToolResult remote = query(server.location(), args);
        INFO(args.front() << "\n" << remote.err);
        CHECK(local.status != 2); // none of these is a mistake
        CHECK(remote.status == local.status);
        if (args[1] != "--json") {
            CHECK(remote.out == local.out);
            continue;
        }
        // Scores may differ in the last digits; ids, order, paragraphs and facets may not.
        auto local_lines = lines_of(local.out), remote_lines = lines_of(remote.out);
        REQUIRE(remote_lines.size() == local_lines.size());
        for (size_t i = 0; i < local_lines.size(); ++i) {
            auto l = nlohmann::json::parse(local_lines[i]), r = nlohmann::json::parse(remote_lines[i]);
            l.erase("score");
            r.erase("score");
            CHECK(r == l);
        }
    }
    REQUIRE(!lines_of(query(fixture_index(), searches[0]).out).empty());

    ToolResult show = query(server.location(), {"show", "07CHENGDU32", "trafficking"});
    CHECK(show.status == 0);
    CHECK(show.out == query(fixture_index(), {"show", "07CHENGDU32", "trafficking"}).out);

    // cable-query tags: the same counts, kinds, meanings and lifts (the
    // server counts the whole index's tags with its spies).
    for (const std::vector<std::string>& args : {std::vector<std::string>{"tags"}, {"tags", "--with", "PGOV", "--json"},
                                                 {"tags", "trafficking", "--with", "KTIP"},
                                                 {"tags", "tag:\"human rights\"", "--json"}}) {
        ToolResult local = query(fixture_index(), args), remote = query(server.location(), args);
        INFO(args.back() << "\n" << remote.err);
        CHECK(remote.status == 0);
        CHECK(remote.out == local.out);
        CHECK(!local.out.empty());
    }
}

TEST_CASE("remote: no server there is an error that names the place", "[query][remote]")
{
    int port = free_loopback_port();
    ToolResult r = query("tcp:127.0.0.1:" + std::to_string(port), {"trafficking"});
    CHECK(r.status == 2);
    CHECK(r.err.find("tcp:127.0.0.1:" + std::to_string(port)) != std::string::npos);
    CHECK(r.err.find("cannot reach the index server") != std::string::npos);
    ToolResult malformed = query("tcp:localhost", {"trafficking"});
    CHECK(malformed.status == 2);
    CHECK(malformed.err.find("tcp:HOST:PORT") != std::string::npos);
}
