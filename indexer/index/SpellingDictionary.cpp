#include "index/SpellingDictionary.h"

#include "index/Schema.h"
#include "index/ShardLayout.h"

#include <vector>

namespace cablesearch {

namespace {

// The revision the dictionary was last brought in line with.
constexpr const char* kSyncedRevisionKey = "cablesearch:spelling-revision";

bool is_letter(unsigned ch)
{
    namespace U = Xapian::Unicode;
    if (ch < 0x80) return ch >= 'a' && ch <= 'z';
    switch (U::get_category(ch)) {
    case U::LOWERCASE_LETTER:
    case U::MODIFIER_LETTER:
    case U::OTHER_LETTER:
    case U::NON_SPACING_MARK:
    case U::COMBINING_SPACING_MARK: return true;
    default: return false;
    }
}

struct Change {
    std::string word;
    long delta; // > 0 add, < 0 remove
};

} // namespace

bool is_spelling_word(std::string_view term)
{
    if (term.size() < 3 || term.size() > 32) return false;
    for (Xapian::Utf8Iterator it(term.data(), term.size()); it != Xapian::Utf8Iterator(); ++it)
        if (!is_letter(*it)) return false;
    return true;
}

namespace {

// home: the database with the vocabulary and the spelling table (the home
// shard); whole: the whole index, which counts the cables.
SpellingRefresh refresh(Xapian::WritableDatabase& db, const Xapian::Database& whole)
{
    SpellingRefresh r;
    std::string revision = std::to_string(db.get_revision());
    if (db.get_metadata(kSyncedRevisionKey) == revision) {
        r.up_to_date = true;
        return r;
    }
    // The vocabulary and the spelling list are both sorted: walk them side
    // by side and note the differences, then apply them (not while the lists
    // are being read). A word counts the cables that have any form of it,
    // which the index knows by its stem; a word none has any more leaves the
    // vocabulary too.
    std::vector<Change> changes;
    std::vector<std::string> gone;
    const std::string prefix(schema::kWordKeyPrefix);
    auto word = db.metadata_keys_begin(prefix);
    const auto words_end = db.metadata_keys_end(prefix);
    auto spelt = db.spellings_begin();
    const auto spelt_end = db.spellings_end();
    while (word != words_end || spelt != spelt_end) {
        std::string w = word == words_end ? std::string() : (*word).substr(prefix.size());
        int order = word == words_end ? 1 : spelt == spelt_end ? -1 : w.compare(*spelt);
        long have = 0, want = 0;
        if (order <= 0) {
            Xapian::doccount cables = whole.get_termfreq("Z" + db.get_metadata(*word));
            if (cables == 0) gone.push_back(*word);
            if (cables >= kMinSpellingCables && is_spelling_word(w)) want = static_cast<long>(cables);
        }
        if (order > 0) w = *spelt;
        if (order >= 0) have = static_cast<long>(spelt.get_termfreq());
        if (want != have) {
            changes.push_back({std::move(w), want - have});
            ++(have == 0 ? r.added : want == 0 ? r.removed : r.changed);
        }
        if (order <= 0) ++word;
        if (order >= 0) ++spelt;
    }
    for (const auto& key : gone) db.set_metadata(key, "");
    for (const auto& c : changes) {
        if (c.delta > 0) db.add_spelling(c.word, static_cast<Xapian::termcount>(c.delta));
        else db.remove_spelling(c.word, static_cast<Xapian::termcount>(-c.delta));
    }
    // This commit makes the next revision; record it as the one in line.
    db.set_metadata(kSyncedRevisionKey, std::to_string(db.get_revision() + 1));
    db.commit();
    return r;
}

} // namespace

SpellingRefresh refresh_spelling_dictionary(Xapian::WritableDatabase& db) { return refresh(db, db); }

SpellingRefresh refresh_spelling_dictionary(const std::string& index_path)
{
    try {
        Xapian::WritableDatabase home(home_shard(index_path), Xapian::DB_OPEN);
        // The index's own shards: not the indexes on other hosts its stub
        // may list too (cable-index remote), which spell for themselves.
        Xapian::Database whole;
        for (const auto& shard : shard_folders(index_path)) whole.add_database(Xapian::Database(shard));
        return refresh(home, whole);
    } catch (const Xapian::Error& e) {
        SpellingRefresh r;
        r.problem = e.get_description();
        return r;
    }
}

} // namespace cablesearch
