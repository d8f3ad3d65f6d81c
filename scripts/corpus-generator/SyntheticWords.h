#pragma once
// Made-up words, each a pure function of its number: the vocabulary's long
// tail, as open-ended as a real one. None is copied from real cables:
// English-like roots are built from the syllable shapes of English words and
// take English endings (WordForms), so that the English stemmer treats them
// as it treats real words; names are built from syllables of no particular
// language; acronyms are runs of capitals.

#include "Random.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace corpusgen {

enum class RootKind { Noun, Verb, Adjective };

// A root word for a made-up English word family: "condarate" (verb),
// "tarvence" (noun), "melorical" (adjective). Lower case.
std::string english_root(uint64_t number, RootKind kind);

// A made-up proper name: "Karadul", "Velishani". Capitalized. Several
// families of syllables (salt) keep people and places apart.
std::string made_up_name(uint64_t number, uint64_t salt);

// Two to five capitals: "KDP", "UNAMI"-like.
std::string made_up_acronym(uint64_t number);

// One slip of the typist or of the OCR that read a paper copy: a letter
// dropped, doubled, swapped with the next or misread; each word has its own
// few likely slips. Words of fewer than four letters are left alone.
void typo(std::string& word, Random& rng);
// Slips in running text: each word of letters has this chance of one.
void add_typos(std::string& text, double rate, Random& rng);

} // namespace corpusgen
