#include "support/ToolRun.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace cablesearch::testing {

ToolResult run_tool(const std::string& binary, const std::vector<std::string>& args, const std::vector<std::string>& env)
{
    int out_pipe[2], err_pipe[2];
    // Close-on-exec: a tool started meanwhile from another thread must not
    // hold these pipes open, or this one's output never ends.
    if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
    posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);

    std::vector<std::string> argv_s = {binary};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    // env overrides the test's own environment (getenv finds a name's first entry).
    auto overridden = [&](std::string_view entry) {
        std::string_view name = entry.substr(0, entry.find('='));
        return std::any_of(env.begin(), env.end(),
                           [&](const std::string& e) { return std::string_view(e).substr(0, e.find('=')) == name; });
    };
    std::vector<std::string> env_s;
    for (char** e = environ; *e; ++e)
        if (!overridden(*e)) env_s.emplace_back(*e);
    env_s.insert(env_s.end(), env.begin(), env.end());
    std::vector<char*> envp;
    for (auto& e : env_s) envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid;
    int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (rc != 0) {
        close(out_pipe[0]);
        close(err_pipe[0]);
        throw std::runtime_error("cannot start " + binary + ": " + std::strerror(rc));
    }
    ToolResult r;
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    int open_fds = 2;
    char buf[65536];
    while (open_fds > 0) {
        if (poll(fds, 2, -1) < 0) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_fds;
            } else {
                (i == 0 ? r.out : r.err).append(buf, static_cast<size_t>(n));
            }
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

ToolResult cable_index(const std::vector<std::string>& args) { return run_tool(CABLE_INDEX_BIN, args); }
ToolResult cable_query(const std::vector<std::string>& args)
{
    // No saved searches but a test's own: the user's config folder is not read.
    return run_tool(CABLE_QUERY_BIN, args, {"NO_COLOR=1", "XDG_CONFIG_HOME=/nonexistent/cablesearch-tests"});
}

LocalAndRemote cable_query_local_and_remote(const std::vector<std::string>& args, const std::string& local_db,
                                            const std::string& remote_location)
{
    std::vector<std::string> local_args = args, remote_args = args;
    local_args.insert(local_args.end(), {"--db", local_db});
    remote_args.insert(remote_args.end(), {"--db", remote_location});
    return {cable_query(local_args), cable_query(remote_args)};
}

std::string source_dir() { return CABLESEARCH_SOURCE_DIR; }

std::string shared_dir()
{
    auto p = std::filesystem::path(CABLESEARCH_SOURCE_DIR).parent_path() / "shared";
    return std::filesystem::is_directory(p / "cables") ? p.string() : std::string{};
}

std::vector<std::string> lines_of(const std::string& s)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t nl = s.find('\n', start);
        if (nl == std::string::npos) nl = s.size();
        out.push_back(s.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

} // namespace cablesearch::testing
