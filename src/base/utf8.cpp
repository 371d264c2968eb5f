#include "base/utf8.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace drieluik {

namespace {

bool eight_ascii_bytes(const char* bytes) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, bytes, sizeof eight);
    return (eight & 0x8080808080808080U) == 0;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const std::int64_t length = static_cast<std::int64_t>(text.size());
    std::int64_t i = 0;
    while (i < length) {
        // Texts are mostly ASCII, which needs no decoding: skipped eight bytes at a time.
        if (length - i >= 8 && eight_ascii_bytes(text.data() + i)) {
            i += 8;
            continue;
        }
        const std::int64_t start = i;
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::nullopt;
}

std::string replace_invalid_utf8(std::string_view text) {
    constexpr std::string_view replacement = "\xEF\xBF\xBD";
    std::string result;
    result.reserve(text.size());
    const std::int64_t length = static_cast<std::int64_t>(text.size());
    std::int64_t i = 0;
    while (i < length) {
        const std::int64_t start = i;
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        if (c < 0) {
            result += replacement;
        } else {
            result.append(text.data() + start, static_cast<std::size_t>(i - start));
        }
    }
    return result;
}

}  // namespace drieluik
