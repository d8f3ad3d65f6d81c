#pragma once
// Seven hand-written cables in a real index, for the cable-query tests: each
// syntax element and filter has cables it must find and cables it must not.
//
//   07CHENGDU32    2007-02-01 Consulate Chengdu  CONFIDENTIAL       PGOV PHUM KTIP CH ELAB (five tags)
//   07TRIPOLI100   2007-03-15 Embassy Tripoli    SECRET//NOFORN     PREL PTER LY   cites 07CHENGDU32
//   08TRIPOLI5     2008-01-10 Embassy Tripoli    UNCLASSIFIED//FOR OFFICIAL USE ONLY  ECON LY
//   06ATHENS700    2006-12-31 Embassy Athens     CONFIDENTIAL       PTER GR
//   09BAGHDAD1     2009-06-15 Embassy Baghdad    SECRET             PGOV IZ
//   04MADRID10     no date    Embassy Madrid     UNCLASSIFIED       SMIG SP       (partial cable)
//   85STATE200090  1985-08-01 Secretary of State UNCLASSIFIED       PREL

#include "model/Cable.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cablesearch::testing {

std::vector<Cable> fixture_cables();
// Writes the cables into a new index at path with the indexer's own document builder.
void write_index(const std::string& path, const std::vector<Cable>& cables);
// The cables as an index of two shards in the folder `path` (a stub listing
// shard0 and shard1), each cable in the shard cable-index would give it.
// Fails the test when the cables do not fall into both shards.
void write_two_shard_index(const std::filesystem::path& path, const std::vector<Cable>& cables);
// One index of the fixture for the whole test process.
const std::string& fixture_index();

// cable-query ARGS --db DB --json --limit 100: the ids of the hits, in order.
// Fails the test unless the status is 0 or 1.
std::vector<std::string> hit_ids(std::vector<std::string> args, const std::string& db = fixture_index());
std::vector<std::string> sorted(std::vector<std::string> v);

// The column of the caret in cable-query's pointer under a refused query.
size_t caret_column(const std::string& stderr_text);

} // namespace cablesearch::testing
