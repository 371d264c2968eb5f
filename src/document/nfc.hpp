#pragma once
// Unicode normalisation form C for text values, so that "Zoë" typed with a combining
// diaeresis and "Zoë" typed precomposed are the same value to every rule.

#include <optional>
#include <string>
#include <string_view>

namespace drieluik {

// The NFC form of UTF-8 `text`, or nullopt when `text` is already in NFC (the common
// case, answered without copying, and without ICU when all its characters lie below
// U+0300, where NFC changes nothing).
std::optional<std::string> to_nfc_if_needed(std::string_view text);

}  // namespace drieluik
