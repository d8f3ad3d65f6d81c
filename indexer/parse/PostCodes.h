#pragma once
// The post codes of the release's reference ids (ANKARA, THEHAGUE,
// USUNNEWYORK, ...), and the other spellings cables use for them in REF
// lines (SECSTATE, HCMC, USUN, HAGUE, TEGUC).

#include <cstddef>
#include <string_view>

namespace cablesearch {

// True when the release has cables under this post code.
bool is_release_post_code(std::string_view code);

// The release's post code for letters as a REF line writes them ("SECSTATE"
// -> STATE, "HCMC" -> HOCHIMINHCITY, "MEXICOCITY" -> MEXICO, "THEHAGUE" ->
// THEHAGUE); empty when they name no post of the release.
std::string_view release_post_code(std::string_view written);

// Names shorter than this are never read as a misspelt post.
inline constexpr size_t kMinNearLength = 6;

// The post that letters one typing slip away from its name, or its name cut
// short, stand for ("BRASILA", "SECTSTATE", "KUALALUMP"); empty when none or
// more than one post fits.
std::string_view near_release_post_code(std::string_view written);

} // namespace cablesearch
