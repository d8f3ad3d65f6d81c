#include "Highlighter.h"

#include "QueryTerms.h"
#include "WordScanner.h"
#include "index/TextAnalysis.h"

#include <algorithm>

namespace cablesearch {

namespace {


// Xapian's prefixes are capitals; a stem term is "Z" + a lower-case word.
bool is_stem_term(const std::string& t) { return t.size() > 1 && t[0] == 'Z' && !(t[1] >= 'A' && t[1] <= 'Z'); }
bool is_word_term(const std::string& t) { return !t.empty() && !(t[0] >= 'A' && t[0] <= 'Z'); }

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

Highlighter::Highlighter(const Xapian::Stem& stemmer, const std::vector<std::pair<std::string, double>>& weighted_terms,
                         const QueryTerms* structure)
    : stemmer_(stemmer)
{
    for (const auto& [t, w] : weighted_terms) {
        bool phrase_only = structure && structure->only_in_phrases(t);
        if (is_stem_term(t)) {
            terms_.push_back({t.substr(1), Kind::Stem, w, phrase_only});
            if (stem_initials_.find(t[1]) == std::string::npos) stem_initials_ += t[1];
        } else if (is_word_term(t)) {
            terms_.push_back({t, Kind::Word, w, phrase_only});
        }
    }
    if (structure)
        for (const auto& p : structure->patterns())
            if (is_word_term(p)) terms_.push_back({p, Kind::Prefix, 1.0, false});
    for (const auto& t : terms_)
        if (initials_.find(t.text[0]) == std::string::npos) initials_ += t.text[0];
    if (!structure) return;
    for (const auto& phrase : structure->phrases()) {
        std::vector<int> indexes;
        for (const auto& t : phrase) indexes.push_back(index_of(t));
        // A phrase in a field (subject:"...") has prefixed terms: not in the text.
        if (std::find(indexes.begin(), indexes.end(), -1) == indexes.end()) phrases_.push_back(std::move(indexes));
    }
}

int Highlighter::index_of(const std::string& term) const
{
    Kind kind = is_stem_term(term) ? Kind::Stem : Kind::Word;
    std::string_view text = kind == Kind::Stem ? std::string_view(term).substr(1) : std::string_view(term);
    for (size_t i = 0; i < terms_.size(); ++i)
        if (terms_[i].kind == kind && terms_[i].text == text) return static_cast<int>(i);
    return -1;
}

Highlighter::WordTerms Highlighter::terms_of(const std::string& word) const
{
    // A word matches a term, or a stem made from it, only when it starts with
    // the same byte: most words stop here.
    if (word.empty() || (initials_.find(word[0]) == std::string::npos && word.find('\'') == std::string::npos)) return {};
    if (auto it = seen_.find(word); it != seen_.end()) return it->second;
    WordTerms found;
    // The index holds an apostrophe word (d'estaing) whole and as its parts
    // (estaing): either matches.
    std::vector<std::string_view> forms{word};
    if (word.find('\'') != std::string::npos)
        for (std::string_view part : apostrophe_parts(word)) forms.push_back(part);
    for (std::string_view form : forms) {
        for (size_t i = 0; i < terms_.size(); ++i) {
            const QueryTerm& t = terms_[i];
            if (t.kind == Kind::Word && found.exact < 0 && t.text == form) found.exact = static_cast<int>(i);
            if (t.kind == Kind::Prefix && found.prefix < 0 && form.starts_with(t.text)) found.prefix = static_cast<int>(i);
        }
        // The index stems every word; the English stemmer keeps a word's
        // first character, which rules out most words cheaply.
        if (found.stem < 0 && !form.empty() && stem_initials_.find(form[0]) != std::string::npos) {
            std::string stem = stemmer_(std::string(form));
            for (size_t i = 0; i < terms_.size() && found.stem < 0; ++i)
                if (terms_[i].kind == Kind::Stem && terms_[i].text == stem) found.stem = static_cast<int>(i);
        }
    }
    seen_.emplace(word, found);
    return found;
}

TextMatch Highlighter::match(std::string_view text) const
{
    TextMatch m;
    if (terms_.empty()) return m;
    struct Word {
        WordTerms terms;
        Span span;
        bool lit = false;
    };
    std::vector<Word> words;
    scan_words(
        text, [&](const std::string& word, size_t begin, size_t end) { words.push_back({terms_of(word), {begin, end}}); },
        initials_);
    std::vector<bool> counted(terms_.size(), false);
    auto count = [&](int t) {
        if (t >= 0 && !counted[static_cast<size_t>(t)]) {
            counted[static_cast<size_t>(t)] = true;
            m.score += terms_[static_cast<size_t>(t)].weight;
        }
    };
    auto loose = [&](int t) { return t >= 0 && !terms_[static_cast<size_t>(t)].phrase_only; };
    for (auto& w : words) {
        for (int t : {w.terms.exact, w.terms.stem, w.terms.prefix})
            if (loose(t)) {
                count(t);
                w.lit = true;
            }
    }
    for (const auto& phrase : phrases_) {
        for (size_t i = 0; i + phrase.size() <= words.size(); ++i) {
            size_t k = 0;
            while (k < phrase.size() && (words[i + k].terms.exact == phrase[k] || words[i + k].terms.stem == phrase[k])) ++k;
            if (k < phrase.size()) continue;
            for (size_t j = 0; j < k; ++j) {
                words[i + j].lit = true;
                count(phrase[j]);
            }
        }
    }
    for (const auto& w : words)
        if (w.lit) m.spans.push_back(w.span);
    return m;
}

Excerpt make_excerpt(std::string_view text, const std::vector<Span>& spans, size_t max_bytes)
{
    Excerpt e;
    if (text.size() <= max_bytes) {
        e.text = std::string(text);
        e.spans = spans;
        return e;
    }
    size_t centre = spans.empty() ? 0 : spans.front().first;
    size_t centre_end = spans.empty() ? 0 : spans.front().second;
    size_t start = centre > max_bytes / 3 ? centre - max_bytes / 3 : 0;
    // Start after a space when one is near, else at least on a character.
    size_t s = start;
    while (s > 0 && start - s < 24 && text[s - 1] != ' ') --s;
    if (s > 0 && text[s - 1] != ' ')
        for (s = start; s < centre && continuation_byte(text[s]);) ++s;
    start = s;
    size_t end = std::min(text.size(), start + max_bytes);
    if (end < text.size()) {
        size_t space = text.rfind(' ', end);
        if (space != std::string_view::npos && space > start && space >= centre_end) end = space;
        else
            while (end > centre_end && continuation_byte(text[end])) --end;
    }
    e.cut_start = start > 0;
    e.cut_end = end < text.size();
    e.text = std::string(text.substr(start, end - start));
    for (auto [a, b] : spans)
        if (a >= start && b <= end) e.spans.emplace_back(a - start, b - start);
    return e;
}

} // namespace cablesearch
