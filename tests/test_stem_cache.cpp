// The stems the analysing threads cache must be the stems Xapian makes:
// a wrong one would file a word under another word's term.
#include "index/StemCache.h"
#include "index/TextAnalysis.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <string>

using namespace cablesearch;

namespace {

std::map<std::string, Xapian::termcount> terms_of(Xapian::TermGenerator tg, const std::string& text)
{
    Xapian::Document doc;
    tg.set_document(doc);
    // Twice: the second pass reads every stem from the cache.
    tg.index_text(text);
    tg.index_text(text);
    std::map<std::string, Xapian::termcount> terms;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) terms[*t] = t.get_wdf();
    return terms;
}

} // namespace

TEST_CASE("stem cache: a cable's words get the stems Xapian's stemmer gives them", "[index][stems]")
{
    std::string text = "The Ambassador's talks were held; talking, talked, TALKS. Negotiations negotiated "
                       "nationally. Ministers ministered to the ministry's ministries in Sao Paulo.\n";
    // Enough different words that the cache grows several times.
    for (int i = 0; i < 3000; ++i) text += fmt::format("word{}ing reports{} ", i, i % 7);

    Xapian::TermGenerator plain;
    plain.set_stemmer(Xapian::Stem("english"));
    plain.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    WordSet words;
    const auto cached = terms_of(TextAnalysis().make_term_generator(&words), text);
    CHECK(cached == terms_of(plain, text));
    CHECK(cached.count("Ztalk") == 1);
    CHECK(cached.at("Ztalk") == 8); // talks, talking, talked, TALKS, twice
    CHECK(words.count("negotiations") == 1);
}

TEST_CASE("stem cache: keeps what it is given up to its limit, then nothing more", "[index][stems]")
{
    StemCache cache(5000);
    for (int i = 0; i < 6000; ++i) cache.insert(fmt::format("w{}", i), fmt::format("s{}", i));
    CHECK(cache.size() == 5000);
    for (int i = 0; i < 5000; ++i) {
        const std::string* stem = cache.find(fmt::format("w{}", i));
        REQUIRE(stem != nullptr);
        CHECK(*stem == fmt::format("s{}", i));
    }
    CHECK(cache.find("w5000") == nullptr);
    CHECK(cache.find("") == nullptr);
    cache.insert("w1", "other"); // already there: the first stem stays
    CHECK(*cache.find("w1") == "s1");
}
