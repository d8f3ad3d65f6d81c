#include "index/TextAnalysis.h"

#include "index/Schema.h"
#include "index/StemCache.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace cablesearch {

namespace {

// Stemming every word is a good share of indexing time, and cables repeat
// their words: a term generator keeps the stems it has made. One cache per
// term generator (per worker thread), so no locking.
class CachingStemmer : public Xapian::StemImplementation {
public:
    CachingStemmer(const Xapian::Stem& stemmer, WordSet* words, WordParts* parts)
        : stemmer_(stemmer), words_(words), parts_(parts)
    {
    }

    std::string operator()(const std::string& word) override
    {
        if (const std::string* stem = cache_.find(word)) return *stem;
        // A word met before is in the cache, and was noted then.
        if (words_) words_->insert(word);
        std::string stem = stemmer_(word);
        if (word.find('\'') != std::string::npos) note_parts(word, stem);
        cache_.insert(word, stem);
        return stem;
    }

    std::string get_description() const override { return "cached " + stemmer_.get_description(); }

private:
    void note_parts(const std::string& word, const std::string& stem)
    {
        for (std::string_view part : apostrophe_parts(word)) {
            if (words_) words_->emplace(part);
            if (!parts_) continue;
            std::string part_stem = stemmer_(std::string(part));
            if (part_stem.empty() || part_stem == stem) continue;
            auto& known = (*parts_)[stem];
            if (std::find(known.begin(), known.end(), part_stem) == known.end()) known.push_back(std::move(part_stem));
        }
    }

    Xapian::Stem stemmer_;
    WordSet* words_;
    WordParts* parts_;
    // The vocabulary's long tail would grow it without end.
    StemCache cache_{200000};
};

} // namespace

std::vector<std::string_view> apostrophe_parts(std::string_view word)
{
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start <= word.size()) {
        size_t end = word.find('\'', start);
        if (end == std::string_view::npos) end = word.size();
        if (end - start >= 2 && !(start == 0 && end == word.size())) parts.push_back(word.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

TextAnalysis::TextAnalysis() : stemmer_(std::string(schema::kStemmerLanguage)) {}

Xapian::TermGenerator TextAnalysis::make_term_generator(WordSet* words, WordParts* parts) const
{
    Xapian::TermGenerator tg;
    // The implementation is reference counted: the last Stem holding it deletes it.
    tg.set_stemmer(Xapian::Stem(new CachingStemmer(stemmer_, words, parts)));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    return tg;
}

void add_apostrophe_parts(Xapian::Document& doc, const WordParts& parts)
{
    if (parts.empty()) return;
    struct Posting {
        std::string term;
        Xapian::termpos position;
    };
    std::vector<Posting> postings;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string& term = *t;
        // Text terms only: Z, a prefix in capitals, the stem.
        if (term.empty() || term[0] != 'Z' || term.find('\'') == std::string::npos) continue;
        size_t stem_start = 1;
        while (stem_start < term.size() && term[stem_start] >= 'A' && term[stem_start] <= 'Z') ++stem_start;
        auto found = parts.find(term.substr(stem_start));
        if (found == parts.end()) continue;
        for (const auto& part : found->second)
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
                postings.push_back({term.substr(0, stem_start) + part, *p});
    }
    for (const auto& p : postings) doc.add_posting(p.term, p.position);
}

} // namespace cablesearch
