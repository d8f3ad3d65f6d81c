#include "Vocabulary.h"

#include "TextModel.h"

namespace corpusgen {

namespace {

// Multi-word entries use '_' for a space.
constexpr std::string_view kNouns = R"(
government official issue security policy party election country support president
aid law plan deal talks vote role step goal term oil gas tax war army fund loan debt
meeting minister agreement office leader program effort opposition embassy ministry
cost rate city land navy port road food fuel farm bank firm job work pay rule act bill
ban fine jail gun bomb arms raid fire riot coup poll race unit zone ship boat flight
fee sale bid stock trend
assistance process reform military situation law report parliament cooperation region
trade development visit army question group member plan problem decision budget
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
candidate ballot turnout observer media newspaper journalist television radio
broadcast internet religion church mosque minority tribe clan family leadership
succession transition crisis dispute settlement ceasefire talks dialogue mediation
peacekeeping troop soldier officer commander battalion brigade base exercise training
equipment procurement aircraft vessel navy coast_guard intelligence service network
cell figure counterpart colleague interlocutor host readout demarche
reftel request response message letter note memorandum draft text paragraph
subject topic point detail information assessment analysis estimate data
survey poll study review audit mechanism institution authority
bureau department division unit team staff personnel visa passport citizen consulate
section post station fund grant donor aid relief disaster flood earthquake
drought famine harvest crop food fuel electricity shortage subsidy wage salary
pension union strike protest demonstration rally crowd arrest detention release
hostage kidnapping bombing explosion casualty victim witness accusation allegation
year month week day time way part number people world state area end result change
system action right work power use term level rate share percent million billion
interview comment remark speech decree order rule principle approach step measure
goal priority role need view opinion support fact reason case impact effect risk
sign chance hope fear pressure demand claim charge debate vote majority seat
capacity resource infrastructure facility plant factory industry production output
supply shipment cargo container border_crossing checkpoint camp shelter clinic
hospital school university teacher doctor nurse patient disease vaccine outbreak
land property owner tenant housing rent construction investor shareholder stake
partner partnership alliance bloc neighbor ally rival enemy event
anniversary ceremony holiday parade festival delegation_head envoy consul attache
embassy_officer contact_group working_group task_force round session agenda
)";

constexpr std::string_view kVerbs = R"(
say ask see tell help push urge back move join pass vote need want try aim call warn
support oppose accept reject sign approve review consider discuss raise address
resolve reduce increase improve strengthen expand limit prevent ensure pursue
request receive delay postpone launch complete continue end
visit invite host attend return implement enforce monitor investigate
prosecute arrest release protect defend challenge pressure encourage urge help
note stress explain add emphasize ask state express agree confirm claim believe
suggest argue indicate report acknowledge warn predict welcome promise pledge
announce insist complain admit describe discuss highlight outline underscore
reiterate question assure offer criticize deny recall observe mention concede
lament assert maintain propose recommend plan expect hope fear decline refuse
travel arrive depart brief inform share pass deliver present submit press gain
obtain create establish develop manage control remain appear seem consider include
involve allow require provide represent reflect affect follow focus base relate
serve cause form produce reach open close move change start work call try use
hold lead meet seek win lose begin give take make leave send bring come go see
know think keep pay build choose find get grow hear rise run set put cut speak
stand understand write become buy sell draw drive feel mean fall
)";

// base:past:participle, for the verbs that do not follow the rule.
constexpr std::string_view kIrregularVerbs = R"(
say:said:said tell:told:told meet:met:met seek:sought:sought win:won:won lose:lost:lost
begin:began:begun give:gave:given take:took:taken make:made:made hold:held:held lead:led:led
leave:left:left send:sent:sent bring:brought:brought come:came:come go:went:gone see:saw:seen
know:knew:known think:thought:thought keep:kept:kept pay:paid:paid build:built:built
choose:chose:chosen find:found:found get:got:gotten grow:grew:grown hear:heard:heard
rise:rose:risen run:ran:run set:set:set put:put:put cut:cut:cut speak:spoke:spoken
stand:stood:stood understand:understood:understood write:wrote:written become:became:become
buy:bought:bought sell:sold:sold draw:drew:drawn drive:drove:driven feel:felt:felt
mean:meant:meant fall:fell:fallen
)";

constexpr std::string_view kReportingVerbs = R"(
said noted told stressed explained added emphasized asked stated expressed agreed
confirmed claimed believed suggested argued indicated reported acknowledged warned
predicted welcomed rejected promised pledged announced insisted complained admitted
described raised discussed reviewed highlighted outlined underscored reiterated
questioned urged assured offered requested received approved signed criticized
denied recalled observed mentioned conceded lamented asserted maintained proposed
recommended planned expected hoped feared opposed supported accepted declined
)";

constexpr std::string_view kAdjectives = R"(
new political economic national local former senior public foreign international
big key top main full past next last late open free real true fair good bad high low
own poor rich safe hard firm close wide vast huge
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
other many more such same own few last next first second third full certain
good better best real able clear top past main whole direct open free
various similar separate particular common available necessary responsible effective
unclear unlikely potential serious active rural urban poor rich young old
american european african asian arab western islamic christian
)";

constexpr std::string_view kAdverbs = R"(
also still already however reportedly clearly currently recently
likely publicly privately openly quickly slowly largely widely strongly
repeatedly previously further increasingly directly eventually apparently
now then only even just very so again soon later often never always
)";

constexpr std::string_view kPrepositions = R"(
in on for with to from by at during after before over against among between
under about within without through across toward despite into since
)";

constexpr std::string_view kOpeners = R"(
However, In_addition, Meanwhile, Nevertheless, As_a_result, According_to_our_contacts,
At_the_same_time, In_private, Separately, Moreover, Still, Privately, Not_surprisingly,
In_response, By_contrast, Earlier, Later, Finally, In_particular, For_example, Also,
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
the_press the_donor_community local_officials security_forces the_GOI the_USG the_U.S. U.S._officials
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

// Capitalized words of the institutions, inside sentences.
constexpr std::string_view kCapitalized = R"(
National State President Foreign Minister General Ambassador Embassy Government Ministry
General Secretary Council Director Committee Commission Court Department Affairs
Central Bank Congress Party Assembly Parliament Senate Union Front Movement Council
Office Agency Authority Police Army Forces Justice Defense Interior Finance
North South East West Republic Kingdom Democratic Popular Socialist Liberal
Washington Post Charge Consul Mission Delegation Summit Conference Treaty Accord
)";

constexpr std::string_view kAcronyms = R"(
USG EU UN GOI MFA NATO IMF NGO UK DCM RSO USAID OAS GDP IAEA WTO UNSC FTA
PM FM UNHCR HIV AIDS DOD DHS FBI CIA UNDP WHO OSCE ASEAN AU ECOWAS SADC ICRC
WFP UNICEF ILO OECD OPEC GCC PA MP MOD MOI MOJ PRT ISAF CENTCOM EXIM OPIC
)";

constexpr std::string_view kNationalities = R"(
American European African Asian Arab Russian Chinese French British German Spanish
Turkish Iranian Iraqi Israeli Palestinian Egyptian Indian Pakistani Afghan Japanese
Korean Brazilian Mexican Colombian Venezuelan Cuban Nigerian Kenyan Ethiopian
Saudi Syrian Lebanese Jordanian Kurdish Sunni Shia Muslim Christian Catholic U.S. U.S.
)";

} // namespace

Vocabulary::Vocabulary()
    : nouns(kNouns, 0.5, RootKind::Noun, model::kNounLaw),
      verbs(kVerbs, 0.7, RootKind::Verb, model::kVerbLaw),
      adjectives(kAdjectives, 0.7, RootKind::Adjective, model::kAdjectiveLaw),
      reporting_verbs(kReportingVerbs, 0.6), irregular_verbs(kIrregularVerbs, 0.0), adverbs(kAdverbs, 0.8),
      prepositions(kPrepositions, 1.0), openers(kOpeners, 0.8), titles(kTitles, 0.6),
      organizations(kOrganizations, 0.6), ministries(kMinistries, 1.0), subject_tags(kSubjectTags, 1.1),
      months_words(kMonths, 0.0), headings(kHeadings, 0.7), capitalized(kCapitalized, 0.5),
      acronyms_common(kAcronyms, 0.5), nationalities(kNationalities, 0.5),
      surnames(0x5EED1, NameLexicon::Shape::Name, model::kSurnameLaw.a, model::kSurnameLaw.q),
      given_names(0x5EED2, NameLexicon::Shape::Name, model::kGivenNameLaw.a, model::kGivenNameLaw.q),
      places(0x5EED3, NameLexicon::Shape::Name, model::kPlaceLaw.a, model::kPlaceLaw.q),
      acronyms(0x5EED4, NameLexicon::Shape::Acronym, model::kAcronymLaw.a, model::kAcronymLaw.q)
{
    // base:past:participle
    for (std::string_view entry : irregular_verbs.all()) {
        size_t a = entry.find(':'), b = entry.rfind(':');
        std::string_view base = entry.substr(0, a);
        irregular_[base] = {std::string(base), std::string(entry.substr(a + 1, b - a - 1)), std::string(entry.substr(b + 1))};
    }
}

const VerbForms* Vocabulary::irregular(std::string_view base) const
{
    auto it = irregular_.find(base);
    return it == irregular_.end() ? nullptr : &it->second;
}

std::string Vocabulary::acronym(Random& rng) const
{
    if (rng.chance(model::kAcronymLaw.tail_share)) return acronyms.draw_name(rng);
    return std::string(acronyms_common.draw(rng));
}

} // namespace corpusgen
