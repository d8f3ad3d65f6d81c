#include "formats/TextDecoding.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

namespace cablesearch {

namespace {

// Code points that are the same in every normalization form's composed
// (NFC) reading: no canonical decomposition and no composition with what
// follows. Below U+0300 (Latin-1, Latin Extended, IPA) and the punctuation,
// dashes, quotes and currency signs of cables (U+2002-U+2027, U+2030-U+205E,
// U+20A0-U+20BF), and U+FFFD.
bool is_nfc_stable(unsigned cp)
{
    return cp < 0x300 || (cp >= 0x2002 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
           (cp >= 0x20A0 && cp <= 0x20BF) || cp == 0xFFFD;
}

} // namespace

Utf8Check check_utf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    bool stable = true;
    while (p < end) {
        // Fast path over ASCII, eight bytes at a time.
        while (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            if (w & 0x8080808080808080ULL) break;
            p += 8;
        }
        if (p >= end) break;
        unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        unsigned min;
        if ((c & 0xE0) == 0xC0) n = 1, min = 0x80, c &= 0x1F;
        else if ((c & 0xF0) == 0xE0) n = 2, min = 0x800, c &= 0x0F;
        else if ((c & 0xF8) == 0xF0) n = 3, min = 0x10000, c &= 0x07;
        else return Utf8Check::Invalid;
        if (end - p <= n) return Utf8Check::Invalid;
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80) return Utf8Check::Invalid;
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return Utf8Check::Invalid;
        stable = stable && is_nfc_stable(c);
        p += n + 1;
    }
    return stable ? Utf8Check::Nfc : Utf8Check::Valid;
}

bool is_valid_utf8(std::string_view s) { return check_utf8(s) != Utf8Check::Invalid; }

namespace {

// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: web copies of cables
// carry the original line breaks as these.
void unicode_separators_to_newlines(std::string& text)
{
    if (text.find("\xE2\x80\xA8") == std::string::npos && text.find("\xE2\x80\xA9") == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
            (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out.push_back('\n');
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    text.swap(out);
}

} // namespace

void normalize_line_ends(std::string& text)
{
    unicode_separators_to_newlines(text);
    if (text.find('\r') == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out.push_back(text[i]);
        }
    }
    text.swap(out);
}

namespace {

bool has_non_ascii(std::string_view s)
{
    // Eight bytes at a time: every cable passes here.
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ULL) return true;
    }
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80) return true;
    return false;
}

std::string from_windows_1252(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1252", &status), ucnv_close);
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no windows-1252 converter");
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
    if (U_FAILURE(status)) throw std::runtime_error("cannot decode as windows-1252");
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string nfc(std::string utf8)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return utf8;
    // Nearly every text is in NFC already: check on the UTF-8 itself, no copy.
    if (n->isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status) &&
        U_SUCCESS(status))
        return utf8;
    status = U_ZERO_ERROR;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    icu::UnicodeString normalized = n->normalize(u, status);
    if (U_FAILURE(status)) return utf8;
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

} // namespace

DecodedText decode_text(std::string bytes)
{
    DecodedText out;
    // Stray NUL bytes would end C strings inside Xapian and ICU; drop them.
    if (bytes.find('\0') != std::string::npos) std::erase(bytes, '\0');
    Utf8Check utf8 = has_non_ascii(bytes) ? check_utf8(bytes) : Utf8Check::Nfc;
    if (utf8 == Utf8Check::Nfc) {
        out.text = std::move(bytes);
    } else if (utf8 == Utf8Check::Valid) {
        out.text = nfc(std::move(bytes));
    } else {
        out.text = from_windows_1252(bytes);
        out.was_legacy_encoding = true;
    }
    normalize_line_ends(out.text);
    return out;
}

} // namespace cablesearch
