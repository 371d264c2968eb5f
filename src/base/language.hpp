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

// One immutable `T` per language, built from the language on first use (thread-safe, as
// every function-local static): a run mostly speaks one language and builds only its own.
template <typename T>
const T& for_language(Language language) {
    if (language == Language::nl) {
        static const T dutch(Language::nl);
        return dutch;
    }
    static const T english(Language::en);
    return english;
}

}  // namespace drieluik
