#include "index/Editions.h"

#include "index/Redactions.h"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <zlib.h>

namespace cablesearch {

std::string edition_text(const Cable& cable)
{
    std::string out;
    auto block = [&](std::string_view t) {
        if (t.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
        if (!out.empty()) out += "\n\n";
        out.append(t);
    };
    block(cable.subject);
    for (const auto& p : cable.paragraphs) {
        block(p.heading);
        block(p.text);
    }
    block(cable.signer);
    for (const auto& t : cable.other_text) block(t);
    return out;
}

EditionMeasure measure_edition(std::string_view text)
{
    EditionMeasure m;
    m.redactions = redaction_spans(text).size();
    // What a run of X hid is not text the edition has.
    const std::string visible = m.redactions ? blank_redactions(text) : std::string(text);
    bool space = true; // leading white space counts for nothing
    for (unsigned char c : visible) {
        if ((c & 0xC0) == 0x80) continue; // a continuation byte: the same character
        bool white = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (white && space) continue;
        space = white;
        ++m.length;
    }
    if (space && m.length > 0) --m.length; // nor trailing
    return m;
}

EditionMeasure measure_edition(const Cable& cable) { return measure_edition(edition_text(cable)); }

bool is_fuller(const EditionMeasure& a, std::string_view path_a, const EditionMeasure& b, std::string_view path_b)
{
    if ((a.redactions == 0) != (b.redactions == 0)) return a.redactions == 0;
    if (a.length != b.length) return a.length > b.length;
    return path_a < path_b;
}

std::string why_fuller(const EditionMeasure& a, const EditionMeasure& b)
{
    if (a.redactions == 0 && b.redactions > 0)
        return fmt::format("no redactions (the other has {})", b.redactions);
    if (a.length != b.length) return fmt::format("longer text ({} characters against {})", a.length, b.length);
    return fmt::format("the same text length ({} characters), first path", a.length);
}

Edition edition_of(const Cable& cable)
{
    Edition e;
    e.path = cable.source_path;
    e.line = cable.source_line;
    e.format = cable.source_format;
    std::string text = edition_text(cable);
    e.measure = measure_edition(text);
    if (e.measure.redactions > 0) e.text = std::move(text);
    return e;
}

void order_editions(std::vector<Edition>& editions)
{
    std::stable_sort(editions.begin(), editions.end(), [](const Edition& a, const Edition& b) {
        if (a.indexed != b.indexed) return a.indexed;
        if (a.path == b.path) return a.line < b.line;
        return is_fuller(a.measure, a.path, b.measure, b.path);
    });
}

namespace {

std::string compress(const std::string& plain)
{
    uLongf size = compressBound(plain.size());
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(plain.data()),
                  plain.size(), Z_BEST_COMPRESSION) != Z_OK)
        throw std::runtime_error("cannot compress the editions of a cable");
    out.resize(size);
    return out;
}

std::string decompress(std::string_view packed)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK) throw std::runtime_error("cannot read the editions of a cable");
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    z.avail_in = static_cast<uInt>(packed.size());
    std::string out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - z.avail_out);
        if (status == Z_BUF_ERROR && z.avail_in == 0) break;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END) throw std::runtime_error("the editions of a cable are damaged in the index");
    return out;
}

} // namespace

std::string encode_editions(const std::vector<Edition>& editions)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : editions) {
        nlohmann::json j;
        j["path"] = e.path;
        if (e.line > 0) j["line"] = e.line;
        j["format"] = e.format;
        j["redactions"] = e.measure.redactions;
        j["length"] = e.measure.length;
        if (e.indexed) j["indexed"] = true;
        if (!e.text.empty()) j["text"] = e.text;
        list.push_back(std::move(j));
    }
    return compress(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::vector<Edition> decode_editions(std::string_view value)
{
    std::vector<Edition> out;
    if (value.empty()) return out;
    nlohmann::json list = nlohmann::json::parse(decompress(value), nullptr, false);
    if (!list.is_array()) throw std::runtime_error("the editions of a cable are damaged in the index");
    for (const auto& j : list) {
        if (!j.is_object()) continue;
        Edition e;
        e.path = j.value("path", "");
        e.line = j.value("line", 0L);
        e.format = j.value("format", "");
        e.measure.redactions = j.value("redactions", size_t{0});
        e.measure.length = j.value("length", size_t{0});
        e.indexed = j.value("indexed", false);
        e.text = j.value("text", "");
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace cablesearch
