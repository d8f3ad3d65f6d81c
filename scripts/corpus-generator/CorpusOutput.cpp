#include "CorpusOutput.h"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <stdexcept>

namespace corpusgen {

namespace fs = std::filesystem;

fs::path text_path(const fs::path& out, const GeneratedCable& c)
{
    return out / "cable" / fmt::format("{:04}", c.year) / fmt::format("{:02}", c.month) / (c.id + ".txt");
}

OutputFile open_output(const fs::path& path)
{
    OutputFile f(std::fopen(path.c_str(), "wb"));
    if (!f) throw std::runtime_error(fmt::format("{}: cannot write: {}", path.string(), std::strerror(errno)));
    return f;
}

void write_all(std::FILE* f, const std::string& bytes, const fs::path& path)
{
    if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size())
        throw std::runtime_error(fmt::format("{}: write failed: {}", path.string(), std::strerror(errno)));
}

void write_text_file(const fs::path& path, const std::string& bytes)
{
    OutputFile f = open_output(path);
    write_all(f.get(), bytes, path);
    if (std::fflush(f.get()) != 0)
        throw std::runtime_error(fmt::format("{}: write failed: {}", path.string(), std::strerror(errno)));
}

namespace {

// The dump escapes quotes and backslashes with a backslash; quotes are not doubled.
void quoted(std::string& out, std::string_view field)
{
    out.push_back('"');
    for (char ch : field) {
        if (ch == '"' || ch == '\\' || ch == '\'') out.push_back('\\');
        out.push_back(ch);
    }
    out.push_back('"');
}

} // namespace

std::string csv_row(long row, const GeneratedCable& c)
{
    std::string refs;
    for (const auto& r : c.references) {
        if (!refs.empty()) refs.push_back('|');
        refs += r;
    }
    std::string out;
    out.reserve(c.header.size() + c.content.size() + 256);
    quoted(out, std::to_string(row));
    out.push_back(',');
    quoted(out, c.csv_date);
    out.push_back(',');
    quoted(out, c.id);
    out.push_back(',');
    quoted(out, c.origin);
    out.push_back(',');
    quoted(out, c.classification);
    out.push_back(',');
    quoted(out, refs);
    out.push_back(',');
    quoted(out, c.header + "\n");
    out.push_back(',');
    quoted(out, c.content);
    out.push_back('\n');
    return out;
}

} // namespace corpusgen
