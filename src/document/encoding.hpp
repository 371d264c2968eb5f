#pragma once
// Turns the bytes of a document into UTF-8 text: UTF-8 with or without a byte order mark,
// UTF-16 (LE or BE) with one. Rejects what an XML parser must not see: ill-formed UTF-8
// or UTF-16 and characters XML forbids (NUL and other control characters, U+FFFE, U+FFFF).

#include "base/source.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace drieluik {

struct DecodedText {
    std::string utf8;    // without the byte order mark
    bool ascii = false;  // only code points below 128: columns are byte counts, no NFC work
};

struct EncodingError {
    std::string message;  // "invalid UTF-8 at byte 1234 (line 41)"; bytes count from 0
    Position position;    // line and column of the offending character
};

std::variant<DecodedText, EncodingError> decode_document(std::string_view bytes);

// Only code points below 128 (looked at eight bytes at a time).
bool is_ascii(std::string_view text);

}  // namespace drieluik
