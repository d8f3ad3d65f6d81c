#include "Prose.h"

#include "Numbers.h"
#include "TextModel.h"
#include "WordForms.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace corpusgen {

void append_word(std::string& out, std::string_view word)
{
    for (char c : word) out.push_back(c == '_' ? ' ' : c);
}

int count_words(std::string_view text)
{
    int n = 0;
    bool in_word = false;
    for (char c : text) {
        bool word_char = std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '.' || c == ',' || c == '$';
        if (c == ' ' || c == '\n') in_word = false;
        else if (word_char && !in_word && std::isalnum(static_cast<unsigned char>(c))) in_word = true, ++n;
    }
    return n;
}

namespace {

// In real text a rare word appears in one form or two, a common one in
// many. Only the commoner made-up words have derived forms ("deloration",
// "tarvencal") and every inflection; rarer ones keep to two forms, the
// rarest to one, chosen by their rank (a verb always "delorated", a noun
// always plural).
constexpr uint64_t kCommonFamilies = 1500, kTwoFormFamilies = 20000;
bool derives(const LexiconEntry& e) { return e.made_up() && e.tail_rank < kCommonFamilies; }
bool rare(const LexiconEntry& e) { return e.made_up() && e.tail_rank >= kCommonFamilies; }
// Whether a rare word takes the form numbered `form` of `forms`.
bool rare_takes(const LexiconEntry& e, uint64_t form, uint64_t forms)
{
    if (mix64(e.tail_rank ^ 0xF0F0) % forms == form) return true;
    return e.tail_rank < kTwoFormFamilies && mix64(e.tail_rank ^ 0x0F0F) % forms == form;
}

void capitalize_from(std::string& s, size_t pos)
{
    if (pos < s.size()) s[pos] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[pos])));
}

// Picks by weight from a fixed table.
template <size_t N>
std::string_view weighted(Random& rng, const std::array<std::pair<std::string_view, double>, N>& table)
{
    double total = 0;
    for (const auto& [w, p] : table) total += p;
    double x = rng.unit() * total;
    for (const auto& [w, p] : table)
        if ((x -= p) < 0) return w;
    return table.back().first;
}

constexpr std::array<std::pair<std::string_view, double>, 20> kDeterminers = {{
    {"the", 24}, {"", 32}, {"a", 14}, {"its", 2}, {"their", 2}, {"his", 2}, {"this", 2}, {"these", 1},
    {"that", 1}, {"some", 1.5}, {"any", 1}, {"all", 1.5}, {"other", 1.5}, {"such", 0.7}, {"no", 0.7},
    {"our", 1.2}, {"two", 0.8}, {"several", 0.5}, {"more", 1}, {"each", 0.4}}};

constexpr std::array<std::pair<std::string_view, double>, 12> kPronouns = {{
    {"he", 30}, {"they", 12}, {"we", 8}, {"she", 6}, {"it", 12}, {"this", 1.5}, {"that", 1.5}, {"there", 3},
    {"which", 2}, {"I", 1}, {"both", 1}, {"none", 0.5}}};

constexpr std::array<std::pair<std::string_view, double>, 14> kModals = {{
    {"would", 22}, {"will", 20}, {"could", 12}, {"should", 8}, {"may", 7}, {"might", 4}, {"must", 4},
    {"can", 8}, {"would not", 5}, {"will not", 3}, {"did not", 6}, {"does not", 4}, {"cannot", 2}, {"would also", 2}}};

constexpr std::array<std::pair<std::string_view, double>, 12> kPrepositionsCommon = {{
    {"in", 30}, {"to", 16}, {"for", 16}, {"on", 14}, {"with", 13}, {"from", 6}, {"by", 6}, {"at", 5},
    {"about", 3}, {"as", 9}, {"into", 1}, {"over", 2}}};

} // namespace

Cast Prose::cast(Random& rng, const std::string& post_place, int year) const
{
    Cast c;
    c.post_place = post_place;
    c.year = year;
    int people = rng.between(2, 9);
    for (int i = 0; i < people; ++i) {
        std::string surname = v_.surname(rng);
        std::string full;
        if (rng.chance(0.6)) {
            append_word(full, v_.titles.draw(rng));
            full += ' ';
        }
        if (rng.chance(0.5)) full += v_.given_name(rng) + " ";
        full += surname;
        c.people.push_back(std::move(full));
        c.surnames.push_back(std::move(surname));
    }
    int places = rng.between(1, 6);
    for (int i = 0; i < places; ++i) c.places.push_back(v_.place(rng));
    int topic = rng.between(6, 16);
    for (int i = 0; i < topic; ++i) c.nouns.push_back(v_.nouns.draw(rng));
    for (int i = 0; i < topic / 2; ++i) c.verbs.push_back(v_.verbs.draw(rng));
    for (int i = 0; i < topic / 2; ++i) c.adjectives.push_back(v_.adjectives.draw(rng));
    int acronyms = rng.between(1, 4);
    for (int i = 0; i < acronyms; ++i) c.acronyms.push_back(v_.acronym(rng));
    int numbers = rng.between(1, 4);
    for (int i = 0; i < numbers; ++i) append_number(rng, year, c.numbers.emplace_back());
    return c;
}

LexiconEntry Prose::pick(Random& rng, const Lexicon& lexicon, const std::vector<LexiconEntry>& topic) const
{
    if (!topic.empty() && rng.chance(model::kTopicShare)) return topic[rng.below(topic.size())];
    return lexicon.draw(rng);
}

void Prose::noun(Random& rng, const Cast& cast, bool plural_form, std::string& out) const
{
    double r = rng.unit();
    std::string word;
    if (LexiconEntry e; r < 0.10 && !rare(e = pick(rng, v_.verbs, cast.verbs))) { // "the deloration", "the meeting"
        std::string base = v_.verbs.word(e);
        // Derived nouns of made-up verbs only: not "the meetation".
        if (!e.made_up()) word = present_participle(base);
        else word = rng.chance(0.6) ? nominalization(base) : agent_noun(base);
    } else if (LexiconEntry a; r < 0.13 && derives(a = pick(rng, v_.adjectives, cast.adjectives))) {
        word = quality_noun(v_.adjectives.word(a));
    } else {
        LexiconEntry e = pick(rng, v_.nouns, cast.nouns);
        if (rare(e)) { // a quarter of them plural
            bool takes_plural = rare_takes(e, 0, 4);
            bool takes_singular = rare_takes(e, 1, 4) || rare_takes(e, 2, 4) || rare_takes(e, 3, 4);
            if (plural_form ? !takes_plural : !takes_singular) plural_form = !plural_form;
        }
        word = v_.nouns.word(e);
    }
    if (word.ends_with("ness")) plural_form = false; // not "stuxvinnesses"
    if (plural_form && word.find('_') == std::string::npos) word = plural(word);
    else if (plural_form) word = word.substr(0, word.rfind('_') + 1) + plural(word.substr(word.rfind('_') + 1));
    append_word(out, word);
}

void Prose::verb(Random& rng, const Cast& cast, VerbForm form, std::string& out) const
{
    // The form of a rare verb by its rank: base, past, third person, -ing
    // (past participles of made-up verbs are their past).
    static constexpr VerbForm kRareForms[] = {VerbForm::Base, VerbForm::Base, VerbForm::Past, VerbForm::Past,
                                              VerbForm::Past, VerbForm::Past, VerbForm::Third, VerbForm::Ing, VerbForm::Ing};
    VerbForm wanted = form == VerbForm::Participle ? VerbForm::Past : form;
    LexiconEntry e = pick(rng, v_.verbs, cast.verbs);
    auto takes = [&](const LexiconEntry& entry) {
        for (uint64_t f = 0; f < std::size(kRareForms); ++f)
            if (kRareForms[f] == wanted && rare_takes(entry, f, std::size(kRareForms))) return true;
        return false;
    };
    for (int tries = 0; tries < 8 && rare(e) && !takes(e); ++tries) e = pick(rng, v_.verbs, cast.verbs);
    std::string base = v_.verbs.word(e);
    const VerbForms* irregular = e.made_up() ? nullptr : v_.irregular(base);
    switch (form) {
    case VerbForm::Base: out += base; break;
    case VerbForm::Past: out += irregular ? irregular->past : past(base); break;
    case VerbForm::Participle: out += irregular ? irregular->participle : past(base); break;
    case VerbForm::Third: out += third_person(base); break;
    case VerbForm::Ing: out += present_participle(base); break;
    }
}

void Prose::adjective(Random& rng, const Cast& cast, std::string& out) const
{
    double r = rng.unit();
    if (r < 0.05) {
        append_word(out, v_.nationalities.draw(rng));
    } else if (LexiconEntry n; r < 0.11 && derives(n = pick(rng, v_.nouns, cast.nouns))) { // "the tarvencal"
        out += noun_adjective(v_.nouns.word(n));
    } else if (r < 0.15) {
        verb(rng, cast, rng.chance(0.5) ? VerbForm::Participle : VerbForm::Ing, out);
    } else {
        append_word(out, v_.adjectives.word(pick(rng, v_.adjectives, cast.adjectives)));
    }
}

void Prose::adverb(Random& rng, const Cast& cast, std::string& out) const
{
    LexiconEntry e;
    if (rng.chance(0.6) || rare(e = pick(rng, v_.adjectives, cast.adjectives))) {
        append_word(out, v_.adverbs.draw(rng));
        return;
    }
    std::string a = v_.adjectives.word(e);
    // "politically", "formally", but not "bigly".
    static constexpr std::string_view kTakeLy[] = {"al", "ic", "ent", "ant", "ive", "ous", "ful", "ble", "ate", "ar", "ern", "ly"};
    bool takes_ly = e.made_up() || std::any_of(std::begin(kTakeLy), std::end(kTakeLy), [&](std::string_view end) { return a.ends_with(end); });
    if (!takes_ly || a.find('_') != std::string::npos || a.ends_with("ly")) append_word(out, v_.adverbs.draw(rng));
    else out += corpusgen::adverb(a);
}

void Prose::person(Random& rng, const Cast& cast, std::string& out) const
{
    if (rng.chance(0.2)) { // someone named once
        append_word(out, v_.titles.draw(rng));
        out += ' ';
        if (rng.chance(0.3)) out += v_.given_name(rng) + " ";
        out += v_.surname(rng);
        return;
    }
    size_t i = rng.below(cast.people.size());
    out += rng.chance(0.35) ? cast.people[i] : cast.surnames[i];
}

void Prose::date(Random& rng, const Cast& cast, std::string& out) const
{
    double r = rng.unit();
    std::string month;
    append_word(month, v_.months_words.draw(rng));
    int day = rng.between(1, 28);
    if (r < 0.5) out += month + " " + std::to_string(day);
    else if (r < 0.7) out += month + " " + std::to_string(cast.year - (rng.chance(0.7) ? 0 : rng.between(1, 5)));
    else if (r < 0.85) out += std::to_string(rng.between(1, 12)) + "/" + std::to_string(day);
    else out += std::to_string(day) + " " + month;
}

void Prose::number_phrase(Random& rng, const Cast& cast, std::string& out) const
{
    static constexpr std::array<std::string_view, 12> counted = {
        "people", "percent", "million", "persons", "cases", "members", "officials", "troops", "days", "tons", "dollars", "years"};
    double r = rng.unit();
    if (r < 0.12) {
        out += "$";
        append_number(rng, cast.year, out);
        out += rng.chance(0.6) ? " million" : " billion";
    } else if (r < 0.97) {
        static constexpr std::array<std::string_view, 6> about = {"more than ", "about ", "over ", "nearly ", "less than ", "some "};
        if (rng.chance(0.15)) out += about[rng.below(about.size())];
        if (rng.chance(0.2)) out += cast.numbers[rng.below(cast.numbers.size())];
        else append_number(rng, cast.year, out);
        out += ' ';
        if (rng.chance(0.5)) out += counted[rng.below(counted.size())];
        else noun(rng, cast, true, out);
    } else {
        append_alphanumeric(rng, cast.year, out);
        out += ' ';
        noun(rng, cast, rng.chance(0.5), out);
    }
}

void Prose::noun_phrase(Random& rng, const Cast& cast, std::string& out, int depth) const
{
    double r = rng.unit();
    if (r < 0.06) {
        out += cast.places[rng.below(cast.places.size())];
        return;
    }
    if (r < 0.08) {
        person(rng, cast, out);
        return;
    }
    if (r < 0.09) {
        append_word(out, v_.organizations.draw(rng));
        return;
    }
    if (r < 0.205) { // "the KDP", "PRT officials": cables are full of acronyms
        if (rng.chance(0.5)) out += "the ";
        out += rng.chance(0.6) ? cast.acronyms[rng.below(cast.acronyms.size())] : v_.acronym(rng);
        if (rng.chance(0.35)) {
            out += ' ';
            noun(rng, cast, rng.chance(0.5), out);
        }
        return;
    }
    if (r < 0.25) { // "the National Assembly"
        out += "the ";
        append_word(out, rng.chance(0.4) ? v_.nationalities.draw(rng) : v_.capitalized.draw(rng));
        out += ' ';
        append_word(out, v_.capitalized.draw(rng));
        return;
    }
    if (r < 0.29) {
        number_phrase(rng, cast, out);
        return;
    }
    if (r < 0.2935) { // "F16 aircraft", "1990s reforms"
        append_alphanumeric(rng, cast.year, out);
        out += ' ';
        noun(rng, cast, rng.chance(0.5), out);
        return;
    }
    if (r < 0.302) { // "Karadul's party"
        person(rng, cast, out);
        out += "'s ";
        noun(rng, cast, false, out);
        return;
    }
    bool plural_form = rng.chance(0.3);
    std::string_view det = weighted(rng, kDeterminers);
    size_t indefinite = std::string::npos;
    if (det == "a") {
        if (plural_form) det = "";
        else indefinite = out.size();
    } else if (det == "this" && plural_form) det = "these";
    else if (det == "these" && !plural_form) det = "this";
    else if (det == "two" || det == "several") plural_form = true;
    else if (det == "each") plural_form = false;
    if (!det.empty()) {
        out += det;
        out += ' ';
    }
    size_t word = out.size();
    if (rng.chance(0.04)) {
        out += cast.post_place;
        out += ' ';
    }
    if (rng.chance(0.33)) {
        adjective(rng, cast, out);
        out += ' ';
        if (rng.chance(0.15)) {
            out += rng.chance(0.6) ? "and " : "";
            adjective(rng, cast, out);
            out += ' ';
        }
    }
    if (rng.chance(0.12)) { // "security forces": a noun before the noun
        noun(rng, cast, false, out);
        out += ' ';
    }
    noun(rng, cast, plural_form, out);
    if (indefinite != std::string::npos && std::string_view("aeiouAEIOU").find(out[word]) != std::string_view::npos)
        out.insert(indefinite + 1, 1, 'n');
    if (depth >= 2) return;
    double post = rng.unit();
    if (post < 0.18) {
        out += " of ";
        noun_phrase(rng, cast, out, depth + 1);
    } else if (post < 0.26) {
        out += ' ';
        prepositional_phrase(rng, cast, out);
    } else if (post < 0.35) {
        double c = rng.unit();
        out += c < 0.72 ? " and " : c < 0.9 ? " or " : " as well as ";
        noun_phrase(rng, cast, out, depth + 1);
    } else if (post < 0.38) {
        out += plural_form ? " that have " : " that has ";
        verb(rng, cast, VerbForm::Participle, out);
        out += ' ';
        noun_phrase(rng, cast, out, 2);
    }
}

void Prose::prepositional_phrase(Random& rng, const Cast& cast, std::string& out) const
{
    double r = rng.unit();
    if (r < 0.75) out += weighted(rng, kPrepositionsCommon);
    else append_word(out, v_.prepositions.draw(rng));
    out += ' ';
    double what = rng.unit();
    if (what < 0.10) out += cast.places[rng.below(cast.places.size())];
    else if (what < 0.13) person(rng, cast, out);
    else if (what < 0.18) date(rng, cast, out);
    else if (what < 0.21) out += std::to_string(cast.year - (rng.chance(0.6) ? 0 : rng.between(1, 8)));
    else if (what < 0.28) number_phrase(rng, cast, out);
    else if (what < 0.287) {
        append_alphanumeric(rng, cast.year, out);
        out += ' ';
        noun(rng, cast, true, out);
    }
    else noun_phrase(rng, cast, out, 1);
}

void Prose::subject_phrase(Random& rng, const Cast& cast, std::string& out, bool& plural_subject) const
{
    plural_subject = false;
    double s = rng.unit();
    if (s < 0.18) {
        std::string_view p = weighted(rng, kPronouns);
        out += p;
        plural_subject = p == "they" || p == "we" || p == "both" || p == "I";
    } else if (s < 0.29) person(rng, cast, out);
    else if (s < 0.37) append_word(out, v_.organizations.draw(rng));
    else if (s < 0.465) {
        out += "the Ministry of ";
        append_word(out, v_.ministries.draw(rng));
    } else {
        size_t start = out.size();
        noun_phrase(rng, cast, out, 1);
        // "the ministers", "these officials": agreement by the last word.
        std::string_view np(out.data() + start, out.size() - start);
        plural_subject = np.ends_with("s") && !np.ends_with("ss") && np.find(" of ") == std::string_view::npos;
    }
}

void Prose::predicate(Random& rng, const Cast& cast, std::string& out, bool plural_subject, bool with_that) const
{
    std::string_view be_present = plural_subject ? "are" : "is", be_past = plural_subject ? "were" : "was";
    std::string_view have = plural_subject ? "have" : "has";
    double form = rng.unit();
    if (with_that && form < 0.16) { // "said that ..."
        append_word(out, v_.reporting_verbs.draw(rng));
        out += rng.chance(0.8) ? " that " : " ";
        clause(rng, cast, out, false);
        return;
    }
    if (form < 0.16) form = 0.16 + rng.unit() * 0.84;
    if (form < 0.32) { // "would support the reform"
        out += weighted(rng, kModals);
        out += rng.chance(0.2) ? " be " : " ";
        if (out.ends_with(" be ")) {
            if (rng.chance(0.5)) adjective(rng, cast, out);
            else verb(rng, cast, VerbForm::Participle, out);
        } else {
            verb(rng, cast, VerbForm::Base, out);
            out += ' ';
            noun_phrase(rng, cast, out, 0);
        }
    } else if (form < 0.38) { // "has rejected the proposal"
        out += rng.chance(0.6) ? have : "had";
        out += ' ';
        if (rng.chance(0.12)) out += "not ";
        verb(rng, cast, VerbForm::Participle, out);
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    } else if (form < 0.43) { // "has been delayed by the ministry"
        double r = rng.unit();
        out += r < 0.35 ? std::string(have) + " been" : r < 0.5 ? std::string("had been") : std::string(be_past);
        out += ' ';
        verb(rng, cast, VerbForm::Participle, out);
        if (rng.chance(0.4)) {
            out += " by ";
            noun_phrase(rng, cast, out, 1);
        }
    } else if (form < 0.51) { // "is concerned about", "was unable to secure"
        out += rng.chance(0.5) ? be_present : be_past;
        out += ' ';
        if (rng.chance(0.1)) out += "not ";
        adjective(rng, cast, out);
        if (rng.chance(0.35)) {
            out += " to ";
            verb(rng, cast, VerbForm::Base, out);
            out += ' ';
            noun_phrase(rng, cast, out, 1);
        }
    } else if (form < 0.57) { // "is considering the request"
        out += rng.chance(0.5) ? be_present : be_past;
        out += ' ';
        verb(rng, cast, VerbForm::Ing, out);
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    } else if (form < 0.61) { // "is expected to sign"
        static constexpr std::array<std::string_view, 6> ahead = {"expected to", "likely to", "planning to", "seeking to", "going to", "unlikely to"};
        out += rng.chance(0.6) ? be_present : be_past;
        out += ' ';
        out += ahead[rng.below(ahead.size())];
        out += ' ';
        verb(rng, cast, VerbForm::Base, out);
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    } else if (form < 0.67) { // "agreed to support the plan"
        static constexpr std::array<std::string_view, 8> intend = {"agreed to", "wants to", "plans to", "hopes to", "tried to", "continued to", "needs to", "refused to"};
        out += intend[rng.below(intend.size())];
        out += ' ';
        verb(rng, cast, VerbForm::Base, out);
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    } else if (form < 0.88) { // "rejected the proposal"
        verb(rng, cast, VerbForm::Past, out);
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    } else { // "supports the proposal"
        if (plural_subject) verb(rng, cast, VerbForm::Base, out);
        else verb(rng, cast, VerbForm::Third, out);
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    }
}

void Prose::clause(Random& rng, const Cast& cast, std::string& out, bool with_tail) const
{
    if (rng.chance(0.03)) { // "there were 45 arrests"
        bool plural_form = rng.chance(0.5);
        out += plural_form ? (rng.chance(0.5) ? "there are " : "there were ") : (rng.chance(0.5) ? "there is " : "there was ");
        if (!plural_form) out += "a ";
        else if (rng.chance(0.4)) out += "many ";
        noun(rng, cast, plural_form, out);
        out += ' ';
        prepositional_phrase(rng, cast, out);
        return;
    }
    bool plural_subject = false;
    subject_phrase(rng, cast, out, plural_subject);
    out += ' ';
    if (rng.chance(0.09)) {
        adverb(rng, cast, out);
        out += ' ';
    }
    predicate(rng, cast, out, plural_subject, with_tail);
    if (rng.chance(0.55)) {
        out += ' ';
        prepositional_phrase(rng, cast, out);
    }
    if (rng.chance(0.22)) {
        out += ' ';
        prepositional_phrase(rng, cast, out);
    }
}

void Prose::sentence(Random& rng, const Cast& cast, std::string& out) const
{
    size_t start = out.size();
    double opening = rng.unit();
    if (opening < 0.11) {
        append_word(out, v_.openers.draw(rng));
        out += ' ';
    } else if (opening < 0.15) { // "When the talks resumed, ..."
        static constexpr std::array<std::string_view, 6> when = {"when ", "after ", "before ", "while ", "since ", "although "};
        out += when[rng.below(when.size())];
        clause(rng, cast, out, false);
        out += ", ";
    }
    clause(rng, cast, out, true);
    double tail = rng.unit();
    if (tail < 0.10) {
        out += ", and ";
        clause(rng, cast, out, false);
    } else if (tail < 0.17) {
        out += ", but ";
        clause(rng, cast, out, false);
    } else if (tail < 0.22) {
        out += ", which ";
        predicate(rng, cast, out, false, false);
    } else if (tail < 0.25) {
        static constexpr std::array<std::string_view, 5> conjunctions = {" because ", " while ", " if ", " although ", " as "};
        out += conjunctions[rng.below(conjunctions.size())];
        clause(rng, cast, out, false);
    } else if (tail < 0.28) {
        out += " in order to ";
        verb(rng, cast, VerbForm::Base, out);
        out += ' ';
        noun_phrase(rng, cast, out, 1);
    } else if (tail < 0.34) {
        out += ", ";
        person(rng, cast, out);
        out += " said";
    } else if (tail < 0.37) {
        out += ", according to ";
        append_word(out, v_.organizations.draw(rng));
    } else if (tail < 0.43) { // ", according to Karadul, who ..."
        out += ", according to ";
        person(rng, cast, out);
        out += ", who ";
        predicate(rng, cast, out, false, false);
    } else if (tail < 0.46) {
        out += " (";
        out += cast.surnames[rng.below(cast.surnames.size())];
        out += ")";
    }
    capitalize_from(out, start);
    out += '.';
}

void Prose::paragraph(Random& rng, const Cast& cast, int words, std::string& out) const
{
    size_t start = out.size();
    int have = 0;
    while (have < words) {
        if (out.size() > start) out += "  ";
        size_t s = out.size();
        sentence(rng, cast, out);
        have += count_words(std::string_view(out).substr(s));
    }
}

std::string Prose::subject(Random& rng, const Cast& cast) const
{
    std::string s;
    if (rng.chance(0.5)) {
        s += rng.chance(0.6) ? cast.post_place : cast.places[0];
        s += ": ";
    }
    if (rng.chance(0.5)) person(rng, cast, s);
    else noun_phrase(rng, cast, s, 1);
    s += ' ';
    verb(rng, cast, VerbForm::Third, s); // "supports", "pushes"
    s += ' ';
    noun_phrase(rng, cast, s, 1);
    if (rng.chance(0.4)) {
        s += ' ';
        prepositional_phrase(rng, cast, s);
    }
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

} // namespace corpusgen
