#include "Posts.h"

#include <cctype>
#include <vector>

namespace corpusgen {

namespace {

struct Row {
    std::string_view code;
    char kind;                 // E embassy, C consulate, M mission, S special (name given)
    std::string_view place;    // words as the FM line spells them
    std::string_view country;  // TAGS code
    std::string_view fm = {};       // S: the whole FM form
    std::string_view readable = {}; // S: the release's name
};

// Roughly in order of volume in the release.
const Row kRows[] = {
    {"STATE", 'S', "WASHDC", "", "SECSTATE WASHDC", "Secretary of State"},
    {"ANKARA", 'E', "ANKARA", "TU"}, {"BAGHDAD", 'E', "BAGHDAD", "IZ"}, {"TOKYO", 'E', "TOKYO", "JA"},
    {"AMMAN", 'E', "AMMAN", "JO"}, {"PARIS", 'E', "PARIS", "FR"}, {"KUWAIT", 'E', "KUWAIT", "KU"},
    {"MADRID", 'E', "MADRID", "SP"}, {"MOSCOW", 'E', "MOSCOW", "RS"}, {"COLOMBO", 'E', "COLOMBO", "CE"},
    {"BEIJING", 'E', "BEIJING", "CH"}, {"TELAVIV", 'E', "TEL AVIV", "IS"},
    {"USUNNEWYORK", 'S', "USUN NEW YORK", "UNSC", "USMISSION USUN NEW YORK", "USUN New York"},
    {"KHARTOUM", 'E', "KHARTOUM", "SU"}, {"JAKARTA", 'E', "JAKARTA", "ID"}, {"NEWDELHI", 'E', "NEW DELHI", "IN"},
    {"ABUJA", 'E', "ABUJA", "NI"}, {"THEHAGUE", 'E', "THE HAGUE", "NL"}, {"HARARE", 'E', "HARARE", "ZI"},
    {"KABUL", 'E', "KABUL", "AF"}, {"BANGKOK", 'E', "BANGKOK", "TH"}, {"ROME", 'E', "ROME", "IT"},
    {"CAIRO", 'E', "CAIRO", "EG"}, {"KINSHASA", 'E', "KINSHASA", "CG"}, {"ABUDHABI", 'E', "ABU DHABI", "AE"},
    {"ASHGABAT", 'E', "ASHGABAT", "TX"}, {"BOGOTA", 'E', "BOGOTA", "CO"}, {"BEIRUT", 'E', "BEIRUT", "LE"},
    {"CARACAS", 'E', "CARACAS", "VE"}, {"HANOI", 'E', "HANOI", "VM"},
    {"TAIPEI", 'S', "TAIPEI", "TW", "AIT TAIPEI", "American Institute Taiwan, Taipei"},
    {"MEXICO", 'E', "MEXICO", "MX"}, {"KATHMANDU", 'E', "KATHMANDU", "NP"},
    {"BUENOSAIRES", 'E', "BUENOS AIRES", "AR"}, {"ISLAMABAD", 'E', "ISLAMABAD", "PK"},
    {"JERUSALEM", 'C', "JERUSALEM", "KWBG"}, {"DHAKA", 'E', "DHAKA", "BG"}, {"SEOUL", 'E', "SEOUL", "KS"},
    {"BRUSSELS", 'E', "BRUSSELS", "BE"}, {"TEGUCIGALPA", 'E', "TEGUCIGALPA", "HO"}, {"OTTAWA", 'E', "OTTAWA", "CA"},
    {"BRASILIA", 'E', "BRASILIA", "BR"}, {"RANGOON", 'E', "RANGOON", "BM"}, {"NAIROBI", 'E', "NAIROBI", "KE"},
    {"MANILA", 'E', "MANILA", "RP"}, {"YEREVAN", 'E', "YEREVAN", "AM"}, {"VIENNA", 'E', "VIENNA", "AU"},
    {"BERLIN", 'E', "BERLIN", "GM"}, {"ZAGREB", 'E', "ZAGREB", "HR"}, {"SANTODOMINGO", 'E', "SANTO DOMINGO", "DR"},
    {"MUSCAT", 'E', "MUSCAT", "MU"}, {"MANAMA", 'E', "MANAMA", "BA"}, {"SANAA", 'E', "SANAA", "YM"},
    {"PRETORIA", 'E', "PRETORIA", "SF"}, {"BAKU", 'E', "BAKU", "AJ"}, {"WELLINGTON", 'E', "WELLINGTON", "NZ"},
    {"LAGOS", 'C', "LAGOS", "NI"}, {"SANTIAGO", 'E', "SANTIAGO", "CI"}, {"QUITO", 'E', "QUITO", "EC"},
    {"DAMASCUS", 'E', "DAMASCUS", "SY"}, {"ADDISABABA", 'E', "ADDIS ABABA", "ET"}, {"ASTANA", 'E', "ASTANA", "KZ"},
    {"LIMA", 'E', "LIMA", "PE"}, {"RABAT", 'E', "RABAT", "MO"}, {"ATHENS", 'E', "ATHENS", "GR"},
    {"LAPAZ", 'E', "LA PAZ", "BL"}, {"TASHKENT", 'E', "TASHKENT", "UZ"}, {"PRAGUE", 'E', "PRAGUE", "EZ"},
    {"MANAGUA", 'E', "MANAGUA", "NU"}, {"GUATEMALA", 'E', "GUATEMALA", "GT"}, {"RIYADH", 'E', "RIYADH", "SA"},
    {"PORTAUPRINCE", 'E', "PORT AU PRINCE", "HA"}, {"BRIDGETOWN", 'E', "BRIDGETOWN", "BB"},
    {"BRATISLAVA", 'E', "BRATISLAVA", "LO"}, {"TBILISI", 'E', "TBILISI", "GG"},
    {"AITTAIPEI", 'S', "AIT TAIPEI", "TW", "AIT TAIPEI", "American Institute Taiwan, Taipei"},
    {"ASUNCION", 'E', "ASUNCION", "PA"}, {"KINGSTON", 'E', "KINGSTON", "JM"},
    {"SANSALVADOR", 'E', "SAN SALVADOR", "ES"}, {"LONDON", 'E', "LONDON", "UK"}, {"TUNIS", 'E', "TUNIS", "TS"},
    {"MINSK", 'E', "MINSK", "BO"}, {"KUALALUMPUR", 'E', "KUALA LUMPUR", "MY"}, {"BELGRADE", 'E', "BELGRADE", "SR"},
    {"DUSHANBE", 'E', "DUSHANBE", "TI"}, {"SOFIA", 'E', "SOFIA", "BU"}, {"BISHKEK", 'E', "BISHKEK", "KG"},
    {"WARSAW", 'E', "WARSAW", "PL"}, {"MAPUTO", 'E', "MAPUTO", "MZ"},
    {"GENEVA", 'S', "GENEVA", "UNHRC", "USMISSION GENEVA", "Mission Geneva"},
    {"DJIBOUTI", 'E', "DJIBOUTI", "DJ"}, {"HONGKONG", 'C', "HONG KONG", "HK"}, {"NDJAMENA", 'E', "NDJAMENA", "CD"},
    {"CANBERRA", 'E', "CANBERRA", "AS"}, {"KYIV", 'E', "KYIV", "UP"}, {"PANAMA", 'E', "PANAMA", "PM"},
    {"DUBLIN", 'E', "DUBLIN", "EI"}, {"VILNIUS", 'E', "VILNIUS", "LH"}, {"ADANA", 'C', "ADANA", "TU"},
    {"SARAJEVO", 'E', "SARAJEVO", "BK"}, {"ACCRA", 'E', "ACCRA", "GH"}, {"NICOSIA", 'E', "NICOSIA", "CY"},
    {"CONAKRY", 'E', "CONAKRY", "GV"}, {"LJUBLJANA", 'E', "LJUBLJANA", "SI"}, {"BUCHAREST", 'E', "BUCHAREST", "RO"},
    {"ALGIERS", 'E', "ALGIERS", "AG"}, {"USNATO", 'S', "USNATO", "NATO", "USMISSION USNATO", "Mission USNATO"},
    {"SAOPAULO", 'C', "SAO PAULO", "BR"}, {"HOCHIMINHCITY", 'C', "HO CHI MINH CITY", "VM"},
    {"PHNOMPENH", 'E', "PHNOM PENH", "CB"}, {"SANJOSE", 'E', "SAN JOSE", "CS"}, {"OSLO", 'E', "OSLO", "NO"},
    {"ISTANBUL", 'C', "ISTANBUL", "TU"}, {"BUDAPEST", 'E', "BUDAPEST", "HU"}, {"VATICAN", 'E', "VATICAN", "VT"},
    {"LISBON", 'E', "LISBON", "PO"}, {"LILONGWE", 'E', "LILONGWE", "MI"}, {"SINGAPORE", 'E', "SINGAPORE", "SN"},
    {"DAKAR", 'E', "DAKAR", "SG"}, {"STOCKHOLM", 'E', "STOCKHOLM", "SW"}, {"PRISTINA", 'E', "PRISTINA", "KV"},
    {"DARESSALAAM", 'E', "DAR ES SALAAM", "TZ"}, {"GUANGZHOU", 'C', "GUANGZHOU", "CH"}, {"KIGALI", 'E', "KIGALI", "RW"},
    {"DOHA", 'E', "DOHA", "QA"}, {"RIGA", 'E', "RIGA", "LG"}, {"TALLINN", 'E', "TALLINN", "EN"},
    {"MASERU", 'E', "MASERU", "LT"}, {"HELSINKI", 'E', "HELSINKI", "FI"}, {"TRIPOLI", 'E', "TRIPOLI", "LY"},
    {"ASMARA", 'E', "ASMARA", "ER"},
    {"UNVIEVIENNA", 'S', "UNVIE VIENNA", "IAEA", "USMISSION UNVIE VIENNA", "UNVIE"},
    {"SHANGHAI", 'C', "SHANGHAI", "CH"}, {"PARAMARIBO", 'E', "PARAMARIBO", "NS"}, {"ABIDJAN", 'E', "ABIDJAN", "IV"},
    {"ANTANANARIVO", 'E', "ANTANANARIVO", "MA"}, {"SKOPJE", 'E', "SKOPJE", "MK"},
    {"HAVANA", 'S', "HAVANA", "CU", "USINT HAVANA", "Interests Section Havana"},
    {"NOUAKCHOTT", 'E', "NOUAKCHOTT", "MR"}, {"NIAMEY", 'E', "NIAMEY", "NG"}, {"FREETOWN", 'E', "FREETOWN", "SL"},
    {"ALMATY", 'C', "ALMATY", "KZ"}, {"TIRANA", 'E', "TIRANA", "AL"}, {"MONTEVIDEO", 'E', "MONTEVIDEO", "UY"},
    {"ULAANBAATAR", 'E', "ULAANBAATAR", "MG"}, {"CHISINAU", 'E', "CHISINAU", "MD"}, {"KAMPALA", 'E', "KAMPALA", "UG"},
    {"BAMAKO", 'E', "BAMAKO", "ML"}, {"GEORGETOWN", 'E', "GEORGETOWN", "GY"}, {"NASSAU", 'E', "NASSAU", "BF"},
    {"SUVA", 'E', "SUVA", "FJ"}, {"DILI", 'E', "DILI", "TT"}, {"PORTOFSPAIN", 'E', "PORT OF SPAIN", "TD"},
    {"JEDDAH", 'C', "JEDDAH", "SA"}, {"BASRAH", 'S', "BASRAH", "IZ", "REO BASRAH", "REO Basrah"},
    {"YAOUNDE", 'E', "YAOUNDE", "CM"}, {"COTONOU", 'E', "COTONOU", "BN"}, {"LUANDA", 'E', "LUANDA", "AO"},
    {"MONROVIA", 'E', "MONROVIA", "LI"}, {"CHENNAI", 'C', "CHENNAI", "IN"},
    {"USOSCE", 'S', "USOSCE", "OSCE", "USMISSION USOSCE", "Mission USOSCE"},
    {"FRANKFURT", 'C', "FRANKFURT", "GM"}, {"COPENHAGEN", 'E', "COPENHAGEN", "DA"}, {"LUSAKA", 'E', "LUSAKA", "ZA"},
    {"REYKJAVIK", 'E', "REYKJAVIK", "IC"}, {"VIENTIANE", 'E', "VIENTIANE", "LA"},
    {"CHIANGMAI", 'C', "CHIANG MAI", "TH"}, {"GABORONE", 'E', "GABORONE", "BC"}, {"KOLKATA", 'C', "KOLKATA", "IN"},
    {"CHENGDU", 'C', "CHENGDU", "CH"}, {"BANJUL", 'E', "BANJUL", "GA"},
    {"BANDARSERIBEGAWAN", 'E', "BANDAR SERI BEGAWAN", "BX"}, {"BERN", 'E', "BERN", "SZ"},
    {"DUBAI", 'C', "DUBAI", "AE"}, {"CASABLANCA", 'C', "CASABLANCA", "MO"}, {"LIBREVILLE", 'E', "LIBREVILLE", "GB"},
    {"KIEV", 'E', "KIEV", "UP"}, {"MUMBAI", 'C', "MUMBAI", "IN"}, {"PORTLOUIS", 'E', "PORT LOUIS", "MP"},
    {"OUAGADOUGOU", 'E', "OUAGADOUGOU", "UV"}, {"BELMOPAN", 'E', "BELMOPAN", "BH"},
    {"PESHAWAR", 'C', "PESHAWAR", "PK"}, {"BUJUMBURA", 'E', "BUJUMBURA", "BY"},
    {"LUXEMBOURG", 'E', "LUXEMBOURG", "LU"}, {"SURABAYA", 'C', "SURABAYA", "ID"},
    {"PODGORICA", 'E', "PODGORICA", "MW"}, {"MONTERREY", 'C', "MONTERREY", "MX"},
    {"USEUBRUSSELS", 'S', "USEU BRUSSELS", "EUN", "USEU BRUSSELS", "USEU Brussels"},
    {"TORONTO", 'C', "TORONTO", "CA"}, {"WINDHOEK", 'E', "WINDHOEK", "WA"}, {"KARACHI", 'C', "KARACHI", "PK"},
    {"LOME", 'E', "LOME", "TO"}, {"MUNICH", 'C', "MUNICH", "GM"}, {"LAHORE", 'C', "LAHORE", "PK"},
    {"RIODEJANEIRO", 'C', "RIO DE JANEIRO", "BR"}, {"SHENYANG", 'C', "SHENYANG", "CH"},
    {"VALLETTA", 'E', "VALLETTA", "MT"}, {"VLADIVOSTOK", 'C', "VLADIVOSTOK", "RS"}, {"MBABANE", 'E', "MBABANE", "WZ"},
    {"MONTREAL", 'C', "MONTREAL", "CA"}, {"CAPETOWN", 'C', "CAPE TOWN", "SF"}, {"MELBOURNE", 'C', "MELBOURNE", "AS"},
    {"THESSALONIKI", 'C', "THESSALONIKI", "GR"}, {"BRAZZAVILLE", 'E', "BRAZZAVILLE", "CF"},
    {"PORTMORESBY", 'E', "PORT MORESBY", "PP"}, {"DURBAN", 'C', "DURBAN", "SF"}, {"QUEBEC", 'C', "QUEBEC", "CA"},
    {"HAMBURG", 'C', "HAMBURG", "GM"}, {"STPETERSBURG", 'C', "ST PETERSBURG", "RS"},
    {"VANCOUVER", 'C', "VANCOUVER", "CA"}, {"JOHANNESBURG", 'C', "JOHANNESBURG", "SF"}, {"MILAN", 'C', "MILAN", "IT"},
    {"TEHRAN", 'E', "TEHRAN", "IR"}, {"MOGADISHU", 'E', "MOGADISHU", "SO"}, {"BONN", 'E', "BONN", "GM"},
};

std::string title_case(std::string_view words)
{
    std::string out(words);
    bool start = true;
    for (char& c : out) {
        unsigned char u = static_cast<unsigned char>(c);
        c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
        start = c == ' ' || c == '-';
    }
    return out;
}

Post from_row(const Row& r)
{
    Post p;
    p.code = r.code;
    p.place = r.place;
    p.country = r.country;
    switch (r.kind) {
    case 'E':
        p.fm = "AMEMBASSY " + std::string(r.place);
        p.readable = "Embassy " + title_case(r.place);
        break;
    case 'C':
        p.fm = "AMCONSUL " + std::string(r.place);
        p.readable = "Consulate " + title_case(r.place);
        break;
    default:
        p.fm = r.fm;
        p.readable = r.readable;
        break;
    }
    return p;
}

const std::vector<Post>& table()
{
    static const std::vector<Post> posts = [] {
        std::vector<Post> v;
        for (const auto& r : kRows) v.push_back(from_row(r));
        return v;
    }();
    return posts;
}

} // namespace

Post post_for_code(std::string_view code)
{
    for (const auto& p : table())
        if (p.code == code) return p;
    Post p;
    p.code = code;
    p.place = code;
    p.fm = "AMEMBASSY " + std::string(code);
    p.readable = "Embassy " + title_case(code);
    return p;
}

const Post& listed_post(size_t index) { return table()[index % table().size()]; }
size_t listed_post_count() { return table().size(); }

} // namespace corpusgen
