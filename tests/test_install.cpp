// `cmake --install` into a temporary prefix (and staged with DESTDIR): the
// tools, man pages, completion files and copyright where Debian puts them,
// and the installed tools work from there, with no path into the source or
// build tree. The Debian package (CPack, as scripts/package makes it) holds
// the same, with its dependencies, as dpkg-deb reads it.

#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::vector<std::string> kInstalled = {
    "bin/cable-index",
    "bin/cable-query",
    "share/man/man1/cable-index.1.gz",
    "share/man/man1/cable-query.1.gz",
    "share/bash-completion/completions/cable-index",
    "share/bash-completion/completions/cable-query",
    "share/doc/cablesearch/copyright",
};

// Runs a command with only the installed tools on PATH, from a folder of
// its own, with no variable of the test's environment but these.
ToolResult run_installed(const fs::path& cwd, const fs::path& prefix, const std::vector<std::string>& env,
                         const std::string& script)
{
    std::vector<std::string> args = {"-i", "PATH=" + (prefix / "bin").string() + ":/usr/bin:/bin",
                                     "HOME=" + (cwd / "home").string(), "NO_COLOR=1"};
    // A sanitizer build's tools keep the options the suite runs with.
    for (const char* name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"})
        if (const char* value = std::getenv(name)) args.push_back(std::string(name) + "=" + value);
    args.insert(args.end(), env.begin(), env.end());
    args.insert(args.end(), {"/bin/bash", "-c", "cd \"$0\" && " + script, cwd.string()});
    return run_tool("/usr/bin/env", args);
}

} // namespace

TEST_CASE("install: cmake --install puts everything in its place, and the installed tools work", "[install]")
{
    TempDir dir;
    const fs::path prefix = dir / "prefix";
    ToolResult install = run_tool(CMAKE_BIN, {"--install", CABLESEARCH_BUILD_DIR, "--prefix", prefix.string()});
    INFO(install.out << install.err);
    REQUIRE(install.status == 0);
    for (const auto& file : kInstalled) {
        INFO(file);
        CHECK(fs::is_regular_file(prefix / file));
    }
    // Not /usr: the local place zsh looks in.
    CHECK(fs::is_regular_file(prefix / "share/zsh/site-functions/_cable-query"));
    CHECK(fs::is_regular_file(prefix / "share/zsh/site-functions/_cable-index"));

    // The installed tools, from a folder far from the source tree, with the
    // default index of a fresh user.
    fs::create_directories(dir / "work/home");
    write_file(dir / "work/cables/07CHENGDU32.txt", read_file(source_dir() + "/corpus/000_190834ae1df68833.txt"));
    ToolResult used = run_installed(dir / "work", prefix, {},
                                    "cable-index cables --quiet && cable-query 'trafficking tag:KTIP' --count && "
                                    "cable-query show 07CHENGDU32 | head -1 && man -l \"$(dirname \"$(command -v "
                                    "cable-query)\")/../share/man/man1/cable-query.1.gz\" 2>/dev/null | head -5 || true");
    INFO(used.out << used.err);
    CHECK(used.status == 0);
    CHECK(has(used.out, "1\n"));
    CHECK(has(used.out, "07CHENGDU32"));
    CHECK(fs::exists(dir / "work/home/.local/share/cablesearch/index"));

    // The installed bash completion asks the installed cable-query.
    ToolResult completion = run_installed(
        dir / "work", prefix, {},
        "source ../prefix/share/bash-completion/completions/cable-query && COMP_WORDS=(cable-query tag : K) "
        "COMP_CWORD=3 COMP_LINE='cable-query tag:K' COMP_POINT=17 && _cable_query cable-query K : && "
        "printf '%s\\n' \"${COMPREPLY[@]}\"");
    INFO(completion.out << completion.err);
    CHECK(completion.out == "KTIP\n");

    // Staged: DESTDIR in front of the default prefix, /usr/local.
    ToolResult staged = run_tool("/usr/bin/env", {"DESTDIR=" + (dir / "stage").string(), CMAKE_BIN, "--install",
                                                  CABLESEARCH_BUILD_DIR, "--prefix", "/usr/local"});
    INFO(staged.out << staged.err);
    REQUIRE(staged.status == 0);
    for (const auto& file : kInstalled) CHECK(fs::is_regular_file(dir / "stage/usr/local" / file));
    CHECK(fs::is_regular_file(dir / "stage/usr/local/share/zsh/site-functions/_cable-query"));
}

TEST_CASE("package: the .deb holds the tools, man pages, completions and copyright, and its dependencies",
          "[install]")
{
    if (!fs::exists("/usr/bin/dpkg-shlibdeps")) {
        WARN("dpkg-dev is not installed (scripts/test installs it): the package is not checked");
        return;
    }
    TempDir dir;
    // The build tree as it is, as scripts/package packs it.
    ToolResult pack = run_tool("/bin/sh", {"-c", "cd \"$0\" && \"$1\" --config CPackConfig.cmake -B \"$2\"",
                                           CABLESEARCH_BUILD_DIR, CPACK_BIN, (dir / "out").string()});
    INFO(pack.out << pack.err);
    REQUIRE(pack.status == 0);
    fs::path deb;
    for (const auto& e : fs::directory_iterator(dir / "out"))
        if (e.path().extension() == ".deb") deb = e.path();
    REQUIRE(!deb.empty());

    ToolResult contents = run_tool("/usr/bin/dpkg-deb", {"--contents", deb.string()});
    REQUIRE(contents.status == 0);
    for (const auto& file : kInstalled) {
        INFO(file << " is not in the package:\n" << contents.out);
        CHECK(has(contents.out, "./usr/" + file + "\n"));
    }
    // A package's zsh completions go where Debian's zsh finds them.
    CHECK(has(contents.out, "./usr/share/zsh/vendor-completions/_cable-query\n"));
    CHECK_FALSE(has(contents.out, "/usr/local"));

    ToolResult fields = run_tool("/usr/bin/dpkg-deb", {"--field", deb.string(), "Package", "Version", "Depends"});
    INFO(fields.out);
    CHECK(has(fields.out, "Package: cablesearch\n"));
    CHECK(has(fields.out, "Version: 0.1.0\n"));
    // From the libraries the tools link (dpkg-shlibdeps), not a list kept by hand.
    for (const std::string library : {"libxapian30", "libicu", "libc6", "zlib1g"}) {
        INFO(library);
        CHECK(has(fields.out, library));
    }
    ToolResult copyright = run_tool("/bin/sh", {"-c", "dpkg-deb --fsys-tarfile \"$0\" | tar -xO ./usr/share/doc/cablesearch/copyright",
                                                deb.string()});
    CHECK(has(copyright.out, "Upstream-Name: cablesearch"));
}
