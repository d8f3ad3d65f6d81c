#pragma once
// A tool started in the background, so that a test can kill it at a moment
// of its choosing or run other tools beside it. Killed (SIGKILL) and reaped
// when it goes out of scope.

#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace cablesearch::testing {

class ChildProcess {
public:
    // stdout and stderr go to output (appended), or nowhere when empty.
    ChildProcess(const std::string& binary, const std::vector<std::string>& args,
                 const std::filesystem::path& output = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool running();
    // Exit status as run_tool gives it: 128+N when killed by signal N.
    int wait();
    // SIGKILL now, as a power cut or the OOM killer would; returns the status.
    int kill_now();

private:
    pid_t pid_ = -1;
    int status_ = -1;
};

} // namespace cablesearch::testing
