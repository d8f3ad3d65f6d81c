#include "index/ParagraphBlocks.h"

#include "index/ParagraphMarking.h"
#include "index/Redactions.h"
#include "index/Schema.h"

namespace cablesearch {

Xapian::termpos paragraph_start(Xapian::termpos last)
{
    using schema::kParagraphBlock;
    if (last == 0) return 1; // the first paragraph: positions start at 1
    Xapian::termpos reach = last + kParagraphBlock / 2;
    return (reach + kParagraphBlock - 1) / kParagraphBlock * kParagraphBlock + 1;
}

void index_paragraph(Xapian::TermGenerator& tg, Xapian::Document& doc, const Paragraph& paragraph)
{
    Xapian::termpos start = paragraph_start(tg.get_termpos());
    // The marking term has the first position to itself: the words start
    // after it (the term generator adds one before each word).
    tg.set_termpos(start);
    if (auto marking = parse_paragraph_marking(paragraph.marking)) doc.add_posting(marking_term(*marking), start);
    // Runs of X (Redactions.h) are no words.
    if (!paragraph.heading.empty()) index_unredacted(tg, paragraph.heading);
    index_unredacted(tg, paragraph.text);
    // An empty paragraph still takes a position, so the next one gets a block of its own.
    if (tg.get_termpos() == start) tg.set_termpos(start + 1);
}

void end_paragraphs(Xapian::TermGenerator& tg)
{
    Xapian::termpos last = tg.get_termpos();
    if (last > 0) tg.set_termpos(paragraph_start(last));
}

} // namespace cablesearch
