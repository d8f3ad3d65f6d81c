#include "parse/PostCodes.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace cablesearch {

namespace {

// Every post code under which the release has three cables or more, sorted.
// (Rarer codes are typing slips in the ids themselves: BANGOK, BRUSSLS.)
constexpr std::string_view kReleasePostCodes[] = {
    "ABIDJAN", "ABUDHABI", "ABUJA", "ACCRA", "ADANA", "ADDISABABA", "AITTAIPEI", "ALEXANDRIA", "ALGIERS",
    "ALMATY", "AMMAN", "AMSTERDAM", "ANKARA", "ANTANANARIVO", "APIA", "ASHGABAT", "ASMARA", "ASTANA",
    "ASUNCION", "ATHENS", "AUCKLAND", "BAGHDAD", "BAKU", "BAMAKO", "BANDARSERIBEGAWAN", "BANGKOK", "BANGUI",
    "BANJUL", "BARCELONA", "BASRAH", "BEIJING", "BEIRUT", "BELFAST", "BELGRADE", "BELIZE", "BELMOPAN",
    "BERLIN", "BERN", "BISHKEK", "BOGOTA", "BRASILIA", "BRATISLAVA", "BRAZZAVILLE", "BRIDGETOWN", "BRUSSELS",
    "BUCHAREST", "BUDAPEST", "BUENOSAIRES", "BUJUMBURA", "CAIRO", "CALCUTTA", "CALGARY", "CANBERRA",
    "CAPETOWN", "CARACAS", "CASABLANCA", "CDGENEVA", "CHENGDU", "CHENNAI", "CHIANGMAI", "CHISINAU",
    "CIUDADJUAREZ", "COLOMBO", "CONAKRY", "COPENHAGEN", "COTONOU", "CURACAO", "DAKAR", "DAMASCUS",
    "DARESSALAAM", "DHAHRAN", "DHAKA", "DILI", "DJIBOUTI", "DOHA", "DUBAI", "DUBLIN", "DURBAN", "DUSHANBE",
    "DUSSELDORF", "FESTTWO", "FLORENCE", "FRANKFURT", "FREETOWN", "FUKUOKA", "GABORONE", "GENEVA",
    "GEORGETOWN", "GRENADA", "GUADALAJARA", "GUANGZHOU", "GUATEMALA", "GUAYAQUIL", "HALIFAX", "HAMBURG",
    "HAMILTON", "HANOI", "HARARE", "HAVANA", "HELSINKI", "HERMOSILLO", "HILLAH", "HOCHIMINHCITY", "HONGKONG",
    "HYDERABAD", "IRANRPODUBAI", "ISLAMABAD", "ISTANBUL", "IZMIR", "JAKARTA", "JEDDAH", "JERUSALEM",
    "JOHANNESBURG", "KABUL", "KADUNA", "KAMPALA", "KARACHI", "KATHMANDU", "KHARTOUM", "KIEV", "KIGALI",
    "KINGSTON", "KINSHASA", "KIRKUK", "KOLKATA", "KOLONIA", "KOROR", "KUALALUMPUR", "KUWAIT", "KYIV", "LAGOS",
    "LAHORE", "LAPAZ", "LEIPZIG", "LIBREVILLE", "LILONGWE", "LIMA", "LISBON", "LJUBLJANA", "LOME", "LONDON",
    "LUANDA", "LUSAKA", "LUXEMBOURG", "MADRAS", "MADRID", "MAJURO", "MALABO", "MANAGUA", "MANAMA", "MANILA",
    "MAPUTO", "MARSEILLE", "MASERU", "MATAMOROS", "MBABANE", "MELBOURNE", "MERIDA", "MEXICO", "MILAN",
    "MINSK", "MOGADISHU", "MONROVIA", "MONTERREY", "MONTEVIDEO", "MONTREAL", "MOSCOW", "MOSUL", "MUMBAI",
    "MUNICH", "MUSCAT", "NAGOYA", "NAHA", "NAIROBI", "NAPLES", "NASSAU", "NDJAMENA", "NEWDELHI", "NIAMEY",
    "NICOSIA", "NOGALES", "NOUAKCHOTT", "NUEVOLAREDO", "OSAKAKOBE", "OSLO", "OTTAWA", "OUAGADOUGOU", "PANAMA",
    "PARAMARIBO", "PARIS", "PARISFR", "PARTO", "PERTH", "PESHAWAR", "PHNOMPENH", "PODGORICA", "PORTAUPRINCE",
    "PORTLOUIS", "PORTMORESBY", "PORTOFSPAIN", "PRAGUE", "PRAIA", "PRETORIA", "PRISTINA", "QUEBEC", "QUITO",
    "RABAT", "RANGOON", "RECIFE", "REYKJAVIK", "RIGA", "RIODEJANEIRO", "RIYADH", "ROME", "RPODUBAI", "SANAA",
    "SANJOSE", "SANSALVADOR", "SANTIAGO", "SANTODOMINGO", "SAOPAULO", "SAPPORO", "SARAJEVO", "SEOUL",
    "SHANGHAI", "SHENYANG", "SINGAPORE", "SKOPJE", "SOFIA", "STATE", "STOCKHOLM", "STPETERSBURG",
    "STRASBOURG", "SURABAYA", "SUVA", "SYDNEY", "TAIPEI", "TALLINN", "TASHKENT", "TBILISI", "TEGUCIGALPA",
    "TEHRAN", "TELAVIV", "THEHAGUE", "THESSALONIKI", "TIJUANA", "TIRANA", "TOKYO", "TORONTO", "TRIPOLI",
    "TUNIS", "ULAANBAATAR", "UNESCOPARISFR", "UNROME", "UNVIEVIENNA", "USEUBRUSSELS", "USNATO", "USOSCE",
    "USUNNEWYORK", "VALLETTA", "VANCOUVER", "VATICAN", "VIENNA", "VIENTIANE", "VILNIUS", "VLADIVOSTOK",
    "WARSAW", "WASHDC", "WELLINGTON", "WINDHOEK", "YAOUNDE", "YEKATERINBURG", "YEREVAN", "ZAGREB",
};

// Short and old names that REF lines use for a post.
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"SECSTATE", "STATE"},       {"HCMC", "HOCHIMINHCITY"}, {"USUN", "USUNNEWYORK"},
    {"USUNNY", "USUNNEWYORK"},   {"USEU", "USEUBRUSSELS"},  {"UNVIE", "UNVIEVIENNA"},
    {"ADDIS", "ADDISABABA"},     {"AIT", "AITTAIPEI"},      {"USNATOBRUSSELS", "USNATO"},
    {"LENINGRAD", "STPETERSBURG"},
};

} // namespace

bool is_release_post_code(std::string_view code)
{
    return std::binary_search(std::begin(kReleasePostCodes), std::end(kReleasePostCodes), code);
}

std::string_view release_post_code(std::string_view written)
{
    for (const auto& [alias, code] : kAliases)
        if (alias == written) return code;
    auto it = std::lower_bound(std::begin(kReleasePostCodes), std::end(kReleasePostCodes), written);
    return it != std::end(kReleasePostCodes) && *it == written ? *it : std::string_view{};
}

} // namespace cablesearch
