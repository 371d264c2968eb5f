#pragma once
// Turns the bytes of a document into UTF-8 text: UTF-8 with or without a byte order mark,
// UTF-16 (LE or BE) with one. Rejects what an XML parser must not see: ill-formed UTF-8
// or UTF-16 and characters XML forbids (NUL and other control characters, U+FFFE, U+FFFF).
// The one pass that checks the text also notes where its lines start, so that positions
// in it cost no pass of their own.

#include "base/source.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace drieluik {

struct DecodedText {
    std::string utf8;  // without the byte order mark
    // Only code points below U+0300, the first one that NFC may change: then every piece
    // of the text is in NFC.
    bool below_combining_marks = false;
    // The lines of `utf8` (a line ends after '\n'): the byte offset of each, in order, and
    // of the first multi-byte character in each (no_multibyte: none).
    std::vector<std::size_t> line_starts;
    std::vector<std::uint32_t> first_multibyte;
    static constexpr std::uint32_t no_multibyte = std::numeric_limits<std::uint32_t>::max();
};

struct EncodingError {
    std::string message;  // "invalid UTF-8 at byte 1234 (line 41)"; bytes count from 0
    Position position;    // line and column of the offending character
};

// Takes the bytes by value: UTF-8 (the usual case) becomes the text without a copy.
std::variant<DecodedText, EncodingError> decode_document(std::string bytes);

}  // namespace drieluik
