#pragma once
// The posts cables come from: how a post code of the release ("BUENOSAIRES")
// appears in the FM line ("AMEMBASSY BUENOS AIRES"), its readable name
// ("Embassy Buenos Aires", the release's origin column) and its country tag.

#include <string>
#include <string_view>

namespace corpusgen {

struct Post {
    std::string code;      // BUENOSAIRES
    std::string fm;        // AMEMBASSY BUENOS AIRES
    std::string place;     // BUENOS AIRES: the classification line's form
    std::string readable;  // Embassy Buenos Aires
    std::string country;   // AR; empty for multilateral posts without one
};

// Posts missing from the table (rare and misspelt codes) get an embassy
// named after the code.
Post post_for_code(std::string_view code);

// One of the table's posts, by index (for addressees): 0 is the busiest.
const Post& listed_post(size_t index);
size_t listed_post_count();

} // namespace corpusgen
