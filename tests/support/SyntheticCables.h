#pragma once
// Thousands of small, valid, distinct cables from one template (post, date,
// serial, tags and words varied), written as a corpus folder of text files
// and cables.csv dumps: enough for tests that kill, starve or race
// cable-index, without needing ../shared.

#include <filesystem>
#include <set>
#include <string>

namespace cablesearch::testing {

struct SyntheticCorpus {
    std::set<std::string> ids;  // every reference id written, as the index spells them
    size_t text_files = 0, csv_files = 0;
};

// count cables into folder: text_share of them one per text file (in
// sub-folders of 500), the rest as csv dumps of csv_records each.
// revision changes every cable's wording (the "revN" word in each subject)
// without changing its id, to make a re-index update every file.
SyntheticCorpus write_synthetic_corpus(const std::filesystem::path& folder, size_t count, double text_share,
                                       size_t csv_records, int revision = 0);

// The word every cable of that revision holds in its subject.
std::string revision_word(int revision);

} // namespace cablesearch::testing
