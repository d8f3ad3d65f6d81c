// The signature at the end of a cable, with the endings real cables of
// ../shared/cables carry (the lines are theirs, as written).

#include "parse/Paragraphs.h"
#include "parse/Signer.h"
#include "parse/TextScan.h"

#include <catch2/catch.hpp>

using namespace cablesearch;

namespace {
Body body_of(const std::string& s)
{
    static std::string keep;
    keep = s;
    return parse_body(text::split_lines(keep));
}
} // namespace

TEST_CASE("signer: the trailer below the signature is passed over", "[signer]")
{
    // 03YEREVAN1214
    CHECK(body_of("1. THE GOAM VIEWED THE PROBLEM AS A \"REGIONAL ONE, NOT \nLIMITED TO OUR NATIONAL TERRITORY.\" \n"
                  "    WALKER \nNNNN \n")
              .signer == "WALKER");
    // 01VATICAN1261: a repeated banner, a quote mark, the database's record
    Body vatican = body_of("6.  (U) ACTION REQUESTED: EMBASSY SHOULD REPLY TO MIGLIORE \nBY 3/9.  REQUEST THAT "
                           "DEPARTMENT PROVIDES POINTS FOR USE. \nMERANTE \n                       CONFIDENTIAL \n> \n"
                           " 2001VATICA01261 - Classification: CONFIDENTIAL \n");
    CHECK(vatican.signer == "MERANTE");
    // The trailer stays text of the cable; only the name leaves it.
    CHECK(vatican.paragraphs.back().text.find("MERANTE") == std::string::npos);
    CHECK(vatican.paragraphs.back().text.find("2001VATICA01261") != std::string::npos);
    // 04CARACAS1009
    CHECK(body_of("1. We are adjusting our AID and PAS activities to put \nmore emphasis on federalism and "
                  "decentralization. \nSHAPIRO \nNNNN \n      2004CARACA01009 - CONFIDENTIAL \n")
              .signer == "SHAPIRO");
    // 05BOGOTA6237
    CHECK(body_of("1. the GOC to be able to stem future border incursions.  End \ncomment. \nWOOD \n"
                  "=======================CABLE ENDS============================\n")
              .signer == "WOOD");
    // 78TEHRAN389: the declassification stamp of a reviewed cable
    CHECK(body_of("1. AMOUZEGAR IN EFFORT TO REVERSE RELATIVE LIBERALIZATION OF \nRECENT MONTHS. \nSULLIVAN \n"
                  "CONFIDENTIAL \nDeclassified/Released US Department of State EO Systematic \nReview 30 JUN 2006 \n")
              .signer == "SULLIVAN");
    // 95ZAGREB1795: banner and NNNN between blank lines
    CHECK(body_of("1. GOVERNMENTS THAT EARLY UN REPORTS OF ATROCITIES WERE \nEXAGGERATED. \n \nGALBRAITH \n \n \n"
                  "                       UNCLASSIFIED \n \n \nNNNN \n")
              .signer == "GALBRAITH");
    // 92ZAGREB395: NNNN cut short; 09REYKJAVIK49: a page number, then a banner
    CHECK(body_of("1. THE PREPARATION OF THE RECONSTRUCTION PROGRAM. \nEINIK \n                       UNCLASSIFIED \nNN \n")
              .signer == "EINIK");
    CHECK(body_of("1. Text of the submission.\nEnd text of submission Part 1 of 2. \nVAN VOORST \n1 \n"
                  "SENSITIVE BUT UNCLASSIFIED\n")
              .signer == "VAN VOORST");
    // 08TRIPOLI119: a date stamp after the name
    CHECK(body_of("5.(S/NF) Begin text of diplomatic note. Tripoli, Libya February 13, 2008 End text of "
                  "diplomatic note \nSTEVENS 0 02/14/2008\n")
              .signer == "STEVENS");
}

TEST_CASE("signer: a name after the last sentence, where the line breaks were lost", "[signer]")
{
    // 89STATE227151
    Body baker = body_of("1. DIPLOMATIC SECURITY WHICH COMPILED THIS \n     REPORT.  END OF TEXT. BAKER \nUNCLASSIFIED \n"
                         "                       UNCLASSIFIED \nNNNN \n");
    CHECK(baker.signer == "BAKER");
    CHECK(baker.paragraphs.back().text.find("END OF TEXT.") != std::string::npos);
    CHECK(baker.paragraphs.back().text.find("BAKER") == std::string::npos);
    // 03OTTAWA487
    CHECK(body_of("1. PROMISED A DIPNOTE IN REPLY IN THE RELATIVELY NEAR \nFUTURE.  CELLUCCI \n").signer == "CELLUCCI");
    // 01VATICAN1745
    CHECK(body_of("1. ANTICIPATE ITS MORAL, SOCIAL AND ECONOMIC IMPLICATIONS. END \nCOMMENT. MERANTE \n"
                  "                       UNCLASSIFIED \n> \n 2001VATICA01745 - Classification: UNCLASSIFIED \n")
              .signer == "MERANTE");
    // A paragraph of 04...KRAJESKI's cables, in mixed case
    CHECK(body_of("1. (C) Comment: democratic reforms and human rights just in time for this year's MCC reports. "
                  "End Comment. Krajeski\n")
              .signer == "Krajeski");
    // 00ATHENS1501
    CHECK(body_of("1. (SBU) HA could be in a position to donate the EUR300,000 to the WFP by mid-November. Speckhard\n")
              .signer == "Speckhard");
    // 09TRIPOLI772-like ending: "MINIMIZE CONSIDERED" is no name
    CHECK(body_of("1. Tripoli minimize considered.\nMINIMIZE CONSIDERED CLINTON\n").signer == "CLINTON");
}

TEST_CASE("signer: names in mixed case, typed twice, with a stop", "[signer]")
{
    // 03GUATEMALA1
    CHECK(body_of("1. All in all, not a bad \nfirst meeting, but genuine progress in all the areas \n"
                  "discussed will not be easy. \nHamilton \n")
              .signer == "Hamilton");
    // 02RANGOON1219
    CHECK(body_of("1. efforts to work with Aung San Suu Kyi and the NLD.  End \ncomment. \nMartinez \n").signer ==
          "Martinez");
    // 06REYKJAVIK118-like "van Voorst"; 04TEGUCIGALPA2289: the name twice
    CHECK(body_of("1. End comment.\nvan Voorst\n").signer == "van Voorst");
    Body twice = body_of("1. End \nComment. \nPIERCE \nPierce \n");
    CHECK(twice.signer == "Pierce");
    CHECK(twice.paragraphs.back().text.find("PIERCE") == std::string::npos);
    // 02TEGUCIGALPA3440, 08LONDON3062
    CHECK(body_of("1. Post will report further.\nPalmer.\n").signer == "Palmer");
    CHECK(body_of("1. A/S Boucher cleared this cable.\nTUTTLE..\n").signer == "TUTTLE");
    // 08LONDON1824: below the web site line of London's cables
    CHECK(body_of("1. (U) Tripoli minimize considered.  Visit London's Classified Website: XXXXXXXXXXXX \nLeBaron\n")
              .signer == "LeBaron");
}

TEST_CASE("signer: what ends a sentence, a table or a banner is no signer", "[signer]")
{
    // 06BRIDGETOWN2164: the last word of the sentence
    CHECK(body_of("\xC2\xB6" "3. PLEASE CABLE CONCURRENCE. BRIDGETOWN APPRECIATES TRINIDAD'S \nASSISTANCE.\n").signer.empty());
    CHECK(body_of("1. The minister will discuss trade relations with\nCuba.\n").signer.empty());
    // 02HAVANA7763
    CHECK(body_of("1. YEARS, POST HAS NO INFORMATION THAT WOULD BE\nRELEVANT TO THIS SUB-SECTION.\n").signer.empty());
    // An abbreviation or an initial is no end of a sentence.
    CHECK(body_of("1. THE EXERCISE WILL BE HELD WITH THE U.S. ARMY\n").signer.empty());
    CHECK(body_of("1. THE LETTER WAS SIGNED BY HENRY A. KISSINGER\n").signer.empty());
    // 00HOCHIMINHCITY838: the banner under the name is not the name
    CHECK(body_of("1. END COMMENT.\nRAY\n                       UNCLASSIFIED\n").signer == "RAY");
    // A redacted signature names nobody.
    CHECK(body_of("1. adds a new layer of complexity and uncertainty. END COMMENT. \nXXXXXXXXXX\n").signer.empty());
    CHECK(body_of("1. End comment.\nSIGNATURE\n").signer.empty());
    CHECK(is_trailer_line("NNNN"));
    CHECK(is_trailer_line("##"));
    CHECK(is_trailer_line("v1.6.2"));
    CHECK(is_trailer_line("                       SECRET NOFORN"));
    CHECK_FALSE(is_trailer_line("HAMILTON"));
    CHECK_FALSE(is_trailer_line("END COMMENT."));
}
