// Known-item search on real cables: the words of a cable's subject, typed as
// a query, put that cable first. Each case here was missed (not even in the
// top 3) before the subject counted for more in the ranking (FieldWeights.h);
// scripts/bench-known-item measures the same over all of ../shared/cables.
// The index is small: the cables wanted, those that outranked them, and
// every 75th cable of ../shared/cables/text for the words' statistics.

#include "support/TempDir.h"
#include "support/ToolRun.h"
#include "test_query_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

struct KnownItem {
    const char* id;
    const char* query; // the subject's words, as scripts/bench-known-item types them
    std::vector<const char*> rivals; // what came first before
};

const std::vector<KnownItem> kItems = {
    {"07REYKJAVIK42", "RESPONDING TO RUSSIAN THREATS AGAINST MISSILE DEFENSE", {"09STATE97244", "09MOSCOW1111", "09STATE40237"}},
    {"08MANAMA34", "WORST FORMS OF CHILD LABOR", {"04PANAMA2153", "02TEGUCIGALPA2916", "03TEGUCIGALPA2025"}},
    {"07MANAMA967", "TERRORIST CELL TRIAL BEGINS", {"03FRANKFURT2405", "05MADRID3260", "04SANAA3105"}},
    {"09HAVANA726", "SPAIN ON HUMAN RIGHTS and DIALOGUE WITH CUBA", {"08MADRID580", "09MADRID483", "04MADRID2492"}},
    {"72TEHRAN5055", "CONTINUING TERRORIST VIOLENCE", {"94KINSHASA6821", "97MADRID11809", "89BOGOTA19513"}},
    {"08USUNNEWYORK720", "GEORGIA CHALLENGES RUSSIA SECURITY COUNCIL", {"08MOSCOW2414", "09USUNNEWYORK997", "07PARIS3919"}},
    {"09REYKJAVIK49", "NINTH ANNUAL ANTI-TRAFFICKING IN PERSONS TIP REPORT FOR", {"09STATE60490", "09STATE60599", "09STATE60608"}},
    {"09TRIPOLI394", "SOMALIA DEMARCHE DELIVERED", {"09LONDON1701", "09STATE72112", "09VILNIUS84"}},
};

} // namespace

TEST_CASE("known item: a cable's subject words put it first", "[query][known-item]")
{
    std::string shared = shared_dir();
    const fs::path text = fs::path(shared) / "cables" / "text";
    if (shared.empty() || !fs::is_directory(text)) {
        WARN("../shared/cables is absent: skipping known-item search on real cables");
        return;
    }
    TempDir dir;
    const fs::path corpus = dir / "cables";
    fs::create_directories(corpus);
    auto link = [&](const std::string& id) {
        const fs::path file = text / (id + ".txt");
        if (fs::exists(file) && !fs::exists(corpus / file.filename())) fs::create_symlink(file, corpus / file.filename());
    };
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(text)) names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    for (size_t i = 0; i < names.size(); i += 75) link(names[i]);
    for (const auto& item : kItems) {
        link(item.id);
        for (const char* rival : item.rivals) link(rival);
    }
    const std::string db = (dir / "index").string();
    ToolResult indexed = cable_index({corpus.string(), "--db", db, "--quiet"});
    REQUIRE(indexed.status == 0);

    for (const auto& item : kItems) {
        INFO(item.id << ": " << item.query);
        std::vector<std::string> ids = hit_ids({item.query}, db);
        REQUIRE(!ids.empty());
        CHECK(ids.front() == item.id);
    }
}
