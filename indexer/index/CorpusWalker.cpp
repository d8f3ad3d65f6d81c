#include "index/CorpusWalker.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <set>
#include <stdexcept>
#include <sys/stat.h>
#include <utility>

namespace cablesearch {

namespace fs = std::filesystem;

namespace {

CorpusFile corpus_file(const fs::path& path, const struct stat& st)
{
    return {path, static_cast<uint64_t>(st.st_size),
            static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

struct Walk {
    CorpusListing out;
    std::set<std::pair<dev_t, ino_t>> visited_dirs;

    void dir(const fs::path& path)
    {
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) {
            out.problems.push_back(fmt::format("{}: {}", path.string(), std::strerror(errno)));
            return;
        }
        if (!visited_dirs.insert({st.st_dev, st.st_ino}).second) {
            out.problems.push_back(fmt::format("{}: symlink loop (folder already visited); skipped", path.string()));
            return;
        }
        std::error_code ec;
        fs::directory_iterator it(path, ec);
        if (ec) {
            out.problems.push_back(fmt::format("{}: {}", path.string(), ec.message()));
            return;
        }
        std::vector<fs::path> children;
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) {
                out.problems.push_back(fmt::format("{}: {}", path.string(), ec.message()));
                break;
            }
            children.push_back(it->path());
        }
        std::sort(children.begin(), children.end());
        for (const auto& child : children) entry(child);
    }

    void entry(const fs::path& path)
    {
        std::string name = path.filename().string();
        if (name.starts_with('.')) return;
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) {
            // A dangling symlink or a loop of links (ELOOP).
            out.problems.push_back(fmt::format("{}: {}", path.string(), std::strerror(errno)));
            return;
        }
        if (S_ISDIR(st.st_mode)) {
            dir(path);
        } else if (S_ISREG(st.st_mode)) {
            out.files.push_back(corpus_file(path, st));
        }
    }
};

} // namespace

CorpusListing list_corpus(const fs::path& root)
{
    struct stat st {};
    if (stat(root.c_str(), &st) != 0)
        throw std::runtime_error(fmt::format("{}: {}", root.string(), std::strerror(errno)));
    Walk walk;
    if (S_ISREG(st.st_mode)) {
        walk.entry(root);
        return std::move(walk.out);
    }
    if (!S_ISDIR(st.st_mode)) throw std::runtime_error(fmt::format("{}: not a folder", root.string()));
    walk.dir(root);
    return std::move(walk.out);
}

CorpusListing list_corpus(const std::vector<fs::path>& roots)
{
    CorpusListing all;
    for (const auto& root : roots) {
        CorpusListing one = list_corpus(root);
        all.files.insert(all.files.end(), std::make_move_iterator(one.files.begin()),
                         std::make_move_iterator(one.files.end()));
        all.problems.insert(all.problems.end(), one.problems.begin(), one.problems.end());
    }
    auto by_path = [](const CorpusFile& a, const CorpusFile& b) { return a.path < b.path; };
    std::stable_sort(all.files.begin(), all.files.end(), by_path);
    auto same = [](const CorpusFile& a, const CorpusFile& b) { return a.path == b.path; };
    all.files.erase(std::unique(all.files.begin(), all.files.end(), same), all.files.end());
    // A problem below two of the roots is told once, in the order met.
    std::set<std::string> told;
    std::erase_if(all.problems, [&](const std::string& p) { return !told.insert(p).second; });
    return all;
}

std::optional<CorpusFile> stat_corpus_file(const fs::path& path)
{
    struct stat st {};
    if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return corpus_file(path, st);
}

} // namespace cablesearch
