#include "index/Redactions.h"

#include <cctype>

namespace cablesearch {

namespace {

constexpr size_t kShortestRun = 4;

} // namespace

std::vector<std::pair<size_t, size_t>> redaction_spans(std::string_view text)
{
    std::vector<std::pair<size_t, size_t>> spans;
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c != 'X' && c != 'x') {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && text[end] == c) ++end;
        if (end - i >= kShortestRun) {
            size_t stop = end;
            if (stop + 1 < text.size() && text[stop] == '\'' && (text[stop + 1] == 's' || text[stop + 1] == 'S') &&
                (stop + 2 == text.size() || !std::isalnum(static_cast<unsigned char>(text[stop + 2]))))
                stop += 2;
            spans.emplace_back(i, stop);
            end = stop;
        }
        i = end;
    }
    return spans;
}

bool has_redactions(const Cable& cable)
{
    auto any = [](std::string_view t) { return !redaction_spans(t).empty(); };
    if (any(cable.subject) || any(cable.signer)) return true;
    for (const auto& p : cable.paragraphs)
        if (any(p.text) || any(p.heading)) return true;
    for (const auto& block : cable.other_text)
        if (any(block)) return true;
    return false;
}

std::string blank_redactions(std::string_view text)
{
    std::string out(text);
    for (auto [a, b] : redaction_spans(text))
        for (size_t i = a; i < b; ++i) out[i] = ' ';
    return out;
}

void index_unredacted(Xapian::TermGenerator& tg, std::string_view text, const std::string& prefix)
{
    size_t at = 0;
    for (auto [a, b] : redaction_spans(text)) {
        tg.index_text(Xapian::Utf8Iterator(text.data() + at, a - at), 1, prefix);
        tg.increase_termpos(1);
        at = b;
    }
    tg.index_text(Xapian::Utf8Iterator(text.data() + at, text.size() - at), 1, prefix);
}

std::string mark_redactions(std::string_view text)
{
    std::string out;
    size_t at = 0;
    for (auto [a, b] : redaction_spans(text)) {
        out.append(text.substr(at, a - at));
        out += kRedactedMark;
        at = b;
    }
    out.append(text.substr(at));
    return out;
}

} // namespace cablesearch
