#include "Vocabulary.h"

#include <array>

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

// Multi-word entries use '_' for a space.
constexpr std::string_view kNouns = R"(
government minister ministry official president party election security policy issue
meeting embassy country support agreement office leader program effort opposition
assistance process reform military situation law report parliament cooperation region
trade development visit army question official group member plan problem decision budget
economy investment border conflict police court case press statement rights committee
commission project council agency sector market energy oil gas water health education
negotiation relationship ambassador delegation contact source concern interest
proposal framework strategy position view attack violence threat force operation
campaign vote coalition cabinet prime_minister deputy advisor representative
spokesman director chairman governor mayor province district capital city village
community population refugee migrant worker student farmer business company bank
loan debt tax revenue price inflation growth export import tariff customs
investigation prosecutor judge trial sentence prison detainee corruption fraud
smuggling trafficking narcotics crime terrorism insurgency militia weapon missile
nuclear program inspection sanction resolution treaty convention protocol summit
conference initiative mission airport port road railway pipeline refinery mine
contract license permit regulation legislation constitution amendment referendum
candidate campaign ballot turnout observer media newspaper journalist television radio
broadcast internet religion church mosque minority tribe clan family leadership
succession transition crisis dispute settlement ceasefire talks dialogue mediation
peacekeeping troop soldier officer commander battalion brigade base exercise training
equipment procurement aircraft vessel navy coast_guard intelligence service network
cell leader figure official counterpart colleague interlocutor host readout demarche
reftel request response message letter note memorandum draft text paragraph
subject topic point detail information assessment analysis estimate figure data
survey poll study review audit framework mechanism institution authority agency
bureau department division unit team staff personnel visa passport citizen consulate
section post mission station fund grant donor aid relief disaster flood earthquake
drought famine harvest crop food fuel electricity shortage subsidy wage salary
pension union strike protest demonstration rally crowd arrest detention release
hostage kidnapping bombing explosion casualty victim witness accusation allegation
)";

constexpr std::string_view kVerbsPast = R"(
said noted told stressed explained added emphasized asked stated expressed agreed
confirmed claimed believed suggested argued indicated reported acknowledged warned
predicted welcomed rejected promised pledged announced insisted complained admitted
described raised discussed reviewed highlighted outlined underscored reiterated
questioned urged assured offered requested received approved signed criticized
denied recalled observed mentioned conceded lamented asserted maintained proposed
recommended planned expected hoped feared opposed supported accepted declined
refused delayed postponed launched completed began continued ended visited met
called invited hosted attended traveled returned arrived departed briefed informed
shared passed delivered presented submitted pressed sought gained lost won obtained
)";

constexpr std::string_view kVerbsBase = R"(
support oppose accept reject sign approve review consider discuss raise address
resolve reduce increase improve strengthen expand limit prevent ensure pursue
seek provide offer request receive delay postpone launch complete continue end
visit meet invite host attend return implement enforce monitor investigate
prosecute arrest release protect defend challenge pressure encourage urge help
)";

constexpr std::string_view kAdjectives = R"(
new political economic national local former senior public foreign international
military security major key important significant strong weak recent current
possible likely difficult serious clear private regional domestic official legal
financial social religious ethnic general special minor central northern southern
eastern western federal provincial independent opposition ruling presidential
parliamentary judicial commercial strategic bilateral multilateral humanitarian
human_rights nuclear civil democratic constitutional electoral administrative
technical specific additional further broad narrow long short high low large small
early late final initial formal informal positive negative critical sensitive
controversial popular growing continued renewed limited substantial modest
considerable frank candid cautious optimistic pessimistic skeptical confident
concerned worried reluctant willing unable eager firm vague credible reliable
)";

constexpr std::string_view kAdverbs = R"(
also still already however reportedly reportedly clearly currently recently
likely publicly privately openly quickly slowly largely widely strongly
repeatedly previously further increasingly directly eventually apparently
)";

constexpr std::string_view kPrepositions = R"(
in on for with to from by at during after before over against among between
under about within without through across toward despite
)";

constexpr std::string_view kOpeners = R"(
However, In_addition, Meanwhile, Nevertheless, As_a_result, According_to_our_contacts,
At_the_same_time, In_private, Separately, Moreover, Still, Privately, Not_surprisingly,
In_response, By_contrast, Earlier, Later, Finally,
)";

constexpr std::string_view kTitles = R"(
Minister Deputy_Minister Ambassador Governor General Senator Director Chairman MP
Mayor President Prime_Minister Vice_President Secretary_General Colonel Judge
Spokesman Adviser Undersecretary Professor Dr. Bishop Sheikh Commissioner Speaker
)";

constexpr std::string_view kOrganizations = R"(
MFA GOI the_Embassy the_government the_opposition the_ruling_party the_army the_police
the_central_bank the_UN the_EU NATO the_IMF the_World_Bank USAID NGOs the_parliament
the_Supreme_Court the_election_commission the_cabinet the_presidency civil_society
the_press the_donor_community local_officials security_forces the_GOI the_USG
)";

constexpr std::string_view kMinistries = R"(
Foreign_Affairs Defense Interior Finance Justice Trade Energy Health Education
Agriculture Labor Transport Industry Economy Information Culture Environment
)";

constexpr std::string_view kSubjectTags = R"(
PGOV PREL ECON PTER PHUM KDEM MARR EFIN ETRD PINR MOPS SOCI KNNP PARM ENRG EAID
KCRM SNAR ASEC CASC CVIS KJUS KCOR ELAB EAGR SENV TBIO KPAO OVIP OTRA AMGT ABUD KIRF
KWMN KTIP PREF EINV EIND ECPS EAIR KISL KTFN PINS PBTS MASS MNUC KHIV KSCA TSPL
EPET KFLU BEXP PHSA KPKO AORC UNGA KGHG SCUL KMDR KPRP ELTN EWWT KSEP KOLY
)";

constexpr std::string_view kMonths = R"(
January February March April May June July August September October November December
)";

constexpr std::string_view kHeadings = R"(
Background Comment Political_Outlook Economic_Impact Next_Steps Security_Concerns
Views_on_the_Election Regional_Implications Reform_Agenda The_Opposition_Responds
Government_Reaction Donor_Coordination Public_Opinion Bilateral_Relations Way_Forward
Human_Rights_Concerns Energy_Sector Trafficking_in_Persons Counterterrorism_Cooperation
Military_Developments Judicial_Reform Media_Coverage Corruption_Allegations
)";

// Made-up names are strings of these syllables; none is a real name on
// purpose, so the tail of the vocabulary is the generator's own.
constexpr std::array<std::string_view, 96> kSyllables = {
    "ka", "ra", "mo", "dul", "vesh", "tar", "ib", "o", "lin", "ga", "ze", "bor", "an", "hal", "mi", "nu",
    "sol", "ve", "dra", "kesh", "al", "ti", "mar", "zu", "en", "pol", "ri", "sha", "fa", "dun", "el", "kor",
    "ba", "ye", "lo", "quin", "ar", "tse", "ho", "min", "da", "rek", "u", "sa", "gor", "ni", "vo", "che",
    "lam", "ot", "be", "ru", "kan", "fe", "jo", "sti", "wa", "ne", "do", "ha", "ek", "sim", "pa", "tro",
    "li", "yan", "gu", "mer", "ost", "ja", "bi", "zor", "ku", "ad", "sen", "lu", "ma", "vin", "te", "or",
    "nak", "hi", "bra", "ish", "de", "go", "ul", "fen", "ta", "mu", "zi", "kel", "ro", "ans", "ev", "ly"};

std::string syllable_name(uint64_t rank, uint64_t salt, int min_syllables)
{
    uint64_t h = mix64(rank * 0x9E3779B97F4A7C15ULL + salt);
    int n = min_syllables + static_cast<int>(h % 3);
    h = mix64(h);
    std::string out;
    for (int i = 0; i < n; ++i) {
        out += kSyllables[h % kSyllables.size()];
        h /= kSyllables.size();
    }
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

} // namespace

WordList::WordList(std::string_view space_separated, double zipf_s)
    : words_(split(space_separated)), zipf_(words_.size(), zipf_s)
{
}

Vocabulary::Vocabulary()
    : nouns(kNouns, 0.7), verbs_past(kVerbsPast, 1.0), verbs_base(kVerbsBase, 0.9), adjectives(kAdjectives, 0.75),
      adverbs(kAdverbs, 1.0), prepositions(kPrepositions, 1.0), openers(kOpeners, 0.8), titles(kTitles, 1.0),
      organizations(kOrganizations, 1.0), ministries(kMinistries, 1.0), subject_tags(kSubjectTags, 1.1),
      months_words(kMonths, 0.0), headings(kHeadings, 0.7),
      // Names: a heavy tail. Most names in a cable are rare ones.
      surname_ranks_(1500000, 0.95), given_ranks_(8000, 1.0), place_ranks_(400000, 1.0),
      acronym_ranks_(40000, 1.0)
{
}

std::string Vocabulary::surname_of_rank(uint64_t rank) const { return syllable_name(rank, 0x5EED1, 2); }
std::string Vocabulary::surname(Random& rng) const { return surname_of_rank(surname_ranks_(rng)); }
std::string Vocabulary::given_name(Random& rng) const { return syllable_name(given_ranks_(rng), 0x5EED2, 2); }
std::string Vocabulary::place(Random& rng) const { return syllable_name(place_ranks_(rng), 0x5EED3, 2); }

std::string Vocabulary::acronym(Random& rng) const
{
    uint64_t h = mix64(acronym_ranks_(rng) + 0x5EED4);
    std::string out;
    int n = 2 + static_cast<int>(h % 4);
    h /= 4;
    for (int i = 0; i < n; ++i, h /= 26) out.push_back(static_cast<char>('A' + h % 26));
    return out;
}

std::string plural(std::string_view noun)
{
    std::string s(noun);
    if (s.ends_with("y") && s.size() > 2 && std::string_view("aeiou").find(s[s.size() - 2]) == std::string_view::npos)
        return s.substr(0, s.size() - 1) + "ies";
    if (s.ends_with("s") || s.ends_with("sh") || s.ends_with("ch") || s.ends_with("x")) return s + "es";
    return s + "s";
}

} // namespace corpusgen
