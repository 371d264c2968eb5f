#pragma once
// The ICU side of formatting: the locale whose CLDR data speaks each Language, and
// UTF-8 <-> UTF-16 at the boundary (ICU works in UTF-16, drieluik in UTF-8).

#include "base/language.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace drieluik::icu_text {

// en_GB: day-month-year dates and the euro sign as a prefix ("€1,234.50").
inline icu::Locale locale(Language language) {
    return language == Language::nl ? icu::Locale("nl", "NL") : icu::Locale("en", "GB");
}

inline icu::UnicodeString from_utf8(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

inline std::string to_utf8(const icu::UnicodeString& text) {
    std::string utf8;
    text.toUTF8String(utf8);
    return utf8;
}

}  // namespace drieluik::icu_text
