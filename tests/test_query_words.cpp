// Highlighting cuts text into words exactly as the index does; anything else
// would highlight words that did not match, or miss those that did.

#include "Highlighter.h"
#include "WordScanner.h"
#include "index/TextAnalysis.h"

#include <catch2/catch.hpp>
#include <map>
#include <xapian.h>

using namespace cablesearch;

namespace {

// The unstemmed terms Xapian's TermGenerator makes of text, in order.
std::vector<std::string> indexed_words(const std::string& text)
{
    Xapian::Document doc;
    Xapian::TermGenerator tg;
    tg.set_document(doc);
    tg.index_text(text);
    std::map<Xapian::termpos, std::string> at;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) at[*p] = *t;
    std::vector<std::string> words;
    for (auto& [pos, term] : at) words.push_back(term);
    return words;
}

std::vector<std::string> scanned_words(const std::string& text)
{
    std::vector<std::string> words;
    scan_words(text, [&](const std::string& term, size_t, size_t) { words.push_back(term); });
    return words;
}

} // namespace

TEST_CASE("words: cut as the index cuts them", "[query][words]")
{
    const char* texts[] = {
        "The U.S. Consulate, per E.O. 12958, reasons 1.4(b) and (d).",
        "GDP of 4,893 RMB (USD 631); 2000-3000 RMB; 15 percent.",
        "Women's Federation's role; AT&T and M&S; ZANU-PF and C++ or C# but fish+chips.",
        "Curly \xE2\x80\x9Cquotes\xE2\x80\x9D and women\xE2\x80\x99s rights; na\xC3\xAFve caf\xC3\xA9 \xC2\xB6" "4.",
        "U.S.-based, U.Sx, I.e. e.g. P.T.O. A.B.C.D.E.F.",
        "snake_case words, tabs\tand\nnew lines, 07CHENGDU32 and 85STATE200090.",
        "a c+++ b++++ x#y z## end+",
    };
    for (const char* text : texts) {
        INFO(text);
        CHECK(scanned_words(text) == indexed_words(text));
    }
}

TEST_CASE("words: byte ranges point at the words in the text", "[query][words]")
{
    std::string text = "The U.S. and 1.4(b).";
    std::vector<std::string> pieces;
    scan_words(text, [&](const std::string&, size_t a, size_t b) { pieces.push_back(text.substr(a, b - a)); });
    CHECK(pieces == std::vector<std::string>{"The", "U.S.", "and", "1.4", "b"});
}

TEST_CASE("highlighter: exact terms, stems, and excerpts cut at word boundaries", "[query][words]")
{
    TextAnalysis analysis;
    Highlighter h(analysis.stemmer(), {{"Ztraffick", 2.0}, {"us", 1.0}, {"XPOSTtripoli", 5.0}});
    std::string text = "Trafficking rose; the U.S. and traffickers.";
    auto spans = h.spans(text);
    std::vector<std::string> words;
    for (auto [a, b] : spans) words.push_back(text.substr(a, b - a));
    CHECK(words == std::vector<std::string>{"Trafficking", "U.S.", "traffickers"});
    CHECK(h.score(text) == Approx(3.0)); // each query term once; filters count nothing

    std::string long_text = std::string(400, 'x') + " \xC3\xA9t\xC3\xA9 trafficking " + std::string(400, 'y');
    Excerpt e = make_excerpt(long_text, h.spans(long_text), 100);
    CHECK(e.cut_start);
    CHECK(e.cut_end);
    REQUIRE(e.spans.size() == 1);
    CHECK(e.text.substr(e.spans[0].first, e.spans[0].second - e.spans[0].first) == "trafficking");
    // Valid UTF-8 at both ends: no cut inside a character.
    CHECK((static_cast<unsigned char>(e.text.front()) & 0xC0) != 0x80);
    CHECK((static_cast<unsigned char>(e.text.back()) & 0xC0) != 0xC0);
}
