#pragma once
// English inflection and derivation, for the hand-written words and the
// made-up ones alike: "policy" -> "policies", "delorate" -> "delorated",
// "delorating", "deloration". Made-up words get English endings so that the
// index's English stemmer takes them back to one stem as it does real words.

#include <string>
#include <string_view>

namespace corpusgen {

// "policy" -> "policies", "embassy" -> "embassies", "process" -> "processes".
std::string plural(std::string_view noun);
// "support" -> "supported", "agree" -> "agreed", "deny" -> "denied".
std::string past(std::string_view verb);
// "support" -> "supporting", "delorate" -> "delorating".
std::string present_participle(std::string_view verb);
// "support" -> "supports", "push" -> "pushes".
std::string third_person(std::string_view verb);
// "delorate" -> "deloration", "confirm" -> "confirmation", "reside" -> "residation".
std::string nominalization(std::string_view verb);
// "support" -> "supporter", "delorate" -> "delorator".
std::string agent_noun(std::string_view verb);
// "formal" -> "formally", "easy" -> "easily", "public" -> "publicly".
std::string adverb(std::string_view adjective);
// "formal" -> "formality", "vantic" -> "vanticity"; others take -ness.
std::string quality_noun(std::string_view adjective);
// "tarvence" -> "tarvencal", "cost" -> "costal": -al, dropping a final e.
std::string noun_adjective(std::string_view noun);
// "Karadul" -> "Karadul's", "Paris" -> "Paris's".
std::string possessive(std::string_view noun);

} // namespace corpusgen
