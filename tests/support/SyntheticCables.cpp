#include "support/SyntheticCables.h"

#include "parse/TextScan.h"
#include "support/TempDir.h"

#include <array>
#include <fmt/format.h>
#include <string_view>

namespace cablesearch::testing {

namespace {

struct Post {
    std::string_view fm, code;
};
constexpr std::array<Post, 8> kPosts = {{{"AMEMBASSY ATHENS", "ATHENS"},
                                          {"AMCONSUL CHENGDU", "CHENGDU"},
                                          {"AMEMBASSY MADRID", "MADRID"},
                                          {"AMEMBASSY BAGHDAD", "BAGHDAD"},
                                          {"AMEMBASSY PARIS", "PARIS"},
                                          {"AMEMBASSY TOKYO", "TOKYO"},
                                          {"AMEMBASSY CAIRO", "CAIRO"},
                                          {"AMEMBASSY LIMA", "LIMA"}}};
constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::array<std::string_view, 10> kTags = {"PGOV", "PREL", "PHUM", "KTIP", "ECON",
                                                    "PTER", "SNAR", "EFIN", "MARR", "KDEM"};
constexpr std::array<std::string_view, 16> kWords = {
    "minister", "trafficking", "election",  "border", "militia", "harvest", "pipeline", "tariff",
    "refugees", "parliament",  "smuggling", "reform", "embassy", "drought", "coalition", "budget"};

struct Synthetic {
    std::string id, header, body, origin, date_csv;
};

Synthetic make_cable(size_t n, int revision)
{
    const Post& post = kPosts[n % kPosts.size()];
    int year = 2000 + static_cast<int>(n / kPosts.size() % 10);
    int month = static_cast<int>(n % 12);
    int day = 1 + static_cast<int>(n % 28), hour = static_cast<int>(n % 24), minute = static_cast<int>(n % 60);
    size_t serial = 1000 + n;
    Synthetic s;
    s.id = fmt::format("{:02}{}{}", year % 100, post.code, serial);
    s.origin = std::string(post.fm.starts_with("AMCONSUL") ? "Consulate " : "Embassy ") +
               std::string(post.code.substr(0, 1)) + text::lower(post.code.substr(1));
    s.date_csv = fmt::format("{}/{}/{} {}:{:02}", month + 1, day, year, hour, minute);
    s.header = fmt::format("R {:02}{:02}{:02}Z {} {:02}\nFM {}\nTO SECSTATE WASHDC {}\n", day, hour, minute,
                           kMonths[month], year % 100, post.fm, serial);
    std::string words;
    for (size_t w = 0; w < 40; ++w) words += std::string(kWords[(n * 7 + w * 3) % kWords.size()]) + " ";
    s.body = fmt::format("C O N F I D E N T I A L {} {:06}\n\nE.O. 12958: DECL: 1/1/2020\nTAGS: {} {}\n"
                         "SUBJECT: {} REPORT NUMBER {} {}\n\n1. (C) {}\n\n2. (U) {}\n",
                         post.code, serial, kTags[n % kTags.size()], kTags[(n / 3) % kTags.size()],
                         kWords[n % kWords.size()], n, revision_word(revision), words, words);
    return s;
}

// The csv dump escapes: backslash before quotes and backslashes.
std::string csv_field(std::string_view v)
{
    std::string out = "\"";
    for (char c : v) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

} // namespace

std::string revision_word(int revision) { return fmt::format("rev{}", revision); }

SyntheticCorpus write_synthetic_corpus(const std::filesystem::path& folder, size_t count, double text_share,
                                       size_t csv_records, int revision)
{
    SyntheticCorpus corpus;
    size_t text_count = static_cast<size_t>(static_cast<double>(count) * text_share);
    for (size_t n = 0; n < text_count; ++n) {
        Synthetic s = make_cable(n, revision);
        write_file(folder / fmt::format("text/{:03}/{}.txt", n / 500, s.id), s.header + s.body);
        corpus.ids.insert(s.id);
        ++corpus.text_files;
    }
    std::string dump;
    size_t in_dump = 0;
    auto flush = [&] {
        if (dump.empty()) return;
        write_file(folder / fmt::format("csv/cables-{:03}.csv", corpus.csv_files++), dump);
        dump.clear();
        in_dump = 0;
    };
    for (size_t n = text_count; n < count; ++n) {
        Synthetic s = make_cable(n, revision);
        dump += fmt::format("\"{}\",\"{}\",\"{}\",\"{}\",\"CONFIDENTIAL\",\"\",{},{}\n", n + 1, s.date_csv, s.id,
                            s.origin, csv_field(s.header), csv_field(s.body));
        corpus.ids.insert(s.id);
        if (++in_dump == csv_records) flush();
    }
    flush();
    return corpus;
}

} // namespace cablesearch::testing
