#include "index/SpellingDictionary.h"

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

SpellingRefresh refresh_spelling_dictionary(Xapian::WritableDatabase& db)
{
    SpellingRefresh r;
    std::string revision = std::to_string(db.get_revision());
    if (db.get_metadata(kSyncedRevisionKey) == revision) {
        r.up_to_date = true;
        return r;
    }
    // Both lists are sorted: walk them side by side and note the differences,
    // then apply them (not while the spelling list is being read).
    std::vector<Change> changes;
    auto word = db.allterms_begin();
    word.skip_to("a"); // prefixed terms (capitals) and numbers sort before
    const auto words_end = db.allterms_end();
    auto spelt = db.spellings_begin();
    const auto spelt_end = db.spellings_end();
    auto wanted = [](const Xapian::TermIterator& w) -> long {
        Xapian::doccount cables = w.get_termfreq();
        return cables >= kMinSpellingCables && is_spelling_word(*w) ? static_cast<long>(cables) : 0;
    };
    while (word != words_end || spelt != spelt_end) {
        int order = word == words_end ? 1 : spelt == spelt_end ? -1 : (*word).compare(*spelt);
        long have = 0, want = 0;
        std::string w;
        if (order <= 0) {
            w = *word;
            want = wanted(word);
        }
        if (order >= 0) {
            w = *spelt;
            have = static_cast<long>(spelt.get_termfreq());
        }
        if (want != have) {
            changes.push_back({std::move(w), want - have});
            ++(have == 0 ? r.added : want == 0 ? r.removed : r.changed);
        }
        if (order <= 0) ++word;
        if (order >= 0) ++spelt;
    }
    for (const auto& c : changes) {
        if (c.delta > 0) db.add_spelling(c.word, static_cast<Xapian::termcount>(c.delta));
        else db.remove_spelling(c.word, static_cast<Xapian::termcount>(-c.delta));
    }
    // This commit makes the next revision; record it as the one in line.
    db.set_metadata(kSyncedRevisionKey, std::to_string(db.get_revision() + 1));
    db.commit();
    return r;
}

SpellingRefresh refresh_spelling_dictionary(const std::string& index_path)
{
    try {
        Xapian::WritableDatabase db(index_path, Xapian::DB_OPEN);
        return refresh_spelling_dictionary(db);
    } catch (const Xapian::Error& e) {
        SpellingRefresh r;
        r.problem = e.get_description();
        return r;
    }
}

} // namespace cablesearch
