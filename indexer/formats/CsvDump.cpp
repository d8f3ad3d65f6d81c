#include "formats/CsvDump.h"

#include "parse/TextScan.h"

#include <fmt/format.h>

namespace cablesearch {

using namespace text;

namespace {
constexpr size_t kChunk = 4 << 20;
// A field longer than this is a quote that never closed, not a cable.
constexpr size_t kMaxField = 64 << 20;
constexpr size_t kFieldCount = 8;
} // namespace

bool looks_like_cables_csv(std::string_view head)
{
    // "<digits>","<m/d/yyyy ...>","<id>",
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    if (head.size() < 8 || head[0] != '"') return false;
    size_t i = 1;
    while (i < head.size() && is_digit(head[i])) ++i;
    if (i == 1 || head.substr(i, 3) != "\",\"") return false;
    i += 3;
    size_t slash = head.find('/', i);
    return slash != std::string_view::npos && slash - i <= 2 && is_digit(head[i]);
}

CsvDumpReader::CsvDumpReader(InputFile& file) : file_(file) {}

bool CsvDumpReader::fill()
{
    if (eof_) return false;
    buffer_.erase(0, pos_);
    pos_ = 0;
    size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    size_t got = file_.read(buffer_.data() + old, kChunk);
    buffer_.resize(old + got);
    bytes_read_ += got;
    if (got == 0) eof_ = true;
    return got > 0;
}

int CsvDumpReader::peek()
{
    if (pos_ >= buffer_.size() && !fill()) return -1;
    return static_cast<unsigned char>(buffer_[pos_]);
}

int CsvDumpReader::get()
{
    int c = peek();
    if (c >= 0) {
        ++pos_;
        if (c == '\n') ++line_;
    }
    return c;
}

bool CsvDumpReader::at_record_start()
{
    // Make sure enough bytes are buffered to recognise "<digits>","
    while (buffer_.size() - pos_ < 64 && fill()) {
    }
    return looks_like_cables_csv(std::string_view(buffer_).substr(pos_, 64));
}

bool CsvDumpReader::next(CsvRecord& record, const std::function<void(long, const std::string&)>& on_error)
{
    for (;;) {
        // Skip blank lines between records.
        int c;
        while ((c = peek()) == '\n' || c == '\r') get();
        if (c < 0) return false;

        record.fields.clear();
        record.line = line_;
        std::string problem;
        std::string field;
        bool record_done = false;
        while (!record_done && problem.empty()) {
            c = get();
            if (c != '"') {
                problem = c < 0 ? "file ends inside a record" : "a field does not start with a double quote";
                break;
            }
            field.clear();
            // Quoted field with backslash escapes; scan runs of plain bytes fast.
            for (;;) {
                if (pos_ >= buffer_.size() && !fill()) {
                    problem = "file ends inside a quoted field";
                    break;
                }
                size_t start = pos_;
                while (pos_ < buffer_.size() && buffer_[pos_] != '"' && buffer_[pos_] != '\\') {
                    if (buffer_[pos_] == '\n') ++line_;
                    ++pos_;
                }
                field.append(buffer_, start, pos_ - start);
                if (field.size() > kMaxField) {
                    problem = "a quoted field never ends";
                    break;
                }
                if (pos_ >= buffer_.size()) continue;
                char q = buffer_[pos_++];
                if (q == '\\') {
                    int e = get();
                    if (e < 0) {
                        problem = "file ends after a backslash";
                        break;
                    }
                    if (e == '"' || e == '\'' || e == '\\') field.push_back(static_cast<char>(e));
                    else if (e == 'n') field.push_back('\n');
                    else {
                        field.push_back('\\');
                        field.push_back(static_cast<char>(e));
                    }
                    continue;
                }
                // A closing quote ends the field only before ',' or a line end.
                int after = peek();
                if (after == ',' || after == '\n' || after == '\r' || after < 0) break;
                field.push_back('"');
            }
            if (!problem.empty()) break;
            record.fields.push_back(std::move(field));
            field = std::string();
            c = peek();
            if (c == ',') {
                get();
            } else {
                if (c == '\r') get();
                if (peek() == '\n') get();
                record_done = true;
            }
            if (record.fields.size() > kFieldCount + 4) problem = "too many fields";
        }
        if (problem.empty() && record.fields.size() != kFieldCount)
            problem = fmt::format("{} fields where the dump has {}", record.fields.size(), kFieldCount);
        if (problem.empty()) return true;

        on_error(record.line, problem);
        // Resynchronise at the next line that starts a record (this one, when
        // the bad record ended with its line).
        bool at_line_start = pos_ > 0 && pos_ <= buffer_.size() && buffer_[pos_ - 1] == '\n';
        if (at_line_start && at_record_start()) continue;
        for (;;) {
            int d = get();
            if (d < 0) return false;
            if (d == '\n' && at_record_start()) break;
        }
    }
}

} // namespace cablesearch
