#include "WordForms.h"

namespace corpusgen {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "y" after a consonant becomes "i" before an ending: deny -> denied.
bool consonant_y(std::string_view w) { return w.size() > 2 && w.back() == 'y' && !is_vowel(w[w.size() - 2]); }

std::string without_last(std::string_view w) { return std::string(w.substr(0, w.size() - 1)); }

bool sibilant_end(std::string_view w)
{
    return w.ends_with("s") || w.ends_with("sh") || w.ends_with("ch") || w.ends_with("x") || w.ends_with("z");
}

} // namespace

std::string plural(std::string_view noun)
{
    if (consonant_y(noun)) return without_last(noun) + "ies";
    if (sibilant_end(noun)) return std::string(noun) + "es";
    return std::string(noun) + "s";
}

std::string past(std::string_view verb)
{
    if (verb.ends_with("e")) return std::string(verb) + "d";
    if (consonant_y(verb)) return without_last(verb) + "ied";
    return std::string(verb) + "ed";
}

std::string present_participle(std::string_view verb)
{
    if (verb.ends_with("ee") || verb.ends_with("ye") || verb.ends_with("oe")) return std::string(verb) + "ing";
    if (verb.ends_with("ie")) return std::string(verb.substr(0, verb.size() - 2)) + "ying";
    if (verb.size() > 2 && verb.ends_with("e")) return without_last(verb) + "ing";
    return std::string(verb) + "ing";
}

std::string third_person(std::string_view verb) { return plural(verb); }

std::string nominalization(std::string_view verb)
{
    if (verb.ends_with("ate")) return without_last(verb) + "ion";
    if (verb.ends_with("ize")) return without_last(verb) + "ation";
    if (verb.ends_with("e")) return without_last(verb) + "ation";
    if (consonant_y(verb)) return without_last(verb) + "ication";
    return std::string(verb) + "ation";
}

std::string agent_noun(std::string_view verb)
{
    if (verb.ends_with("ate")) return without_last(verb) + "or";
    if (verb.ends_with("e")) return std::string(verb) + "r";
    if (consonant_y(verb)) return without_last(verb) + "ier";
    return std::string(verb) + "er";
}

std::string adverb(std::string_view adjective)
{
    if (consonant_y(adjective)) return without_last(adjective) + "ily";
    if (adjective.ends_with("ic")) return std::string(adjective) + "ally";
    if (adjective.ends_with("le") && adjective.size() > 3) return without_last(adjective) + "y";
    return std::string(adjective) + "ly";
}

std::string quality_noun(std::string_view adjective)
{
    if (adjective.ends_with("al") || adjective.ends_with("ic") || adjective.ends_with("ar")) return std::string(adjective) + "ity";
    if (adjective.ends_with("ive")) return without_last(adjective) + "ity";
    if (consonant_y(adjective)) return without_last(adjective) + "iness";
    return std::string(adjective) + "ness";
}

std::string noun_adjective(std::string_view noun)
{
    if (noun.ends_with("e") || consonant_y(noun)) return without_last(noun) + "al";
    if (noun.ends_with("al")) return std::string(noun) + "ist";
    return std::string(noun) + "al";
}

std::string possessive(std::string_view noun) { return std::string(noun) + "'s"; }

} // namespace corpusgen
