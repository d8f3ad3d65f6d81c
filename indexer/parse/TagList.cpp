#include "parse/TagList.h"

#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

std::vector<std::string> parse_tag_list(std::string_view text)
{
    std::vector<std::string> tags;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty() && std::find(tags.begin(), tags.end(), cur) == tags.end()) tags.push_back(cur);
        cur.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '<') { // HTML markup
            flush();
            size_t close = text.find('>', i);
            if (close == std::string_view::npos) break;
            i = close;
        } else if (c == ']' && i + 1 < text.size() && text[i + 1] == '(') { // markdown link target
            flush();
            size_t close = text.find(')', i);
            if (close == std::string_view::npos) break;
            i = close;
        } else if (is_alnum(c)) {
            cur.push_back(to_upper(c));
        } else {
            flush();
        }
    }
    flush();
    return tags;
}

} // namespace cablesearch
