#pragma once
// xapian-tcpsrv serving an index on a loopback port for the life of the
// object, in a process group of its own (with the children that serve each
// connection): stopped and reaped when the object goes, or before, to play
// a host that fails.

#include <string>
#include <sys/types.h>

namespace cablesearch::testing {

// /usr/bin/xapian-tcpsrv (package xapian-tools), or empty.
std::string find_tcpsrv();

// A port nobody listens on now.
int free_loopback_port();

class TcpServer {
public:
    // Throws std::runtime_error when it cannot start.
    explicit TcpServer(const std::string& index);
    ~TcpServer();
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    std::string address() const; // 127.0.0.1:PORT
    std::string location() const { return "tcp:" + address(); }
    bool ready() const;
    // A crash: SIGKILL to the server and every connection it serves.
    void kill_now();
    // A host that hangs: its processes stopped (SIGSTOP), or going on again.
    void pause();
    void resume();

private:
    int port_;
    pid_t pid_ = -1;
};

} // namespace cablesearch::testing
