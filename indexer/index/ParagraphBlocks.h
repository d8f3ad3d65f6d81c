#pragma once
// Where the paragraphs of a cable's body sit among a document's positions
// (Schema.h, kParagraphBlock): each at a multiple of the block, its marking
// term (if it has a marking) at the first position, its words after it.

#include <xapian.h>

#include "model/Cable.h"

namespace cablesearch {

// The first position of a paragraph whose predecessor's last word is at
// `last`: the next multiple of kParagraphBlock at least half a block after it,
// so no word of another paragraph is within kMarkingWindow of its marking.
Xapian::termpos paragraph_start(Xapian::termpos last);

// Indexes the paragraph's heading and text with tg (whose document is doc)
// at the next paragraph start, and its marking term there when it has one.
void index_paragraph(Xapian::TermGenerator& tg, Xapian::Document& doc, const Paragraph& paragraph);

// After the last paragraph: what follows (signature, subject...) starts out
// of reach of the last paragraph's marking.
void end_paragraphs(Xapian::TermGenerator& tg);

} // namespace cablesearch
