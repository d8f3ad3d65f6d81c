#include "saved/SavedSearches.h"

#include "parse/TextScan.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <sys/file.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unistd.h>

namespace cablesearch {

namespace {

constexpr size_t kMaxNameLength = 64;
constexpr std::string_view kFileName = "saved-searches.conf";

const char* const kFileHeader[] = {
    "# Saved searches of cable-query. Use one in a query as @name: cable-query '@ktip date:2008'.",
    "# Each search is a [name] section with these keys (edit freely):",
    "#   query = the query, as on the command line",
    "#   tag = KTIP        (--tag; one line per tag: all of them)",
    "#   post = tripoli    (--post; one line per post: any of them)",
    "#   class = secret    (--class; one line per value: all of them)",
    "#   since = 2007      (--since)     until = 2008-06  (--until)",
    "# cable-query --save NAME 'QUERY' [--tag ...] adds or replaces one; cable-query saved lists them",
    "# with their counts; cable-query saved --delete NAME removes one.",
};

bool is_comment(std::string_view t) { return t.starts_with('#') || t.starts_with(';'); }

std::string one_line(std::string s)
{
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return std::string(text::trim(s));
}

std::string quoted_if_spaced(const std::string& v)
{
    return v.find(' ') == std::string::npos && !v.empty() ? v : "\"" + v + "\"";
}

std::vector<std::string> render(const SavedSearch& s)
{
    std::vector<std::string> out = {"[" + s.name + "]"};
    if (!s.query.empty()) out.push_back("query = " + one_line(s.query));
    for (const auto& t : s.filters.tags) out.push_back("tag = " + one_line(t));
    for (const auto& p : s.filters.posts) out.push_back("post = " + one_line(p));
    for (const auto& c : s.filters.classes) out.push_back("class = " + one_line(c));
    if (!s.filters.since.empty()) out.push_back("since = " + one_line(s.filters.since));
    if (!s.filters.until.empty()) out.push_back("until = " + one_line(s.filters.until));
    return out;
}

bool is_blank(const std::string& line) { return text::trim(line).empty(); }

} // namespace

std::string saved_name_problem(std::string_view name)
{
    if (name.empty()) return "a saved search needs a name";
    const auto* s = reinterpret_cast<const uint8_t*>(name.data());
    const auto length = static_cast<int32_t>(name.size());
    int32_t i = 0;
    size_t characters = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return "it is not valid UTF-8";
        bool first = characters++ == 0;
        if (u_isalnum(c)) continue;
        if (!first && (c == '-' || c == '_')) continue;
        return first ? "it must start with a letter or a digit"
                     : "it may hold only letters, digits, '-' and '_' (it is written @NAME in queries)";
    }
    if (characters > kMaxNameLength) return fmt::format("it is longer than {} characters", kMaxNameLength);
    return {};
}

bool is_saved_name_byte(char c)
{
    return text::is_alnum(c) || c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool same_saved_name(std::string_view a, std::string_view b)
{
    if (text::lower(a) == text::lower(b)) return true;
    auto folded = [](std::string_view s) {
        return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))).foldCase();
    };
    return folded(a) == folded(b);
}

size_t saved_name_width(std::string_view name)
{
    size_t n = 0;
    for (char c : name) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // code points
    return n;
}

std::string describe_saved_search(const SavedSearch& s)
{
    std::string out = s.query;
    auto add = [&](const char* option, const std::string& v) {
        if (!out.empty()) out += ' ';
        out += fmt::format("{} {}", option, quoted_if_spaced(v));
    };
    for (const auto& t : s.filters.tags) add("--tag", t);
    for (const auto& p : s.filters.posts) add("--post", p);
    for (const auto& c : s.filters.classes) add("--class", c);
    if (!s.filters.since.empty()) add("--since", s.filters.since);
    if (!s.filters.until.empty()) add("--until", s.filters.until);
    return out;
}

std::filesystem::path saved_searches_path()
{
    // The XDG base directory specification: a relative XDG_CONFIG_HOME is ignored.
    if (const char* d = std::getenv("XDG_CONFIG_HOME"); d && *d == '/')
        return std::filesystem::path(d) / "cablesearch" / kFileName;
    if (const char* h = std::getenv("HOME"); h && *h) return std::filesystem::path(h) / ".config" / "cablesearch" / kFileName;
    throw SavedSearchError("cannot find your config folder for saved searches: set XDG_CONFIG_HOME or HOME");
}

SavedSearches SavedSearches::load(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        // No file, or no folder for one: no saved searches (yet).
        int error = errno;
        if (error == ENOENT || error == ENOTDIR) return from_lines(path, {});
        throw SavedSearchError(fmt::format("{}: cannot read the saved searches: {}", path.string(), std::strerror(error)));
    }
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
    }
    if (in.bad()) throw SavedSearchError(fmt::format("{}: cannot read the saved searches", path.string()));
    return from_lines(path, std::move(lines));
}

SavedSearches SavedSearches::from_lines(const std::filesystem::path& path, std::vector<std::string> lines)
{
    SavedSearches out;
    out.path_ = path;
    out.lines_ = std::move(lines);

    auto fail = [&](size_t line, const std::string& why) {
        throw SavedSearchError(fmt::format("{}:{}: {}", path.string(), line + 1, why));
    };
    std::vector<size_t> header_lines;
    auto finish = [&] {
        if (out.searches_.empty()) return;
        const SavedSearch& s = out.searches_.back();
        const QueryFilters& f = s.filters;
        if (s.query.empty() && f.tags.empty() && f.posts.empty() && f.classes.empty() && f.since.empty() && f.until.empty())
            fail(header_lines.back(), fmt::format("[{}] has neither a query nor a filter", s.name));
    };
    for (size_t i = 0; i < out.lines_.size(); ++i) {
        std::string_view t = text::trim(out.lines_[i]);
        if (t.empty() || is_comment(t)) continue;
        if (t.front() == '[') {
            if (t.back() != ']') fail(i, "a section header is [name]");
            std::string name(text::trim(t.substr(1, t.size() - 2)));
            if (name.starts_with('@')) name.erase(0, 1);
            if (std::string why = saved_name_problem(name); !why.empty())
                fail(i, fmt::format("[{}] is not a name for a saved search: {}", name, why));
            for (size_t k = 0; k < out.searches_.size(); ++k)
                if (same_saved_name(out.searches_[k].name, name))
                    fail(i, fmt::format("@{} is saved twice (also on line {})", name, header_lines[k] + 1));
            finish();
            // A comment block right above the header belongs to the search.
            size_t begin = i;
            size_t floor = out.sections_.empty() ? 0 : out.sections_.back().end;
            while (begin > floor && !is_blank(out.lines_[begin - 1]) && is_comment(text::trim(out.lines_[begin - 1]))) --begin;
            out.searches_.push_back({name, {}, {}});
            out.sections_.push_back({begin, i + 1});
            header_lines.push_back(i);
            continue;
        }
        if (out.searches_.empty()) fail(i, "a line before the first [name] section");
        size_t eq = t.find('=');
        if (eq == std::string_view::npos)
            fail(i, "expected 'key = value' (keys: query, tag, post, class, since, until)");
        std::string key = text::lower(text::trim(t.substr(0, eq)));
        std::string value(text::trim(t.substr(eq + 1)));
        SavedSearch& s = out.searches_.back();
        auto single = [&](std::string& field) {
            if (!field.empty()) fail(i, fmt::format("'{}' is given twice in [{}]", key, s.name));
            field = value;
        };
        if (key != "query" && value.empty()) fail(i, fmt::format("'{}' needs a value", key));
        if (key == "query") single(s.query);
        else if (key == "tag") s.filters.tags.push_back(value);
        else if (key == "post") s.filters.posts.push_back(value);
        else if (key == "class") s.filters.classes.push_back(value);
        else if (key == "since") single(s.filters.since);
        else if (key == "until") single(s.filters.until);
        else fail(i, fmt::format("unknown key '{}' (keys: query, tag, post, class, since, until)", key));
        out.sections_.back().end = i + 1;
    }
    finish();
    return out;
}

const SavedSearch* SavedSearches::find(std::string_view name) const
{
    for (const auto& s : searches_)
        if (same_saved_name(s.name, name)) return &s;
    return nullptr;
}

std::optional<SavedSearch> SavedSearches::put(const SavedSearch& search)
{
    std::vector<std::string> lines = render(search);
    std::optional<SavedSearch> old;
    size_t at = searches_.size();
    for (size_t k = 0; k < searches_.size(); ++k)
        if (same_saved_name(searches_[k].name, search.name)) at = k;
    if (at < searches_.size()) {
        old = searches_[at];
        // Its comments stay; its header and keys are written anew.
        size_t header = sections_[at].begin;
        while (!text::trim(lines_[header]).starts_with('[')) ++header;
        lines_.erase(lines_.begin() + static_cast<long>(header), lines_.begin() + static_cast<long>(sections_[at].end));
        lines_.insert(lines_.begin() + static_cast<long>(header), lines.begin(), lines.end());
    } else {
        if (lines_.empty()) lines_.assign(std::begin(kFileHeader), std::end(kFileHeader));
        if (!is_blank(lines_.back())) lines_.emplace_back();
        lines_.insert(lines_.end(), lines.begin(), lines.end());
    }
    *this = from_lines(path_, lines_);
    return old;
}

std::optional<SavedSearch> SavedSearches::remove(std::string_view name)
{
    for (size_t k = 0; k < searches_.size(); ++k) {
        if (!same_saved_name(searches_[k].name, name)) continue;
        SavedSearch old = searches_[k];
        auto begin = static_cast<long>(sections_[k].begin), end = static_cast<long>(sections_[k].end);
        lines_.erase(lines_.begin() + begin, lines_.begin() + end);
        // One blank line between searches, as put writes them.
        if (begin > 0 && is_blank(lines_[static_cast<size_t>(begin) - 1]) &&
            (static_cast<size_t>(begin) == lines_.size() || is_blank(lines_[static_cast<size_t>(begin)])))
            lines_.erase(lines_.begin() + begin - 1);
        *this = from_lines(path_, lines_);
        return old;
    }
    return std::nullopt;
}

void SavedSearches::write() const
{
    std::error_code ec;
    std::filesystem::create_directories(path_.parent_path(), ec);
    if (ec)
        throw SavedSearchError(fmt::format("cannot create the folder for saved searches {}: {}",
                                           path_.parent_path().string(), ec.message()));
    std::filesystem::path part = path_;
    part += fmt::format(".{}.part", getpid());
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        for (const auto& l : lines_) out << l << '\n';
        out.flush();
        if (!out) {
            int error = errno;
            std::filesystem::remove(part, ec);
            throw SavedSearchError(fmt::format("cannot write the saved searches to {}: {}", path_.string(),
                                               std::strerror(error ? error : EIO)));
        }
    }
    std::filesystem::rename(part, path_, ec);
    if (ec) {
        std::filesystem::remove(part, ec);
        throw SavedSearchError(fmt::format("cannot write the saved searches to {}: {}", path_.string(), ec.message()));
    }
}

SavedSearches::Lock::Lock(const std::filesystem::path& file)
{
    std::error_code ec;
    std::filesystem::path folder = file.parent_path();
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw SavedSearchError(fmt::format("cannot create the folder for saved searches {}: {}", folder.string(), ec.message()));
    fd_ = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0)
        throw SavedSearchError(fmt::format("cannot open the folder for saved searches {}: {}", folder.string(), std::strerror(errno)));
    while (flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
    }
}

SavedSearches::Lock::~Lock()
{
    if (fd_ >= 0) ::close(fd_); // releases the lock
}

} // namespace cablesearch
