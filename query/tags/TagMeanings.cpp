#include "tags/TagMeanings.h"

#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

extern const std::string_view kTagMeaningsTsv;

namespace {

// Words a meaning need not repeat: "trafficking in persons" = "trafficking persons".
bool is_filler(const std::string& w)
{
    static const char* const fillers[] = {"a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with"};
    return std::find(std::begin(fillers), std::end(fillers), w) != std::end(fillers);
}

// The stems of the words of a text, lower case, fillers left out.
std::vector<std::string> stems_of(std::string_view text)
{
    static const Xapian::Stem stem("english");
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && !is_filler(word)) out.push_back(stem(word));
        word.clear();
    };
    for (char c : text) {
        if (text::is_alnum(c)) word.push_back(text::to_lower(c));
        else if (c != '\'') flush();
    }
    flush();
    return out;
}

std::vector<std::string_view> split_tabs(std::string_view line)
{
    std::vector<std::string_view> cells;
    size_t at = 0;
    for (;;) {
        size_t tab = line.find('\t', at);
        cells.push_back(line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
        if (tab == std::string_view::npos) return cells;
        at = tab + 1;
    }
}

} // namespace

bool is_person_tag(std::string_view tag)
{
    return tag.find(' ') != std::string_view::npos || tag.find(',') != std::string_view::npos;
}

const TagMeanings& TagMeanings::builtin()
{
    static const TagMeanings table(kTagMeaningsTsv);
    return table;
}

TagMeanings::TagMeanings(std::string_view tsv)
{
    size_t number = 0;
    bool header = true;
    for (size_t at = 0; at < tsv.size();) {
        size_t end = tsv.find('\n', at);
        if (end == std::string_view::npos) end = tsv.size();
        std::string_view line = tsv.substr(at, end - at);
        at = end + 1;
        ++number;
        if (line.empty() || line[0] == '#') continue;
        if (header) { // "tag kind meaning source note"
            header = false;
            continue;
        }
        auto cells = split_tabs(line);
        if (cells.size() != 5 || cells[0].empty() || cells[1].empty() || cells[3].empty())
            throw std::invalid_argument(fmt::format("tag-meanings.tsv line {}: five columns needed (tag, kind, meaning, "
                                                    "source, note)", number));
        entries_.push_back({text::upper(cells[0]), std::string(cells[1]), std::string(cells[2]), std::string(cells[3]),
                            std::string(cells[4])});
    }
    std::sort(entries_.begin(), entries_.end(), [](auto& a, auto& b) { return a.tag < b.tag; });
    for (size_t i = 1; i < entries_.size(); ++i)
        if (entries_[i].tag == entries_[i - 1].tag)
            throw std::invalid_argument(fmt::format("tag-meanings.tsv: {} is there twice", entries_[i].tag));
    for (const auto& e : entries_) meaning_stems_.push_back(stems_of(e.meaning));
}

std::optional<TagMeaning> TagMeanings::find(std::string_view tag) const
{
    std::string key = text::upper(tag);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key, [](auto& e, auto& k) { return e.tag < k; });
    if (it != entries_.end() && it->tag == key) return *it;
    if (is_person_tag(key)) return TagMeaning{key, "person", "", "TAGS field", ""};
    return std::nullopt;
}

bool TagMeanings::is_code(std::string_view tag) const
{
    std::string key = text::upper(tag);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key, [](auto& e, auto& k) { return e.tag < k; });
    return it != entries_.end() && it->tag == key;
}

std::vector<std::string> TagMeanings::tags_meaning(std::string_view words) const
{
    std::vector<std::string> wanted = stems_of(words);
    std::vector<std::string> tags;
    if (wanted.empty()) return tags;
    for (size_t i = 0; i < entries_.size(); ++i) {
        const auto& have = meaning_stems_[i];
        if (std::all_of(wanted.begin(), wanted.end(),
                        [&](const std::string& w) { return std::find(have.begin(), have.end(), w) != have.end(); }))
            tags.push_back(entries_[i].tag);
    }
    return tags;
}

} // namespace cablesearch
