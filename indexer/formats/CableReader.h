#pragma once
// Reads the cables of one corpus file, whatever its format: plain-text cable,
// release HTML page or cables.csv dump, each possibly gzip-compressed. The
// format is detected from the content, not the file name.
//
// Reading is two steps so that cable-index can spread the second over cores:
// read_raw_cables() splits a file into raw cables (cheap, sequential: a csv
// dump is streamed), parse_raw_cable() decodes and parses one (the work).

#include "formats/InputFile.h"
#include "model/Cable.h"
#include "parse/CableParser.h"

#include <filesystem>
#include <functional>
#include <string>

namespace cablesearch {

enum class SourceFormat { Text, Html, Csv };
std::string_view format_name(SourceFormat f);

struct RawCable {
    std::string path;
    SourceFormat format = SourceFormat::Text;
    std::string bytes;  // the whole file (text, html) or header + content (csv)
    CableHints hints;   // csv columns
    long line = 0;      // csv: line of the record
};

struct FileReport {
    SourceFormat format = SourceFormat::Text;
    size_t cables = 0;
    uint64_t bytes = 0;                  // decompressed bytes read
    std::vector<std::string> warnings;   // "path:line: message"; the file is still read
};

// Throws SourceError when the file as a whole cannot be read (missing,
// unreadable, binary, empty, no cable in it). Bad records inside a csv dump
// are warnings: every good record is still delivered.
FileReport read_raw_cables(const std::filesystem::path& path, const std::function<void(RawCable&&)>& sink);

// Decodes and parses one raw cable. Throws SourceError when it holds no
// cable (an HTML page without cable text, no reference id anywhere).
Cable parse_raw_cable(RawCable&& raw);

// Both steps, in this thread (cable-index parse, tests).
FileReport read_cables(const std::filesystem::path& path, const std::function<void(Cable&&)>& sink);

// The id a file name gives: "07CHENGDU32.txt", "07CHENGDU32.html.gz"; empty otherwise.
std::string id_from_file_name(const std::filesystem::path& path);

} // namespace cablesearch
