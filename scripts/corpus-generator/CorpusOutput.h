#pragma once
// Where generated cables go: one plain-text file per cable in
// cable/YYYY/MM/ID.txt (the release's own layout), or one cables.csv-style
// dump with the dump's quoting and backslash escapes.

#include "Telegram.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace corpusgen {

// DIR/cable/YYYY/MM/ID.txt
std::filesystem::path text_path(const std::filesystem::path& out, const GeneratedCable& c);
// Throws std::runtime_error naming the file when it cannot be written.
void write_text_file(const std::filesystem::path& path, const std::string& bytes);

// One row of the dump: "row","m/d/yyyy h:mm","id","origin","class","refs","header","content"
std::string csv_row(long row, const GeneratedCable& c);

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using OutputFile = std::unique_ptr<std::FILE, FileCloser>;
OutputFile open_output(const std::filesystem::path& path);
void write_all(std::FILE* f, const std::string& bytes, const std::filesystem::path& path);

} // namespace corpusgen
