#include "Lexicon.h"

namespace corpusgen {

namespace {

std::vector<std::string_view> split(std::string_view s)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
        size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\n') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

} // namespace

WordList::WordList(std::string_view space_separated, double zipf_s)
    : words_(split(space_separated)), zipf_(words_.size(), zipf_s)
{
}

Lexicon::Lexicon(std::string_view head_words, double head_zipf_s, RootKind kind, OpenClassLaw law)
    : head_(head_words, head_zipf_s), kind_(kind), tail_share_(law.tail_share), tail_(law.a, law.q)
{
}

LexiconEntry Lexicon::draw(Random& rng) const
{
    LexiconEntry e;
    if (rng.chance(tail_share_)) e.tail_rank = tail_(rng);
    else e.head = head_.draw(rng);
    return e;
}

std::string Lexicon::word(const LexiconEntry& e) const
{
    return e.made_up() ? english_root(e.tail_rank, kind_) : std::string(e.head);
}

std::string NameLexicon::name(uint64_t rank) const
{
    return shape_ == Shape::Acronym ? made_up_acronym(rank + salt_ * 0x100000000ULL) : made_up_name(rank, salt_);
}

} // namespace corpusgen
