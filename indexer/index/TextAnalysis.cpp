#include "index/TextAnalysis.h"

#include "index/Schema.h"

#include <string>
#include <unordered_map>

namespace cablesearch {

namespace {

// Stemming every word is a good share of indexing time, and cables repeat
// their words: a term generator keeps the stems it has made. One cache per
// term generator (per worker thread), so no locking.
class CachingStemmer : public Xapian::StemImplementation {
public:
    CachingStemmer(const Xapian::Stem& stemmer, WordSet* words) : stemmer_(stemmer), words_(words) {}

    std::string operator()(const std::string& word) override
    {
        if (auto it = cache_.find(word); it != cache_.end()) return it->second;
        // A word met before is in the cache, and was noted then.
        if (words_) words_->insert(word);
        std::string stem = stemmer_(word);
        // The vocabulary's long tail would grow it without end.
        if (cache_.size() < kMaxWords) cache_.emplace(word, stem);
        return stem;
    }

    std::string get_description() const override { return "cached " + stemmer_.get_description(); }

private:
    static constexpr size_t kMaxWords = 200000;
    Xapian::Stem stemmer_;
    WordSet* words_;
    std::unordered_map<std::string, std::string> cache_;
};

} // namespace

TextAnalysis::TextAnalysis() : stemmer_(std::string(schema::kStemmerLanguage)) {}

Xapian::TermGenerator TextAnalysis::make_term_generator(WordSet* words) const
{
    Xapian::TermGenerator tg;
    // The implementation is reference counted: the last Stem holding it deletes it.
    tg.set_stemmer(Xapian::Stem(new CachingStemmer(stemmer_, words)));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    return tg;
}

} // namespace cablesearch
