#include "SyntheticWords.h"

#include <array>
#include <cctype>
#include <initializer_list>
#include <vector>

namespace corpusgen {

namespace {

// A stream of choices drawn from one number.
class Choices {
public:
    explicit Choices(uint64_t seed) : state_(mix64(seed)) {}
    uint64_t below(uint64_t n)
    {
        state_ = mix64(state_);
        return static_cast<uint64_t>((static_cast<unsigned __int128>(state_) * n) >> 64);
    }

private:
    uint64_t state_;
};

// Pieces with weights: common shapes are drawn more often than rare ones.
class Pieces {
public:
    Pieces(std::initializer_list<std::pair<std::string_view, unsigned>> items)
    {
        for (auto [s, w] : items) {
            total_ += w;
            items_.push_back({s, total_});
        }
    }
    std::string_view pick(Choices& c) const
    {
        uint64_t x = c.below(total_);
        for (const auto& [s, upto] : items_)
            if (x < upto) return s;
        return items_.back().first;
    }

private:
    std::vector<std::pair<std::string_view, unsigned>> items_;
    unsigned total_ = 0;
};

// English syllable shapes: onset, vowel, coda. Medial onsets are simpler
// than initial ones, as in English words of Latin stock ("condarate").
const Pieces kInitialOnsets = {
    {"", 10}, {"b", 6}, {"c", 9}, {"d", 7}, {"f", 5}, {"g", 4}, {"h", 4}, {"l", 5}, {"m", 7}, {"n", 3},
    {"p", 8}, {"r", 6}, {"s", 8}, {"t", 6}, {"v", 3}, {"w", 3}, {"br", 2}, {"cr", 2}, {"dr", 1}, {"fr", 2},
    {"gr", 2}, {"pr", 5}, {"tr", 3}, {"bl", 1}, {"cl", 2}, {"fl", 1}, {"gl", 1}, {"pl", 2}, {"sl", 1},
    {"sc", 1}, {"sp", 2}, {"st", 3}, {"str", 1}, {"sh", 1}, {"ch", 1}, {"th", 1}, {"qu", 1}, {"j", 1}};
const Pieces kMedialOnsets = {
    {"b", 3}, {"c", 5}, {"d", 5}, {"f", 2}, {"g", 3}, {"l", 7}, {"m", 5}, {"n", 6}, {"p", 4}, {"r", 7},
    {"s", 5}, {"t", 7}, {"v", 3}, {"pr", 1}, {"tr", 1}, {"gr", 1}, {"st", 1}, {"qu", 1}};
const Pieces kVowels = {
    {"a", 12}, {"e", 12}, {"i", 10}, {"o", 9}, {"u", 4}, {"ea", 1}, {"ai", 1}, {"ou", 1}, {"io", 1}, {"ee", 1}};
const Pieces kMedialCodas = {{"", 16}, {"n", 4}, {"r", 4}, {"l", 2}, {"s", 2}, {"m", 1}, {"c", 1}, {"x", 1}};
const Pieces kFinalCodas = {
    {"n", 5}, {"r", 5}, {"l", 4}, {"t", 4}, {"st", 2}, {"nt", 3}, {"nd", 2}, {"ct", 2}, {"rm", 1}, {"rn", 1},
    {"ss", 1}, {"sk", 1}, {"ll", 1}, {"ck", 1}, {"m", 2}, {"x", 1}, {"rt", 1}, {"mp", 1}, {"ft", 1}, {"lt", 1}};
// Endings that make a root look like a noun, verb or adjective of English.
const Pieces kNounEndings = {
    {"", 12}, {"e", 3}, {"ence", 2}, {"ance", 2}, {"ure", 2}, {"ade", 1}, {"age", 1}, {"ism", 1}, {"et", 1}, {"ory", 1}};
const Pieces kVerbEndings = {{"", 14}, {"ate", 5}, {"ize", 1}, {"e", 3}, {"ify", 1}, {"ish", 1}};
const Pieces kAdjectiveEndings = {
    {"al", 5}, {"ic", 3}, {"ous", 2}, {"ive", 2}, {"ent", 2}, {"ant", 1}, {"ary", 1}, {"ible", 1}, {"ile", 1}, {"", 4}};

std::string english_syllables(Choices& c, int syllables)
{
    std::string out(kInitialOnsets.pick(c));
    for (int i = 0; i < syllables; ++i) {
        if (i > 0) out += kMedialOnsets.pick(c);
        out += kVowels.pick(c);
        out += i + 1 == syllables ? kFinalCodas.pick(c) : kMedialCodas.pick(c);
    }
    return out;
}

// Name syllables: open syllables of no particular language.
const Pieces kNameOnsets = {
    {"k", 6}, {"r", 5}, {"m", 6}, {"d", 5}, {"t", 5}, {"b", 5}, {"s", 5}, {"l", 4}, {"n", 4}, {"g", 3},
    {"h", 3}, {"z", 2}, {"v", 3}, {"sh", 2}, {"kh", 1}, {"j", 2}, {"y", 2}, {"f", 2}, {"p", 3}, {"ch", 1},
    {"", 4}, {"dr", 1}, {"tr", 1}, {"br", 1}, {"w", 1}, {"q", 1}};
const Pieces kNameVowels = {{"a", 14}, {"e", 8}, {"i", 9}, {"o", 8}, {"u", 6}, {"ia", 1}, {"ou", 1}, {"ai", 1}, {"ei", 1}, {"y", 1}};
const Pieces kNameCodas = {{"", 20}, {"n", 4}, {"r", 3}, {"l", 2}, {"m", 1}, {"s", 2}, {"k", 1}, {"d", 1}, {"z", 1}};
const Pieces kNameEndings = {
    {"", 50}, {"ov", 2}, {"ova", 1}, {"ic", 2}, {"ez", 2}, {"ian", 2}, {"ani", 1}, {"oglu", 1}, {"enko", 1},
    {"sson", 1}, {"ini", 1}, {"ali", 1}, {"ito", 1}, {"ul", 1}, {"at", 1}, {"ong", 1}, {"uddin", 1}};

} // namespace

std::string english_root(uint64_t number, RootKind kind)
{
    Choices c(number * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(kind) + 0x51ED);
    static constexpr int kSyllables[] = {1, 1, 1, 1, 1, 2, 2, 2, 2, 3}; // before the ending
    int syllables = kSyllables[c.below(10)];
    std::string_view ending = kind == RootKind::Noun ? kNounEndings.pick(c)
                            : kind == RootKind::Verb ? kVerbEndings.pick(c)
                                                     : kAdjectiveEndings.pick(c);
    if (syllables == 1 && ending.empty()) syllables = 2;
    // Every ending starts with a vowel: the root before it ends in a consonant.
    std::string out = english_syllables(c, syllables);
    return out + std::string(ending);
}

std::string made_up_name(uint64_t number, uint64_t salt)
{
    Choices c(number * 0xD1B54A32D192ED03ULL + salt);
    static constexpr int kSyllables[] = {1, 1, 2, 2, 2, 2, 2, 3, 3, 4};
    int syllables = kSyllables[c.below(10)];
    std::string out;
    for (int i = 0; i < syllables; ++i) {
        out += kNameOnsets.pick(c);
        out += kNameVowels.pick(c);
        if (i + 1 < syllables || c.below(2)) out += kNameCodas.pick(c);
    }
    std::string_view ending = kNameEndings.pick(c);
    if (!ending.empty() && std::string_view("aeiouy").find(ending[0]) != std::string_view::npos &&
        std::string_view("aeiouy").find(out.back()) != std::string_view::npos)
        out.pop_back();
    out += ending;
    if (out.size() < 3) out += "an";
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string made_up_acronym(uint64_t number)
{
    Choices c(number * 0xA24BAED4963EE407ULL + 0xAC);
    static constexpr std::string_view kLetters = "AAABBCCCDDEEEFFGGHIIIJKLLMMNNOOPPPRRSSSTTTUUVWYZ";
    int n = 2 + static_cast<int>(c.below(3)) + (c.below(4) == 0);
    std::string out;
    for (int i = 0; i < n; ++i) out += kLetters[c.below(kLetters.size())];
    return out;
}

void typo(std::string& word, Random& draw)
{
    size_t letters = 0;
    for (char ch : word) letters += (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    if (letters < 4 || letters != word.size()) return;
    // The same slips recur ("goverment"): a word has a few likely ones, the
    // first the likeliest, so that misspellings grow with the vocabulary,
    // not with the corpus.
    uint64_t variant = 0;
    while (variant < 12 && draw.chance(0.6)) ++variant;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ULL;
    Random rng(h, variant);
    size_t i = 1 + rng.below(word.size() - 1);
    switch (rng.below(4)) {
    case 0: word.erase(i, 1); break;
    case 1: word.insert(i, 1, word[i]); break;
    case 2:
        if (i + 1 < word.size()) std::swap(word[i], word[i + 1]);
        else word.erase(i, 1);
        break;
    default: {
        // Letters an OCR or a hurried typist confuses.
        static constexpr std::string_view from = "eaioumnrlctEAIOUMNRLCT", to = "caeluunnitlCAELUUNNITL";
        size_t k = from.find(word[i]);
        word[i] = k == std::string_view::npos ? word[i - 1] : to[k];
        break;
    }
    }
}

void add_typos(std::string& text, double rate, Random& rng)
{
    std::string out;
    size_t i = 0, copied = 0;
    while (i < text.size()) {
        if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        size_t start = i;
        while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
        if (!rng.chance(rate)) continue;
        std::string word = text.substr(start, i - start);
        typo(word, rng);
        out.append(text, copied, start - copied);
        out += word;
        copied = i;
    }
    if (copied == 0) return;
    out.append(text, copied);
    text = std::move(out);
}

} // namespace corpusgen
