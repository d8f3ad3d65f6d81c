#include "ReleaseList.h"

#include <cctype>
#include <memory>
#include <stdexcept>
#include <zlib.h>

namespace corpusgen {

namespace {

struct GzCloser {
    void operator()(gzFile f) const { gzclose(f); }
};

ReleaseEntry entry_of(const std::string& id, int month)
{
    ReleaseEntry e;
    e.id = id;
    e.month = month;
    int yy = (id.size() >= 2 && std::isdigit(static_cast<unsigned char>(id[0])) &&
              std::isdigit(static_cast<unsigned char>(id[1])))
                 ? (id[0] - '0') * 10 + (id[1] - '0')
                 : 9;
    e.year = yy >= 60 ? 1900 + yy : 2000 + yy;
    // Post code: the last run of letters before the trailing number
    // ("08SECTION01OF02MANAMA492" -> MANAMA).
    size_t end = id.size();
    while (end > 2 && std::isdigit(static_cast<unsigned char>(id[end - 1]))) --end;
    if (end < id.size()) e.serial = std::stol(id.substr(end, 9));
    size_t begin = end;
    while (begin > 2 && std::isalpha(static_cast<unsigned char>(id[begin - 1]))) --begin;
    e.post = id.substr(begin, end - begin);
    if (e.post.empty()) e.post = "STATE";
    return e;
}

} // namespace

std::vector<ReleaseEntry> read_release_list(const std::filesystem::path& gz_csv)
{
    std::unique_ptr<gzFile_s, GzCloser> file(gzopen(gz_csv.c_str(), "rb"));
    if (!file) throw std::runtime_error(gz_csv.string() + ": cannot open the release id list");
    std::string content;
    char buffer[1 << 16];
    int n;
    while ((n = gzread(file.get(), buffer, sizeof buffer)) > 0) content.append(buffer, static_cast<size_t>(n));
    if (n < 0) throw std::runtime_error(gz_csv.string() + ": corrupt gzip data");

    std::vector<ReleaseEntry> out;
    out.reserve(260000);
    size_t pos = 0;
    bool header = true;
    while (pos < content.size()) {
        size_t nl = content.find('\n', pos);
        if (nl == std::string::npos) nl = content.size();
        std::string line = content.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (header) {
            header = false;
            if (line.starts_with("id,")) continue;
        }
        size_t comma = line.find(',');
        if (comma == std::string::npos || comma == 0) continue;
        int month = std::atoi(line.c_str() + comma + 1);
        if (month < 1 || month > 12) month = 1;
        out.push_back(entry_of(line.substr(0, comma), month));
    }
    if (out.empty()) throw std::runtime_error(gz_csv.string() + ": no cable ids in it");
    return out;
}

} // namespace corpusgen
