#pragma once
// What a TAGS code means: the table in tag-meanings.tsv, compiled into the
// tools (no file is read at run time), with the kind and the source of each
// entry. Person names written in a TAGS field are known by their shape.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace cablesearch {

struct TagMeaning {
    std::string tag;     // upper case, as indexed
    std::string kind;    // subject, program, organization, country, region, post, person
    std::string meaning; // empty for a person
    std::string source;  // "5 FAH-3 H-011.1", "FIPS 10-4", "cables", ... (tag-meanings.tsv)
    std::string note;    // how an entry read from the cables was read
};

class TagMeanings {
public:
    // The compiled-in table.
    static const TagMeanings& builtin();
    // A table from TSV text (tests); throws std::invalid_argument naming the line.
    explicit TagMeanings(std::string_view tsv);

    // The entry for tag (any case); a person's name ("KISSINGER, HENRY A.")
    // has kind person; nullopt for a tag the table does not know.
    std::optional<TagMeaning> find(std::string_view tag) const;
    bool is_code(std::string_view tag) const;

    // The tags whose meaning holds every word of words (any order, each word
    // in any form: "trafficking persons" finds "Trafficking in Persons"),
    // sorted; words such as "in", "of", "and" are not needed.
    std::vector<std::string> tags_meaning(std::string_view words) const;

    const std::vector<TagMeaning>& entries() const { return entries_; }

private:
    std::vector<TagMeaning> entries_; // by tag
    std::vector<std::vector<std::string>> meaning_stems_; // per entry
};

// "KISSINGER, HENRY A.": a name, not a code.
bool is_person_tag(std::string_view tag);

} // namespace cablesearch
