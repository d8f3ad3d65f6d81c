#pragma once
// Bytes -> clean UTF-8 text. Valid UTF-8 passes through (NFC-normalized when
// it has non-ASCII characters); anything else is decoded as Windows-1252, the
// encoding old cable dumps were saved in, and reported.

#include <string>
#include <string_view>

namespace cablesearch {

bool is_valid_utf8(std::string_view s);

// Invalid, valid UTF-8, or valid UTF-8 whose characters are all NFC as they
// stand (ASCII, Latin-1, usual punctuation): no normalization to check.
enum class Utf8Check { Invalid, Valid, Nfc };
Utf8Check check_utf8(std::string_view s);

struct DecodedText {
    std::string text;
    bool was_legacy_encoding = false; // decoded from Windows-1252
};

DecodedText decode_text(std::string bytes);

// CR LF, lone CR and the Unicode line and paragraph separators -> LF, in place.
void normalize_line_ends(std::string& text);

} // namespace cablesearch
