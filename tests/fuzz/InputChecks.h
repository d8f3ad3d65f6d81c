#pragma once
// What the tools promise about any input, checked on raw bytes: the fuzz
// targets (tests/fuzz) run these on generated inputs, the test suite on every
// file of tests/data/bad-input. A broken promise throws BrokenPromise; a
// crash or sanitizer report is a broken promise too, just a louder one.
//
// The promises: a cable the parsers accept can be stored in the index (every
// term short enough for Xapian, valid UTF-8 JSON that reads back, an id that
// survives the index's file state), and the only exception a reader throws is
// SourceError; a query either runs (and prints) or is refused with
// QuerySyntaxError.

#include <stdexcept>
#include <string_view>

namespace cablesearch::fuzz {

class BrokenPromise : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

// The bytes as a plain-text cable file named 07CHENGDU32.txt.
void check_text_cable(std::string_view bytes);
// The bytes as a release HTML page.
void check_html_page(std::string_view bytes);
// The bytes as a corpus file whose format is detected, as cable-index reads
// it: a cables.csv dump streamed record by record, or a text or HTML cable,
// gzip-compressed or not.
void check_corpus_file(std::string_view bytes);
// The first line as cable-query's query, the next ones as --since, --until,
// --tag, --post and --class, searched in a tiny index and printed in every
// output format.
void check_query(std::string_view input);

} // namespace cablesearch::fuzz
