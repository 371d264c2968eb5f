#pragma once
// The languages drieluik writes messages in. Dutch is the default: the agreements and
// their readers are Dutch; English serves international staff and students.

#include <cstdint>
#include <string_view>

namespace drieluik {

enum class Language : std::uint8_t { nl, en };

constexpr std::string_view to_string(Language language) {
    return language == Language::nl ? "nl" : "en";
}

}  // namespace drieluik
