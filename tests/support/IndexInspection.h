#pragma once
// What an index on disk holds, read directly with Xapian: for the tests that
// kill cable-index or fill its disk and then check that the index is whole.

#include <filesystem>
#include <set>
#include <string>

namespace cablesearch::testing {

struct IndexContents {
    size_t documents = 0;
    std::set<std::string> ids;          // of the documents (Q terms)
    size_t ids_on_two_documents = 0;    // duplicates: must stay 0
    std::set<std::string> recorded_ids; // the ids the index's file states say it holds
};

// Throws Xapian::Error when the index does not open.
IndexContents inspect_index(const std::filesystem::path& index);

// xapian-check's full path, or empty when xapian-tools is not installed.
std::string xapian_check_program();

// Runs xapian-check (program) on each shard of the index; true when all
// pass. Their output goes to report.
bool xapian_check_index(const std::string& program, const std::filesystem::path& index, std::string& report);

} // namespace cablesearch::testing
