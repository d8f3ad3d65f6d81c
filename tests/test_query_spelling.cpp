// "Did you mean": cable-index keeps a spelling dictionary of the index's own
// words, and cable-query offers a correction when a word matches nothing.

#include "index/Schema.h"
#include "index/SpellingDictionary.h"
#include "index/Vocabulary.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

using namespace cablesearch;
using namespace cablesearch::testing;

namespace {

// The fixture with its spelling dictionary.
std::string spelt_index(const TempDir& dir)
{
    std::string path = (dir / "index").string();
    write_index(path, fixture_cables());
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    SpellingRefresh r = refresh_spelling_dictionary(db);
    REQUIRE(r.problem.empty());
    REQUIRE(r.added > 0);
    return path;
}

std::vector<std::string> ids_of(const std::string& db, const std::string& query)
{
    ToolResult r = cable_query({query, "--db", db, "--json"});
    std::vector<std::string> ids;
    for (const auto& line : lines_of(r.out)) {
        auto j = nlohmann::json::parse(line);
        if (j.contains("id")) ids.push_back(j["id"]);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

nlohmann::json summary(const std::string& db, const std::string& query)
{
    ToolResult r = cable_query({query, "--db", db, "--json"});
    return nlohmann::json::parse(lines_of(r.out).back());
}

} // namespace

TEST_CASE("did you mean: a close spelling of a word that matches nothing", "[query][spelling]")
{
    TempDir dir;
    std::string db = spelt_index(dir);
    ToolResult text = cable_query({"povrety", "--db", db});
    CHECK(text.status == 1);
    CHECK(text.out.find("Did you mean: poverty\n") != std::string::npos);
    CHECK(summary(db, "povrety")["did_you_mean"] == "poverty");
    // The rest of the query is kept as written.
    CHECK(summary(db, "smuglers tag:LY")["did_you_mean"] == "smugglers tag:LY");
    // A word that matches needs no correction, even when close to another.
    CHECK(summary(db, "poverty")["did_you_mean"].is_null());
    CHECK(summary(db, "trade")["did_you_mean"].is_null());
    // Guizhou is in one cable only: never offered, as a typo in one cable would not be.
    CHECK(summary(db, "guizhuo")["did_you_mean"].is_null());
    // Nothing close at all.
    CHECK(summary(db, "xylophone")["did_you_mean"].is_null());
}

TEST_CASE("did you mean: the dictionary follows the index", "[query][spelling]")
{
    TempDir dir;
    std::string path = spelt_index(dir);
    {
        Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
        // Unchanged since the last refresh: nothing to do.
        CHECK(refresh_spelling_dictionary(db).up_to_date);
        // "smugglers" is then in one cable only.
        db.delete_document(schema::id_term("08TRIPOLI5"));
        db.commit();
        SpellingRefresh r = refresh_spelling_dictionary(db);
        CHECK_FALSE(r.up_to_date);
        CHECK(r.removed > 0);
    }
    CHECK(summary(path, "smuglers")["did_you_mean"].is_null());
    CHECK(summary(path, "povrety")["did_you_mean"] == "poverty");
}

TEST_CASE("vocabulary: a word whose cables are all gone leaves it", "[query][spelling]")
{
    TempDir dir;
    std::string path = spelt_index(dir);
    CHECK(ids_of(path, "smuggl*") == std::vector<std::string>{"07TRIPOLI100", "08TRIPOLI5"});
    {
        Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
        CHECK(db.get_metadata(vocabulary_key("smugglers")) == "smuggler");
        db.delete_document(schema::id_term("08TRIPOLI5"));
        db.delete_document(schema::id_term("07TRIPOLI100"));
        db.commit();
        refresh_spelling_dictionary(db);
        CHECK(db.get_metadata(vocabulary_key("smugglers")).empty());
        CHECK(db.get_metadata(vocabulary_key("trafficking")) == "traffick");
    }
    CHECK(ids_of(path, "smuggl*").empty());
}

TEST_CASE("did you mean: cable-index builds the dictionary", "[query][spelling][e2e]")
{
    TempDir dir;
    std::string db = (dir / "index").string();
    ToolResult indexed = cable_index({source_dir() + "/corpus", "--db", db, "--quiet"});
    REQUIRE(indexed.status == 0);
    // corpus/ has "terrorist" in two cables.
    ToolResult r = cable_query({"terorist", "--db", db});
    CHECK(r.status == 1);
    CHECK(r.out.find("Did you mean: terrorist") != std::string::npos);
}

TEST_CASE("did you mean: which words the dictionary keeps", "[query][spelling]")
{
    CHECK(is_spelling_word("trafficking"));
    CHECK(is_spelling_word("caf\xC3\xA9"));
    CHECK_FALSE(is_spelling_word("us"));        // too short to correct usefully
    CHECK_FALSE(is_spelling_word("07chengdu32"));
    CHECK_FALSE(is_spelling_word("women's"));
    CHECK_FALSE(is_spelling_word("1.4"));
    CHECK_FALSE(is_spelling_word(std::string(40, 'a')));
}
