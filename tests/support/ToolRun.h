#pragma once
// Runs cable-index or cable-query as a user would, capturing what it prints
// and its exit status.

#include <string>
#include <vector>

namespace cablesearch::testing {

struct ToolResult {
    int status = -1;  // exit status; 128+N when killed by signal N
    std::string out, err;
};

ToolResult run_tool(const std::string& binary, const std::vector<std::string>& args,
                    const std::vector<std::string>& env = {});
ToolResult cable_index(const std::vector<std::string>& args);
ToolResult cable_query(const std::vector<std::string>& args);

// The same cable-query command over a local index and over the same index
// served remotely (tcp:HOST:PORT), for tests that compare the two.
struct LocalAndRemote {
    ToolResult local, remote;
};
LocalAndRemote cable_query_local_and_remote(const std::vector<std::string>& args, const std::string& local_db,
                                            const std::string& remote_location);

std::string source_dir();
// ../shared beside the project, or empty when this machine has none.
std::string shared_dir();

// Lines of s, without the final empty one.
std::vector<std::string> lines_of(const std::string& s);

} // namespace cablesearch::testing
