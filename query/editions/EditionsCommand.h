#pragma once
// cable-query show ID --editions (every edition of a cable in the corpus,
// with its file) and cable-query diff ID (what a redacted edition's runs of
// X hide, word by word, read from the indexed edition). Both from the
// index alone (index/Editions.h), so also over the remote backend.

#include "OpenIndex.h"
#include "output/Output.h"

#include <cstdio>
#include <string>

namespace cablesearch {

// "/corpus/csv/cables.csv:12", or the path alone for a file that is one cable.
std::string edition_location(const Edition& edition);

void print_editions_text(std::FILE* out, const std::string& id, const std::vector<Edition>& editions,
                         const TextStyle& style);
void print_editions_json(std::FILE* out, const std::string& id, const std::vector<Edition>& editions);

struct DiffArgs {
    std::string id;
    std::string edition; // a number (as show --editions counts) or a file; empty: every redacted edition
    bool json = false;
};

// The exit status: 0 when the cable is in the index (also when it has one
// edition, or none with redactions), 1 when it is not, 2 for an --edition
// it does not have.
int run_diff(CableIndex& index, const DiffArgs& args, const TextStyle& style);

} // namespace cablesearch
