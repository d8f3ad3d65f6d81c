#include "index/Vocabulary.h"

#include "index/Schema.h"

#include <algorithm>

namespace cablesearch {

bool is_vocabulary_word(std::string_view word)
{
    if (word.empty() || word.size() > 64) return false;
    for (unsigned char c : word)
        if ((c >= 'a' && c <= 'z') || c >= 0x80) return true;
    return false;
}

std::string vocabulary_key(std::string_view word) { return std::string(schema::kWordKeyPrefix).append(word); }

Vocabulary::Vocabulary(Xapian::WritableDatabase& db) : db_(db), stemmer_(std::string(schema::kStemmerLanguage)) {}

void Vocabulary::add(const std::vector<std::string>& words)
{
    if (!loaded_) {
        const std::string prefix(schema::kWordKeyPrefix);
        for (auto it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it)
            known_.insert((*it).substr(prefix.size()));
        loaded_ = true;
    }
    for (const auto& w : words)
        if (is_vocabulary_word(w) && known_.insert(w).second) pending_.push_back(w);
}

void Vocabulary::write()
{
    std::sort(pending_.begin(), pending_.end());
    for (const auto& w : pending_) {
        std::string stem = stemmer_(w);
        if (stem.empty()) continue;
        db_.set_metadata(vocabulary_key(w), stem);
        ++added_;
    }
    pending_.clear();
}

} // namespace cablesearch
