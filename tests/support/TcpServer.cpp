#include "support/TcpServer.h"

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <netinet/in.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace cablesearch::testing {

namespace {

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

} // namespace

std::string find_tcpsrv()
{
    for (const char* dir : {"/usr/bin", "/usr/local/bin"})
        if (std::filesystem::exists(std::string(dir) + "/xapian-tcpsrv")) return std::string(dir) + "/xapian-tcpsrv";
    return {};
}

int free_loopback_port()
{
    // The kernel picks one for a socket bound to port 0.
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

TcpServer::TcpServer(const std::string& index) : port_(free_loopback_port())
{
    const std::string binary = find_tcpsrv();
    if (binary.empty()) throw std::runtime_error("no xapian-tcpsrv (package xapian-tools)");
    std::vector<std::string> args = {binary, "--port", std::to_string(port_), "--interface", "127.0.0.1", "--quiet", index};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // Its output goes nowhere: the readiness probe's connections make it
    // complain of broken pipes.
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

TcpServer::~TcpServer()
{
    if (pid_ <= 0) return;
    kill(-pid_, SIGCONT);
    kill(-pid_, SIGTERM); // the server and any connection it still serves
    int status = 0;
    waitpid(pid_, &status, 0);
}

std::string TcpServer::address() const { return "127.0.0.1:" + std::to_string(port_); }

bool TcpServer::ready() const { return accepts_connections(port_); }

void TcpServer::kill_now()
{
    if (pid_ <= 0) return;
    kill(-pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
}

void TcpServer::pause()
{
    if (pid_ > 0) kill(-pid_, SIGSTOP);
}

void TcpServer::resume()
{
    if (pid_ > 0) kill(-pid_, SIGCONT);
}

} // namespace cablesearch::testing
