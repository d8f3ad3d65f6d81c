#pragma once
// One open class of words: the hand-written common words first (each drawn
// by a Zipf law), then made-up ones without end (an open-ended Zipf law), so
// that the vocabulary grows with the corpus the way a real one does (Heaps'
// law). A draw gives an entry; the caller makes the form it needs of it
// ("delorated" from the verb "delorate").

#include "Random.h"
#include "SyntheticWords.h"
#include "Zipf.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corpusgen {

class WordList {
public:
    WordList(std::string_view space_separated, double zipf_s);
    std::string_view draw(Random& rng) const { return words_[zipf_(rng)]; }
    std::span<const std::string_view> all() const { return words_; }
    size_t size() const { return words_.size(); }

private:
    std::vector<std::string_view> words_;
    Zipf zipf_;
};

// How an open class draws: a share of its draws go to the made-up tail,
// whose ranks follow OpenZipf(a, q).
struct OpenClassLaw {
    double tail_share;
    double a;
    double q;
};

struct LexiconEntry {
    std::string_view head;  // a hand-written word, or empty
    uint64_t tail_rank = 0; // otherwise the made-up word of this rank
    bool made_up() const { return head.empty(); }
    bool operator==(const LexiconEntry&) const = default;
};

// English words of one part of speech.
class Lexicon {
public:
    Lexicon(std::string_view head_words, double head_zipf_s, RootKind kind, OpenClassLaw law);
    LexiconEntry draw(Random& rng) const;
    // The word itself: the hand-written one, or the made-up root.
    std::string word(const LexiconEntry& e) const;

private:
    WordList head_;
    RootKind kind_;
    double tail_share_;
    OpenZipf tail_;
};

// Made-up proper names (people, places) or acronyms of one family: all from
// the open tail, a rank always giving the same name.
class NameLexicon {
public:
    enum class Shape { Name, Acronym };
    NameLexicon(uint64_t salt, Shape shape, double a, double q) : salt_(salt), shape_(shape), ranks_(a, q) {}
    uint64_t draw(Random& rng) const { return ranks_(rng); }
    std::string name(uint64_t rank) const;
    std::string draw_name(Random& rng) const { return name(draw(rng)); }

private:
    uint64_t salt_;
    Shape shape_;
    OpenZipf ranks_;
};

} // namespace corpusgen
