#pragma once
// One generated cable in the release's telegram format: routing header (or
// the "partial extract" note), classification line, handling caveats, E.O.,
// TAGS, SUBJECT, REF and Classified By lines, numbered and marked paragraphs,
// section breaks, signature. Three eras, as in the release: typed-in paper
// copies before 1995 (upper case, unwrapped), 1995-2005 (often without
// routing header), 2006 on (full header, ¶ paragraph marks).

#include "Prose.h"
#include "ReleaseList.h"

#include <cstdint>
#include <string>
#include <vector>

namespace corpusgen {

struct GeneratedCable {
    std::string id;
    int year = 0, month = 0;
    std::string header;           // routing header, no final line end
    std::string content;          // from the classification line on
    std::string csv_date;         // m/d/yyyy h:mm, as the csv dump writes it
    std::string origin;           // readable: Embassy Ankara
    std::string classification;   // as the release gives it: CONFIDENTIAL//NOFORN
    std::vector<std::string> references; // canonical ids
    // What a parser should read back (make-corpus --manifest):
    std::string date;             // 2007-02-01T07:41Z
    bool partial = false;         // a partial extract: its text file holds no date
    std::vector<std::string> tags;
    std::string subject;          // as the SUBJECT line gives it, on one line

    // The plain-text file: header, a line end, content (as the release's
    // text files were made from the dump).
    std::string text() const { return header + "\n" + content; }
};

class TelegramComposer {
public:
    TelegramComposer(const Vocabulary& vocabulary, uint64_t seed) : prose_(vocabulary), seed_(seed) {}
    // The same entry and index always give the same cable for one seed.
    GeneratedCable compose(const ReleaseEntry& entry, uint64_t index) const;

private:
    Prose prose_;
    uint64_t seed_;
};

} // namespace corpusgen
