#include "parse/PostCodes.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace cablesearch {

namespace {

// Every post code under which the release has three cables or more, sorted,
// and the real posts it has fewer of (BONN, FSCCHARLESTON, FSINFATC, KRAKOW,
// PONTADELGADA, USTRGENEVA). The other rare codes of its ids are typing slips
// in the ids themselves (BANGOK, BRUSSLS).
constexpr std::string_view kReleasePostCodes[] = {
    "ABIDJAN", "ABUDHABI", "ABUJA", "ACCRA", "ADANA", "ADDISABABA", "AITTAIPEI", "ALEXANDRIA", "ALGIERS",
    "ALMATY", "AMMAN", "AMSTERDAM", "ANKARA", "ANTANANARIVO", "APIA", "ASHGABAT", "ASMARA", "ASTANA",
    "ASUNCION", "ATHENS", "AUCKLAND", "BAGHDAD", "BAKU", "BAMAKO", "BANDARSERIBEGAWAN", "BANGKOK", "BANGUI",
    "BANJUL", "BARCELONA", "BASRAH", "BEIJING", "BEIRUT", "BELFAST", "BELGRADE", "BELIZE", "BELMOPAN", "BERLIN",
    "BERN", "BISHKEK", "BOGOTA", "BONN", "BRASILIA", "BRATISLAVA", "BRAZZAVILLE", "BRIDGETOWN", "BRUSSELS",
    "BUCHAREST", "BUDAPEST", "BUENOSAIRES", "BUJUMBURA", "CAIRO", "CALCUTTA", "CALGARY", "CANBERRA", "CAPETOWN",
    "CARACAS", "CASABLANCA", "CDGENEVA", "CHENGDU", "CHENNAI", "CHIANGMAI", "CHISINAU", "CIUDADJUAREZ",
    "COLOMBO", "CONAKRY", "COPENHAGEN", "COTONOU", "CURACAO", "DAKAR", "DAMASCUS", "DARESSALAAM", "DHAHRAN",
    "DHAKA", "DILI", "DJIBOUTI", "DOHA", "DUBAI", "DUBLIN", "DURBAN", "DUSHANBE", "DUSSELDORF", "FESTTWO",
    "FLORENCE", "FRANKFURT", "FREETOWN", "FSCCHARLESTON", "FSINFATC", "FUKUOKA", "GABORONE", "GENEVA",
    "GEORGETOWN", "GRENADA", "GUADALAJARA", "GUANGZHOU", "GUATEMALA", "GUAYAQUIL", "HALIFAX", "HAMBURG",
    "HAMILTON", "HANOI", "HARARE", "HAVANA", "HELSINKI", "HERMOSILLO", "HILLAH", "HOCHIMINHCITY", "HONGKONG",
    "HYDERABAD", "IRANRPODUBAI", "ISLAMABAD", "ISTANBUL", "IZMIR", "JAKARTA", "JEDDAH", "JERUSALEM",
    "JOHANNESBURG", "KABUL", "KADUNA", "KAMPALA", "KARACHI", "KATHMANDU", "KHARTOUM", "KIEV", "KIGALI",
    "KINGSTON", "KINSHASA", "KIRKUK", "KOLKATA", "KOLONIA", "KOROR", "KRAKOW", "KUALALUMPUR", "KUWAIT", "KYIV",
    "LAGOS", "LAHORE", "LAPAZ", "LEIPZIG", "LIBREVILLE", "LILONGWE", "LIMA", "LISBON", "LJUBLJANA", "LOME",
    "LONDON", "LUANDA", "LUSAKA", "LUXEMBOURG", "MADRAS", "MADRID", "MAJURO", "MALABO", "MANAGUA", "MANAMA",
    "MANILA", "MAPUTO", "MARSEILLE", "MASERU", "MATAMOROS", "MBABANE", "MELBOURNE", "MERIDA", "MEXICO", "MILAN",
    "MINSK", "MOGADISHU", "MONROVIA", "MONTERREY", "MONTEVIDEO", "MONTREAL", "MOSCOW", "MOSUL", "MUMBAI",
    "MUNICH", "MUSCAT", "NAGOYA", "NAHA", "NAIROBI", "NAPLES", "NASSAU", "NDJAMENA", "NEWDELHI", "NIAMEY",
    "NICOSIA", "NOGALES", "NOUAKCHOTT", "NUEVOLAREDO", "OSAKAKOBE", "OSLO", "OTTAWA", "OUAGADOUGOU", "PANAMA",
    "PARAMARIBO", "PARIS", "PARISFR", "PARTO", "PERTH", "PESHAWAR", "PHNOMPENH", "PODGORICA", "PONTADELGADA",
    "PORTAUPRINCE", "PORTLOUIS", "PORTMORESBY", "PORTOFSPAIN", "PRAGUE", "PRAIA", "PRETORIA", "PRISTINA",
    "QUEBEC", "QUITO", "RABAT", "RANGOON", "RECIFE", "REYKJAVIK", "RIGA", "RIODEJANEIRO", "RIYADH", "ROME",
    "RPODUBAI", "SANAA", "SANJOSE", "SANSALVADOR", "SANTIAGO", "SANTODOMINGO", "SAOPAULO", "SAPPORO",
    "SARAJEVO", "SEOUL", "SHANGHAI", "SHENYANG", "SINGAPORE", "SKOPJE", "SOFIA", "STATE", "STOCKHOLM",
    "STPETERSBURG", "STRASBOURG", "SURABAYA", "SUVA", "SYDNEY", "TAIPEI", "TALLINN", "TASHKENT", "TBILISI",
    "TEGUCIGALPA", "TEHRAN", "TELAVIV", "THEHAGUE", "THESSALONIKI", "TIJUANA", "TIRANA", "TOKYO", "TORONTO",
    "TRIPOLI", "TUNIS", "ULAANBAATAR", "UNESCOPARISFR", "UNROME", "UNVIEVIENNA", "USEUBRUSSELS", "USNATO",
    "USOSCE", "USTRGENEVA", "USUNNEWYORK", "VALLETTA", "VANCOUVER", "VATICAN", "VIENNA", "VIENTIANE", "VILNIUS",
    "VLADIVOSTOK", "WARSAW", "WASHDC", "WELLINGTON", "WINDHOEK", "YAOUNDE", "YEKATERINBURG", "YEREVAN",
    "ZAGREB",
};

// Short, old and misspelt names that REF lines use for a post, as people
// wrote them: without "THE" (HAGUE), short forms (BA, RIO, TEGUC, KL, CASA,
// VAT, CAL, HCM), the city and the post written together (MEXICO CITY), and
// misspellings too short for near_release_post_code to trust (SATTE).
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"SECSTATE", "STATE"},         {"SECSTATEWASHDC", "STATE"}, {"SATTE", "STATE"},
    {"HCMC", "HOCHIMINHCITY"},     {"HCM", "HOCHIMINHCITY"},    {"HOCHIMINH", "HOCHIMINHCITY"},
    {"USUN", "USUNNEWYORK"},       {"USUNNY", "USUNNEWYORK"},   {"USEU", "USEUBRUSSELS"},
    {"UNVIE", "UNVIEVIENNA"},      {"ADDIS", "ADDISABABA"},     {"AIT", "AITTAIPEI"},
    {"USNATOBRUSSELS", "USNATO"},  {"LENINGRAD", "STPETERSBURG"}, {"HAGUE", "THEHAGUE"},
    {"BA", "BUENOSAIRES"},         {"RIO", "RIODEJANEIRO"},     {"TEGUC", "TEGUCIGALPA"},
    {"KL", "KUALALUMPUR"},         {"CASA", "CASABLANCA"},      {"VAT", "VATICAN"},
    {"CAL", "CALCUTTA"},           {"UNESCOPARIS", "UNESCOPARISFR"}, {"SAINTPETERSBURG", "STPETERSBURG"},
    {"ELSALVADOR", "SANSALVADOR"},   {"DUBAIRPO", "RPODUBAI"},
};

// One edit between two words: a letter changed, added, dropped, or two
// neighbours swapped (BRASILA, SECTSTATE, PRETOIRA, RANGON).
bool one_edit_apart(std::string_view a, std::string_view b)
{
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (i == a.size()) return b.size() == a.size() + 1; // one letter added at the end (or equal)
    if (a.size() == b.size()) {
        if (a.substr(i + 1) == b.substr(i + 1)) return true; // changed
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1); // one added or dropped
}

std::string_view exact_code(std::string_view written)
{
    for (const auto& [alias, code] : kAliases)
        if (alias == written) return code;
    auto it = std::lower_bound(std::begin(kReleasePostCodes), std::end(kReleasePostCodes), written);
    return it != std::end(kReleasePostCodes) && *it == written ? *it : std::string_view{};
}

} // namespace

bool is_release_post_code(std::string_view code)
{
    return std::binary_search(std::begin(kReleasePostCodes), std::end(kReleasePostCodes), code);
}

std::string_view release_post_code(std::string_view written)
{
    if (auto code = exact_code(written); !code.empty()) return code;
    // "MEXICO CITY", "KUWAIT CITY": the city of a post named after its country.
    if (written.size() > 4 && written.ends_with("CITY")) return exact_code(written.substr(0, written.size() - 4));
    return {};
}

std::string_view near_release_post_code(std::string_view written)
{
    // Short words are too often other words one letter away (PAIRS, STATES):
    // only names of six letters or more, matched to posts of six or more.
    if (written.size() < kMinNearLength) return {};
    std::string_view found;
    auto consider = [&](std::string_view name, std::string_view code) {
        if (name.size() < kMinNearLength || code == found) return true;
        // A name cut short at the end of a line or by a hurried typist:
        // KUALA LUMP, ADDIS ABAB.
        bool truncated = name.size() > written.size() && name.starts_with(written);
        if (!truncated && !one_edit_apart(written, name)) return true;
        if (!found.empty()) return false; // two posts fit: no reading
        found = code;
        return true;
    };
    for (std::string_view code : kReleasePostCodes)
        if (!consider(code, code)) return {};
    for (const auto& [alias, code] : kAliases)
        if (!consider(alias, code)) return {};
    return found;
}

} // namespace cablesearch
