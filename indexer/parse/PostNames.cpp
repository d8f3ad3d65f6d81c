#include "parse/PostNames.h"

#include "parse/TextScan.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cablesearch {

namespace {

// Post code (the letters of a reference id) -> the name the release gives the
// origin. The release publishes these names in its metadata; a post missing
// here falls back to a name built from the FM line or the code.
constexpr std::pair<std::string_view, std::string_view> kPostsByCode[] = {
    {"ABIDJAN", "Embassy Abidjan"},
    {"ABUDHABI", "Embassy Abu Dhabi"},
    {"ABUJA", "Embassy Abuja"},
    {"ACCRA", "Embassy Accra"},
    {"ADANA", "Consulate Adana"},
    {"ADDISABABA", "Embassy Addis Ababa"},
    {"AITTAIPEI", "American Institute Taiwan, Taipei"},
    {"ALEXANDRIA", "Consulate Alexandria"},
    {"ALGIERS", "Embassy Algiers"},
    {"ALMATY", "US Office Almaty"},
    {"AMMAN", "Embassy Amman"},
    {"ANKARA", "Embassy Ankara"},
    {"ASHGABAT", "Embassy Ashgabat"},
    {"ASMARA", "Embassy Asmara"},
    {"ASTANA", "Embassy Astana"},
    {"ASUNCION", "Embassy Asuncion"},
    {"ATHENS", "Embassy Athens"},
    {"BAGHDAD", "Embassy Baghdad"},
    {"BAKU", "Embassy Baku"},
    {"BAMAKO", "Embassy Bamako"},
    {"BANDARSERIBEGAWAN", "Embassy Bandar Seri Begawan"},
    {"BANGKOK", "Embassy Bangkok"},
    {"BANJUL", "Embassy Banjul"},
    {"BARCELONA", "Consulate Barcelona"},
    {"BEIJING", "Embassy Beijing"},
    {"BEIRUT", "Embassy Beirut"},
    {"BELGRADE", "Embassy Belgrade"},
    {"BERLIN", "Embassy Berlin"},
    {"BERN", "Embassy Bern"},
    {"BISHKEK", "Embassy Bishkek"},
    {"BOGOTA", "Embassy Bogota"},
    {"BRASILIA", "Embassy Brasilia"},
    {"BRATISLAVA", "Embassy Bratislava"},
    {"BRIDGETOWN", "Embassy Bridgetown"},
    {"BRUSSELS", "Embassy Brussels"},
    {"BUCHAREST", "Embassy Bucharest"},
    {"BUDAPEST", "Embassy Budapest"},
    {"BUENOSAIRES", "Embassy Buenos Aires"},
    {"BUJUMBURA", "Embassy Bujumbura"},
    {"CAIRO", "Embassy Cairo"},
    {"CALCUTTA", "Consulate Kolkata"},
    {"CANBERRA", "Embassy Canberra"},
    {"CAPETOWN", "Consulate Cape Town"},
    {"CARACAS", "Embassy Caracas"},
    {"CASABLANCA", "Consulate Casablanca"},
    {"CHENNAI", "Consulate Chennai"},
    {"CHISINAU", "Embassy Chisinau"},
    {"CIUDADJUAREZ", "Consulate Ciudad Juarez"},
    {"COLOMBO", "Embassy Colombo"},
    {"CONAKRY", "Embassy Conakry"},
    {"COPENHAGEN", "Embassy Copenhagen"},
    {"DAKAR", "Embassy Dakar"},
    {"DAMASCUS", "Embassy Damascus"},
    {"DARESSALAAM", "Embassy Dar Es Salaam"},
    {"DHAKA", "Embassy Dhaka"},
    {"DJIBOUTI", "Embassy Djibouti"},
    {"DOHA", "Embassy Doha"},
    {"DUBAI", "Consulate Dubai"},
    {"DUBLIN", "Embassy Dublin"},
    {"DUSHANBE", "Embassy Dushanbe"},
    {"EFTOLONDON", "Embassy London"},
    {"EFTOTRIPOLI", "Embassy Tripoli"},
    {"FRANKFURT", "Consulate Frankfurt"},
    {"FREETOWN", "Embassy Freetown"},
    {"GABORONE", "Embassy Gaborone"},
    {"GUADALAJARA", "Consulate Guadalajara"},
    {"GUATEMALA", "Embassy Guatemala"},
    {"GUAYAQUIL", "Consulate Guayaquil"},
    {"HALIFAX", "Consulate Halifax"},
    {"HANOI", "Embassy Hanoi"},
    {"HARARE", "Embassy Harare"},
    {"HAVANA", "US Interests Section Havana"},
    {"HELSINKI", "Embassy Helsinki"},
    {"HOCHIMINHCITY", "Consulate Ho Chi Minh City"},
    {"HONGKONG", "Consulate Hong Kong"},
    {"ISLAMABAD", "Embassy Islamabad"},
    {"ISTANBUL", "Consulate Istanbul"},
    {"JAKARTA", "Embassy Jakarta"},
    {"JEDDAH", "Consulate Jeddah"},
    {"JERUSALEM", "Consulate Jerusalem"},
    {"KABUL", "Embassy Kabul"},
    {"KADUNA", "Consulate Kaduna"},
    {"KAMPALA", "Embassy Kampala"},
    {"KATHMANDU", "Embassy Kathmandu"},
    {"KHARTOUM", "Embassy Khartoum"},
    {"KIGALI", "Embassy Kigali"},
    {"KINGSTON", "Embassy Kingston"},
    {"KINSHASA", "Embassy Kinshasa"},
    {"KOLKATA", "Consulate Kolkata"},
    {"KUALALUMPUR", "Embassy Kuala Lumpur"},
    {"KUWAIT", "Embassy Kuwait"},
    {"KYIV", "Embassy Kyiv"},
    {"LAGOS", "Consulate Lagos"},
    {"LAHORE", "Consulate Lahore"},
    {"LAPAZ", "Embassy La Paz"},
    {"LILONGWE", "Embassy Lilongwe"},
    {"LIMA", "Embassy Lima"},
    {"LISBON", "Embassy Lisbon"},
    {"LJUBLJANA", "Embassy Ljubljana"},
    {"LONDON", "Embassy London"},
    {"LUANDA", "Embassy Luanda"},
    {"LUSAKA", "Embassy Lusaka"},
    {"LUXEMBOURG", "Embassy Luxembourg"},
    {"MADRAS", "Consulate Chennai"},
    {"MADRID", "Embassy Madrid"},
    {"MALABO", "Embassy Malabo"},
    {"MANAGUA", "Embassy Managua"},
    {"MANAMA", "Embassy Manama"},
    {"MANILA", "Embassy Manila"},
    {"MAPUTO", "Embassy Maputo"},
    {"MASERU", "Embassy Maseru"},
    {"MEXICO", "Embassy Mexico"},
    {"MILAN", "Consulate Milan"},
    {"MINSK", "Embassy Minsk"},
    {"MOGADISHU", "Embassy Mogadishu"},
    {"MONTERREY", "Consulate Monterrey"},
    {"MONTEVIDEO", "Embassy Montevideo"},
    {"MONTREAL", "Consulate Montreal"},
    {"MOSCOW", "Embassy Moscow"},
    {"MUMBAI", "Consulate Mumbai"},
    {"MUNICH", "Consulate Munich"},
    {"MUSCAT", "Embassy Muscat"},
    {"NAIROBI", "Embassy Nairobi"},
    {"NAPLES", "Consulate Naples"},
    {"NASSAU", "Embassy Nassau"},
    {"NDJAMENA", "Embassy Ndjamena"},
    {"NEWDELHI", "Embassy New Delhi"},
    {"NOFORNMOGADISHU", "Embassy Mogadishu"},
    {"OSLO", "Embassy Oslo"},
    {"OTTAWA", "Embassy Ottawa"},
    {"OUAGADOUGOU", "Embassy Ouagadougou"},
    {"PANAMA", "Embassy Panama"},
    {"PARAMARIBO", "Embassy Paramaribo"},
    {"PARIS", "Embassy Paris"},
    {"PARTO", "US Delegation, Secretary"},
    {"PESHAWAR", "Consulate Peshawar"},
    {"PHNOMPENH", "Embassy Phnom Penh"},
    {"PORTAUPRINCE", "Embassy Port Au Prince"},
    {"PORTLOUIS", "Embassy Port Louis"},
    {"PRAGUE", "Embassy Prague"},
    {"PRETORIA", "Embassy Pretoria"},
    {"PRISTINA", "Embassy Pristina"},
    {"QUEBEC", "Consulate Quebec"},
    {"QUITO", "Embassy Quito"},
    {"RABAT", "Embassy Rabat"},
    {"RANGOON", "Embassy Rangoon"},
    {"REYKJAVIK", "Embassy Reykjavik"},
    {"RIGA", "Embassy Riga"},
    {"RIODEJANEIRO", "Consulate Rio De Janeiro"},
    {"RIYADH", "Embassy Riyadh"},
    {"ROME", "Embassy Rome"},
    {"RPODUBAI", "Iran RPO Dubai"},
    {"SANAA", "Embassy Sanaa"},
    {"SANJOSE", "Embassy San Jose"},
    {"SANSALVADOR", "Embassy San Salvador"},
    {"SANTIAGO", "Embassy Santiago"},
    {"SANTODOMINGO", "Embassy Santo Domingo"},
    {"SAOPAULO", "Consulate Sao Paulo"},
    {"SARAJEVO", "Embassy Sarajevo"},
    {"SEOUL", "Embassy Seoul"},
    {"SHANGHAI", "Consulate Shanghai"},
    {"SHENYANG", "Consulate Shenyang"},
    {"SINGAPORE", "Embassy Singapore"},
    {"SKOPJE", "Embassy Skopje"},
    {"SOFIA", "Embassy Sofia"},
    {"STATE", "Secretary of State"},
    {"STOCKHOLM", "Embassy Stockholm"},
    {"TAIPEI", "American Institute Taiwan, Taipei"},
    {"TALLINN", "Embassy Tallinn"},
    {"TASHKENT", "Embassy Tashkent"},
    {"TBILISI", "Embassy Tbilisi"},
    {"TEGUCIGALPA", "Embassy Tegucigalpa"},
    {"TEHRAN", "Embassy Tehran"},
    {"TELAVIV", "Embassy Tel Aviv"},
    {"THEHAGUE", "Embassy The Hague"},
    {"TIJUANA", "Consulate Tijuana"},
    {"TIRANA", "Embassy Tirana"},
    {"TOKYO", "Embassy Tokyo"},
    {"TRIPOLI", "Embassy Tripoli"},
    {"TUNIS", "Embassy Tunis"},
    {"ULAANBAATAR", "Embassy Ulaanbaatar"},
    {"UNVIEVIENNA", "UNVIE"},
    {"USNATO", "Mission USNATO"},
    {"USUNNEWYORK", "USUN New York"},
    {"VANCOUVER", "Consulate Vancouver"},
    {"VATICAN", "Embassy Vatican"},
    {"VIENNA", "Embassy Vienna"},
    {"VILNIUS", "Embassy Vilnius"},
    {"VLADIVOSTOK", "Consulate Vladivostok"},
    {"WARSAW", "Embassy Warsaw"},
    {"WELLINGTON", "Embassy Wellington"},
    {"WINDHOEK", "Embassy Windhoek"},
    {"YAOUNDE", "Embassy Yaounde"},
    {"YEREVAN", "Embassy Yerevan"},
    {"ZAGREB", "Embassy Zagreb"},
    // Posts of the release not covered above: consulates and missions whose
    // name the plain "Embassy <code>" rule would get wrong.
    {"AMSTERDAM", "Consulate Amsterdam"}, {"AUCKLAND", "Consulate Auckland"},
    {"BASRAH", "REO Basrah"}, {"BELFAST", "Consulate Belfast"},
    {"CALGARY", "Consulate Calgary"}, {"CHENGDU", "Consulate Chengdu"},
    {"CHIANGMAI", "Consulate Chiang Mai"}, {"CURACAO", "Consulate Curacao"},
    {"DHAHRAN", "Consulate Dhahran"}, {"DURBAN", "Consulate Durban"},
    {"DUSSELDORF", "Consulate Dusseldorf"}, {"FLORENCE", "Consulate Florence"},
    {"FUKUOKA", "Consulate Fukuoka"}, {"GENEVA", "Mission Geneva"},
    {"GUANGZHOU", "Consulate Guangzhou"}, {"HAMBURG", "Consulate Hamburg"},
    {"HAMILTON", "Consulate Hamilton"}, {"HERMOSILLO", "Consulate Hermosillo"},
    {"HILLAH", "REO Hillah"}, {"HYDERABAD", "Consulate Hyderabad"},
    {"IZMIR", "Consulate Izmir"}, {"JOHANNESBURG", "Consulate Johannesburg"},
    {"KARACHI", "Consulate Karachi"}, {"KIRKUK", "REO Kirkuk"},
    {"KRAKOW", "Consulate Krakow"}, {"LEIPZIG", "Consulate Leipzig"},
    {"LENINGRAD", "Consulate Leningrad"}, {"MARSEILLE", "Consulate Marseille"},
    {"MATAMOROS", "Consulate Matamoros"}, {"MELBOURNE", "Consulate Melbourne"},
    {"MERIDA", "Consulate Merida"}, {"MOSUL", "REO Mosul"},
    {"NAGOYA", "Consulate Nagoya"}, {"NAHA", "Consulate Naha"},
    {"NOGALES", "Consulate Nogales"}, {"NUEVOLAREDO", "Consulate Nuevo Laredo"},
    {"OSAKAKOBE", "Consulate Osaka Kobe"}, {"PERTH", "Consulate Perth"},
    {"PONTADELGADA", "Consulate Ponta Delgada"}, {"PORTMORESBY", "Embassy Port Moresby"},
    {"PORTOFSPAIN", "Embassy Port Of Spain"}, {"RECIFE", "Consulate Recife"},
    {"SAPPORO", "Consulate Sapporo"}, {"STPETERSBURG", "Consulate St Petersburg"},
    {"STRASBOURG", "Consulate Strasbourg"}, {"SURABAYA", "Consulate Surabaya"},
    {"SYDNEY", "Consulate Sydney"}, {"THESSALONIKI", "Consulate Thessaloniki"},
    {"TORONTO", "Consulate Toronto"}, {"UNESCOPARISFR", "Mission UNESCO"},
    {"UNROME", "Mission UN Rome"}, {"USEUBRUSSELS", "USEU Brussels"},
    {"USOSCE", "Mission USOSCE"}, {"YEKATERINBURG", "Consulate Yekaterinburg"},
};

// FM-line spellings whose release name is not "<kind> <Title Case>".
constexpr std::pair<std::string_view, std::string_view> kPostsByFmLine[] = {
    {"SECSTATE WASHDC", "Secretary of State"},
    {"USINT HAVANA", "US Interests Section Havana"},
    {"USMISSION USUN NEW YORK", "USUN New York"},
    {"USMISSION USNATO", "Mission USNATO"},
    {"USEU BRUSSELS", "USEU Brussels"},
    {"RPO DUBAI", "Iran RPO Dubai"},
    {"AIT TAIPEI", "American Institute Taiwan, Taipei"},
    {"USLO TRIPOLI", "Embassy Tripoli"},
    {"AMCONSUL MADRAS", "Consulate Chennai"},
    {"AMCONSUL CALCUTTA", "Consulate Kolkata"},
    {"USOFFICE BERLIN", "Embassy Berlin"},
    {"USMISSION PHNOM PENH", "Embassy Phnom Penh"},
    {"USOFFICE PRISTINA", "Embassy Pristina"},
    {"USDEL SECRETARY", "US Delegation, Secretary"},
    {"USMISSION UNVIE VIENNA", "UNVIE"},
    {"USMISSION GENEVA", "Mission Geneva"},
    {"USMISSION USOSCE", "Mission USOSCE"},
    {"USMISSION UN ROME", "Mission UN Rome"},
};

// FM-line kind words -> the release's word for the kind of post.
constexpr std::pair<std::string_view, std::string_view> kPostKinds[] = {
    {"AMEMBASSY", "Embassy"},   {"AMEMB", "Embassy"},     {"AMCONSUL", "Consulate"},
    {"AMCONSULATE", "Consulate"}, {"USMISSION", "Mission"}, {"USOFFICE", "US Office"},
    {"AMCONGEN", "Consulate"},
};

template <size_t N>
std::string_view lookup(const std::pair<std::string_view, std::string_view> (&table)[N], std::string_view key)
{
    for (const auto& [k, v] : table)
        if (k == key) return v;
    return {};
}

} // namespace

std::string post_code_of(std::string_view words)
{
    std::string code;
    for (char c : words)
        if (text::is_alpha(c)) code.push_back(text::to_upper(c));
    return code;
}

bool is_known_post_code(std::string_view code) { return !lookup(kPostsByCode, code).empty(); }

std::string post_name_for_code(std::string_view code)
{
    if (auto name = lookup(kPostsByCode, code); !name.empty()) return std::string(name);
    if (code.empty()) return {};
    return "Embassy " + text::title_case(code);
}

std::string post_name_for_fm_line(std::string_view fm)
{
    std::string raw = text::collapse_spaces(text::upper(fm));
    if (auto name = lookup(kPostsByFmLine, raw); !name.empty()) return std::string(name);
    size_t space = raw.find(' ');
    if (space != std::string::npos) {
        std::string_view kind = std::string_view(raw).substr(0, space);
        std::string_view place = std::string_view(raw).substr(space + 1);
        if (auto word = lookup(kPostKinds, kind); !word.empty()) {
            // A known code gives the release's own spelling (THE HAGUE, PORT OF SPAIN).
            std::string code = post_code_of(place);
            if (auto name = lookup(kPostsByCode, code); !name.empty() && name.ends_with(text::title_case(place)))
                return std::string(name);
            return std::string(word) + " " + text::title_case(place);
        }
    }
    return text::title_case(raw);
}

} // namespace cablesearch
