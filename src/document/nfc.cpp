#include "document/nfc.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>

namespace drieluik {
namespace {

// UTF-8 lead bytes from 0xCC on start the code points from U+0300 on.
bool below_combining_marks(std::string_view text) {
    return std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xCC; });
}

}  // namespace

std::optional<std::string> to_nfc_if_needed(std::string_view text) {
    if (below_combining_marks(text)) return std::nullopt;
    // Should ICU fail (missing data), the text stays as written: a spelling variant is
    // better than refusing a valid document.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::StringPiece piece(text.data(), static_cast<std::int32_t>(text.size()));
    if (U_FAILURE(status) || nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return std::nullopt;
    std::string normalized;
    icu::StringByteSink<std::string> sink(&normalized, static_cast<std::int32_t>(text.size()));
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status)) return std::nullopt;
    return normalized;
}

}  // namespace drieluik
