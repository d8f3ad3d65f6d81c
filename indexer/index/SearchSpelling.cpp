#include "index/SearchSpelling.h"

#include "index/Schema.h"

#include <fmt/format.h>
#include <map>
#include <unordered_map>

namespace cablesearch {

namespace fs = std::filesystem;

namespace {

// word -> cables holding any form of it, for the words worth spelling.
std::map<std::string, Xapian::doccount> wanted_words(const std::vector<IndexMember>& members)
{
    Xapian::Database whole;
    for (const auto& m : members) whole.add_database(m.db);
    // Every stem's cables in one pass over the terms (one message from a
    // remote server), rather than a look-up per word.
    std::unordered_map<std::string, Xapian::doccount> cables;
    for (auto t = whole.allterms_begin("Z"); t != whole.allterms_end("Z"); ++t)
        cables.emplace((*t).substr(1), t.get_termfreq());
    const std::string prefix(schema::kWordKeyPrefix);
    const Xapian::Stem stemmer{std::string(schema::kStemmerLanguage)};
    std::map<std::string, Xapian::doccount> words;
    for (const auto& m : members)
        for (auto k = m.db.metadata_keys_begin(prefix); k != m.db.metadata_keys_end(prefix); ++k) {
            std::string word = (*k).substr(prefix.size());
            if (!is_spelling_word(word) || words.count(word)) continue;
            // The vocabulary's value is this stem (Vocabulary.h): no look-up needed.
            auto n = cables.find(stemmer(word));
            if (n != cables.end() && n->second >= kMinSpellingCables) words.emplace(std::move(word), n->second);
        }
    return words;
}

} // namespace

SpellingRefresh refresh_search_spelling(const fs::path& folder, const std::vector<IndexMember>& members)
{
    SpellingRefresh r;
    try {
        for (const auto& m : members)
            if (!m.open()) {
                r.problem = fmt::format("{} {}", m.name, m.problem);
                return r;
            }
        const std::string stamp = members_stamp(members);
        Xapian::WritableDatabase db((folder / kSearchSpellingFolder).string(), Xapian::DB_CREATE_OR_OPEN);
        if (db.get_metadata(std::string(kMembersStampKey)) == stamp) {
            r.up_to_date = true;
            return r;
        }
        const std::map<std::string, Xapian::doccount> want = wanted_words(members);
        // Both lists are sorted: walk them side by side.
        struct Change {
            std::string word;
            long delta;
        };
        std::vector<Change> changes;
        auto w = want.begin();
        auto spelt = db.spellings_begin();
        while (w != want.end() || spelt != db.spellings_end()) {
            int order = w == want.end() ? 1 : spelt == db.spellings_end() ? -1 : w->first.compare(*spelt);
            long wanted = order <= 0 ? static_cast<long>(w->second) : 0;
            long have = order >= 0 ? static_cast<long>(spelt.get_termfreq()) : 0;
            if (wanted != have) {
                changes.push_back({order <= 0 ? w->first : *spelt, wanted - have});
                ++(have == 0 ? r.added : wanted == 0 ? r.removed : r.changed);
            }
            if (order <= 0) ++w;
            if (order >= 0) ++spelt;
        }
        for (const auto& c : changes) {
            if (c.delta > 0) db.add_spelling(c.word, static_cast<Xapian::termcount>(c.delta));
            else db.remove_spelling(c.word, static_cast<Xapian::termcount>(-c.delta));
        }
        db.set_metadata(std::string(kMembersStampKey), stamp);
        db.commit();
    } catch (const Xapian::Error& e) {
        r.problem = e.get_description();
    }
    return r;
}

} // namespace cablesearch
