#pragma once
// cable-query tags [QUERY] [--with TAG]: the tags of the matching cables
// (every cable without a query), each with its count, kind and meaning; with
// --with, the tags that occur together with TAG among them, and their lift:
// how many times more often they occur there than in the whole index.

#include "OpenIndex.h"
#include "QueryLanguage.h"
#include "tags/TagMeanings.h"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

struct TagsOptions {
    std::string query;
    std::string with;  // a tag, empty for none
    size_t limit = 0;  // tags listed, 0 for all
};

struct TagCount {
    std::string tag;
    Xapian::doccount count = 0;
    std::optional<TagMeaning> meaning;
    // --with: (count / matches) / (cables with the tag / cables in the index)
    double lift = 0;
};

struct TagsResult {
    Xapian::doccount matches = 0;     // matching cables (with TAG, for --with)
    Xapian::doccount index_cables = 0;
    std::string with;                 // upper case
    std::vector<TagCount> tags;       // most frequent first, equal counts by tag
    size_t distinct = 0;              // tags before the --limit cut
    Xapian::Query query;              // as run, for --explain
};

// Throws QuerySyntaxError for a bad query.
TagsResult count_tags(CableIndex& index, const TagsOptions& options);

void print_tags_text(std::FILE* out, const TagsResult& result, bool colour);
void print_tags_json(std::FILE* out, const TagsResult& result);

} // namespace cablesearch
