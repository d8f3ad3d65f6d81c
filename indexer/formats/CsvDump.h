#pragma once
// The unofficial cables.csv dump: no header line; every field in double
// quotes with backslash escapes (\" \' \\), quotes never doubled, fields
// spanning many lines. Columns: row number, date (m/d/yyyy h:mm), reference
// id, origin, classification, references (|-separated), header, content.
// Read as a stream: the real file is 1.7 GB.

#include "formats/InputFile.h"

#include <functional>
#include <string>
#include <vector>

namespace cablesearch {

struct CsvRecord {
    long line = 0;                    // line of the file where the record starts
    std::vector<std::string> fields;  // unescaped
};

class CsvDumpReader {
public:
    explicit CsvDumpReader(InputFile& file);
    // The next record; false at the end. A malformed record is reported
    // through on_error (with its line) and skipped: reading resumes at the next
    // line that starts a record.
    bool next(CsvRecord& record, const std::function<void(long line, const std::string& message)>& on_error);
    long line() const { return line_; }
    uint64_t bytes_read() const { return bytes_read_; }

private:
    bool fill();
    int peek();
    int get();
    bool at_record_start();

    InputFile& file_;
    std::string buffer_;
    size_t pos_ = 0;
    bool eof_ = false;
    long line_ = 1;
    uint64_t bytes_read_ = 0;
};

// Cheap check on the first bytes: a line like "5","8/22/1972 9:27","72TEHRAN5055",
bool looks_like_cables_csv(std::string_view head);

} // namespace cablesearch
