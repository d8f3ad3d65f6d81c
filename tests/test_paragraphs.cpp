#include "parse/Paragraphs.h"
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

TEST_CASE("paragraph starts", "[paragraphs]")
{
    auto p = match_paragraph_start("\xC2\xB6" "1. (C) Summary: text");
    REQUIRE(p);
    CHECK(p->number == 1);
    CHECK(p->marking == "C");
    CHECK(p->rest == "Summary: text");
    CHECK(match_paragraph_start("4.(S/NF) text")->marking == "S/NF");
    CHECK(match_paragraph_start("12. text")->number == 12);
    CHECK_FALSE(match_paragraph_start("1.4 (b), (d)"));
    CHECK_FALSE(match_paragraph_start("2005. Li reported"));
}

TEST_CASE("numbers are read in sequence: OCR'd 15. after 4 is 5, a stray 3. is text", "[paragraphs]")
{
    Body b = body_of("1. (C) One.\n\n2. (C) Two.\n\n3. (C) Three.\n\n4. (C) Four.\n\n15. (C) Five.\n\n16. (C) Six.\n"
                     "with a wrapped line\n\n2. (C) Not a paragraph, a list inside six.\n\nSMITH\n");
    REQUIRE(b.paragraphs.size() == 6);
    CHECK(b.paragraphs[4].number == 5);
    CHECK(b.paragraphs[5].number == 6);
    CHECK(b.paragraphs[5].text.find("list inside six") != std::string::npos);
    CHECK(b.signer == "SMITH");
}

TEST_CASE("running headers and page breaks vanish; a page break mid-sentence joins", "[paragraphs]")
{
    Body b = body_of("1. (C) The minister said that\n\nMADRID 00004687 002.2 OF 004\n\n"
                     "C O N F I D E N T I A L SECTION 02 OF 04 MADRID 004687\n\nSIPDIS\n\nthe talks would go on.\n");
    REQUIRE(b.paragraphs.size() == 1);
    CHECK(b.paragraphs[0].text == "The minister said that the talks would go on.");
}

TEST_CASE("unnumbered old cables keep their blocks as paragraphs", "[paragraphs]")
{
    Body b = body_of("SUMMARY: THINGS HAPPENED.\nEND SUMMARY\n\nCOMMENT: WE THINK SO.\n\nFARLAND\n");
    REQUIRE(b.paragraphs.size() == 2);
    CHECK(b.paragraphs[0].kind == "summary");
    CHECK(b.paragraphs[1].kind == "comment");
    CHECK(b.signer == "FARLAND");
}
