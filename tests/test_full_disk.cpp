// cable-index writing to a disk that fills up: it stops with one clear line
// and status 2, the index still holds the cables of its last commit, and once
// there is room again a second run completes it. The disk is a small tmpfs,
// which needs root (CI runs as root); elsewhere the test says so and skips.

#include "support/IndexInspection.h"
#include "support/SyntheticCables.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

// A tmpfs of a given size, unmounted whatever happens to the test.
class SmallDisk {
public:
    SmallDisk(const fs::path& where, const std::string& size) : where_(where)
    {
        fs::create_directories(where_);
        std::string options = "size=" + size;
        if (mount("tmpfs", where_.c_str(), "tmpfs", 0, options.c_str()) == 0) mounted_ = true;
        else error_ = std::strerror(errno);
    }
    ~SmallDisk()
    {
        if (mounted_) umount2(where_.c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return mounted_; }
    const std::string& error() const { return error_; }
    bool grow(const std::string& size)
    {
        std::string options = "size=" + size;
        return mount("tmpfs", where_.c_str(), "tmpfs", MS_REMOUNT, options.c_str()) == 0;
    }

private:
    fs::path where_;
    bool mounted_ = false;
    std::string error_;
};

} // namespace

TEST_CASE("full disk: cable-index stops with a clear message and keeps its last commit", "[full-disk]")
{
    TempDir dir;
    // cable-index stops before a commit that may not fit (index/DiskSpace.h):
    // at least 16 MB free, so on 20 MB the first commits fit, later ones not.
    SmallDisk disk(dir / "disk", "20m");
    if (!disk.mounted()) {
        WARN("cannot mount a tmpfs here (" << disk.error() << "; needs root): skipping the full-disk test");
        return;
    }
    // About 12 MB of index for 3,000 cables.
    SyntheticCorpus written = write_synthetic_corpus(dir / "corpus", 3000, 0.5, 250);
    fs::path db = dir / "disk/index";
    std::vector<std::string> args = {(dir / "corpus").string(), "--db", db.string(), "--batch", "100", "--quiet"};

    ToolResult full = cable_index(args);
    INFO(full.err);
    CHECK(full.status == 2);
    auto lines = lines_of(full.err);
    CHECK(lines.size() == 1);
    CHECK(full.err.find(db.string()) != std::string::npos);
    CHECK(full.err.find("No space left on device") != std::string::npos);
    CHECK(full.err.find("last commit") != std::string::npos);

    // The index opens and is whole: every cable its last commit recorded,
    // once; the shard written ahead of the home one may hold more of the
    // corpus (see IndexWriter::commit).
    IndexContents c = inspect_index(db);
    CHECK(c.ids_on_two_documents == 0);
    CHECK(c.documents == c.ids.size());
    for (const auto& id : c.recorded_ids) CHECK(c.ids.count(id) == 1);
    for (const auto& id : c.ids) CHECK(written.ids.count(id) == 1);
    CHECK(c.documents > 0);
    CHECK(c.documents < written.ids.size());
    std::string xapian_check = xapian_check_program(), report;
    if (!xapian_check.empty()) CHECK(xapian_check_index(xapian_check, db, report));

    // Room again: the next run completes the index.
    REQUIRE(disk.grow("256m"));
    ToolResult again = cable_index(args);
    INFO(again.err);
    CHECK(again.status == 0);
    IndexContents after = inspect_index(db);
    CHECK(after.ids == written.ids);
    CHECK(after.recorded_ids == written.ids);
    CHECK(after.ids_on_two_documents == 0);
}
