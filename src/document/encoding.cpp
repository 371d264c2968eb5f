#include "document/encoding.hpp"

#include <unicode/ustring.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace drieluik {
namespace {

bool is_xml_char(char32_t c) {
    if (c < 0x20) return c == 0x9 || c == 0xA || c == 0xD;
    return c != 0xFFFE && c != 0xFFFF;  // surrogates never come out of a well-formed decoding
}

// The first thing wrong in a text, as an offset into the text being scanned.
struct Problem {
    std::size_t offset = 0;
    std::optional<char32_t> character;  // a forbidden character; none: ill-formed encoding
};

std::string hex_code_point(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the well-formed UTF-8 sequence starting at text[i] (Unicode table 3-7),
// storing its code point; 0 when the sequence is ill-formed.
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& code_point) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(1) < low || byte(1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(byte(k))) return 0;
    }
    code_point = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) code_point = (code_point << 6) | (byte(k) & 0x3F);
    return length;
}

constexpr std::size_t block_size = 64;

// Bit k set: byte k of the block at `bytes` needs a closer look, being part of a
// multi-byte character or a control character (below 0x20; every line ends in one).
std::uint64_t bytes_to_look_at(const char* bytes) {
    std::uint64_t flagged = 0;
#if defined(__SSE2__)
    for (std::size_t k = 0; k < block_size; k += 16) {
        // Taken as signed, the bytes of multi-byte characters are below 0x20 as well.
        const __m128i sixteen = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + k));
        const auto bits = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(sixteen, _mm_set1_epi8(0x20))));
        flagged |= std::uint64_t{bits} << k;
    }
#else
    for (std::size_t k = 0; k < block_size; ++k) {
        const auto byte = static_cast<unsigned char>(bytes[k]);
        flagged |= std::uint64_t{byte < 0x20 || byte >= 0x80} << k;
    }
#endif
    return flagged;
}

// Checks that a text is well-formed UTF-8 of characters XML allows, noting what
// DecodedText says about it. A block of bytes at a time where there is nothing to see;
// only line ends and multi-byte characters are looked at one by one.
class Utf8Scan {
public:
    Utf8Scan(std::string_view text, DecodedText& decoded) : text_(text), decoded_(decoded) {
        grow(text.size() / 32);  // lines of a typical document are longer
        start_line(0);
    }

    std::optional<Problem> run() {
        std::size_t i = 0;
        for (; i + block_size <= text_.size(); i = std::max(i + block_size, next_)) {
            for (std::uint64_t flagged = bytes_to_look_at(text_.data() + i); flagged != 0; flagged &= flagged - 1) {
                const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(flagged));
                if (at < next_) continue;  // a later byte of a character already seen
                if (auto problem = look_at(at)) return problem;
            }
        }
        for (i = std::max(i, next_); i < text_.size(); i = next_) {
            if (auto problem = look_at(i)) return problem;
        }
        decoded_.line_starts.resize(lines_);
        decoded_.first_multibyte.resize(lines_);
        decoded_.below_combining_marks = below_combining_marks_;
        return std::nullopt;
    }

private:
    // The character at `at`; afterwards, `next_` is where the next one starts.
    std::optional<Problem> look_at(std::size_t at) {
        const auto byte = static_cast<unsigned char>(text_[at]);
        next_ = at + 1;
        if (byte < 0x80) {
            if (byte == '\n') {
                start_line(at + 1);
            } else if (!is_xml_char(byte)) {
                return Problem{at, byte};
            }
            return std::nullopt;
        }
        char32_t code_point = 0;
        const std::size_t length = decode_utf8(text_, at, code_point);
        if (length == 0) return Problem{at, std::nullopt};
        if (!is_xml_char(code_point)) return Problem{at, code_point};
        next_ = at + length;
        below_combining_marks_ = below_combining_marks_ && code_point < 0x300;
        std::uint32_t& first = firsts_[lines_ - 1];
        if (first == DecodedText::no_multibyte) first = static_cast<std::uint32_t>(at);
        return std::nullopt;
    }

    void start_line(std::size_t offset) {
        if (lines_ + 1 > room_) grow(1);
        starts_[lines_] = offset;
        firsts_[lines_] = DecodedText::no_multibyte;
        ++lines_;
    }

    // Room in the tables for `lines` more.
    void grow(std::size_t lines) {
        room_ = 2 * (lines_ + lines);
        decoded_.line_starts.resize(room_);
        decoded_.first_multibyte.resize(room_);
        starts_ = decoded_.line_starts.data();
        firsts_ = decoded_.first_multibyte.data();
    }

    std::string_view text_;
    DecodedText& decoded_;
    std::size_t* starts_ = nullptr;  // the tables of decoded_, of room_ lines
    std::uint32_t* firsts_ = nullptr;
    std::size_t room_ = 0;
    std::size_t lines_ = 0;  // of the tables, those noted so far
    std::size_t next_ = 0;
    bool below_combining_marks_ = true;
};

std::optional<Problem> scan_utf8(std::string_view text, DecodedText& decoded) { return Utf8Scan(text, decoded).run(); }

// Line and column of `offset` in UTF-8 text that is well-formed before `offset`.
Position position_in_utf8(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    const auto newlines = std::count(before.begin(), before.end(), '\n');
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    const auto columns = std::count_if(before.begin() + static_cast<std::ptrdiff_t>(line_start), before.end(),
                                       [](char c) { return !is_continuation(static_cast<unsigned char>(c)); });
    return {static_cast<std::uint32_t>(newlines + 1), static_cast<std::uint32_t>(columns + 1)};
}

EncodingError error_at(std::string_view what, std::size_t byte_offset, Position position) {
    return {std::string(what) + " at byte " + std::to_string(byte_offset) + " (line " +
                std::to_string(position.line) + ")",
            position};
}

std::string describe(const Problem& problem, std::string_view encoding) {
    return problem.character ? "invalid character " + hex_code_point(*problem.character)
                             : "invalid " + std::string(encoding);
}

std::variant<DecodedText, EncodingError> decode_utf8_document(std::string bytes, std::size_t bom) {
    const std::string_view text = std::string_view(bytes).substr(bom);
    DecodedText decoded;
    if (const auto problem = scan_utf8(text, decoded)) {
        EncodingError error = error_at(describe(*problem, "UTF-8"), bom + problem->offset,
                                       position_in_utf8(text, problem->offset));
        // "<\0" or "\0<": the usual start of UTF-16 that lacks its byte order mark.
        const bool looks_like_utf16 = bom == 0 && bytes.size() >= 2 && (bytes[0] == 0) != (bytes[1] == 0);
        if (looks_like_utf16) error.message += "; UTF-16 needs a byte order mark";
        return error;
    }
    bytes.erase(0, bom);
    decoded.utf8 = std::move(bytes);
    return decoded;
}

std::variant<DecodedText, EncodingError> decode_utf16_document(std::string_view bytes, bool little_endian) {
    constexpr std::size_t bom = 2;
    const std::size_t unit_count = (bytes.size() - bom) / 2;
    std::u16string units(unit_count, u'\0');
    for (std::size_t k = 0; k < unit_count; ++k) {
        const auto first = static_cast<unsigned char>(bytes[bom + 2 * k]);
        const auto second = static_cast<unsigned char>(bytes[bom + 2 * k + 1]);
        units[k] = static_cast<char16_t>(little_endian ? first | second << 8 : first << 8 | second);
    }

    Position position{1, 1};
    for (std::size_t k = 0; k < unit_count;) {
        const char16_t unit = units[k];
        char32_t code_point = unit;
        std::size_t length = 1;
        std::optional<Problem> problem;
        if (unit >= 0xD800 && unit <= 0xDBFF && k + 1 < unit_count && units[k + 1] >= 0xDC00 &&
            units[k + 1] <= 0xDFFF) {
            code_point = 0x10000 + ((char32_t{unit} - 0xD800) << 10) + (units[k + 1] - 0xDC00);
            length = 2;
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            problem = Problem{k, std::nullopt};
        }
        if (!problem && !is_xml_char(code_point)) problem = Problem{k, code_point};
        if (problem) return error_at(describe(*problem, "UTF-16"), bom + 2 * k, position);
        if (code_point == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
        k += length;
    }
    if ((bytes.size() - bom) % 2 != 0) return error_at("invalid UTF-16", bytes.size() - 1, position);

    DecodedText decoded;
    decoded.utf8.resize(unit_count * 3);  // a UTF-16 unit never takes more than 3 UTF-8 bytes
    std::int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(decoded.utf8.data(), static_cast<std::int32_t>(decoded.utf8.size()), &length, units.data(),
                static_cast<std::int32_t>(unit_count), &status);
    if (U_FAILURE(status)) return EncodingError{"cannot convert UTF-16 to UTF-8", {1, 1}};
    decoded.utf8.resize(static_cast<std::size_t>(length));
    scan_utf8(decoded.utf8, decoded);  // well-formed by now: this only notes the lines and characters
    return decoded;
}

bool starts_with_bytes(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::variant<DecodedText, EncodingError> decode_document(std::string bytes) {
    if (starts_with_bytes(bytes, "\xEF\xBB\xBF")) return decode_utf8_document(std::move(bytes), 3);
    if (starts_with_bytes(bytes, "\xFF\xFE")) return decode_utf16_document(bytes, true);
    if (starts_with_bytes(bytes, "\xFE\xFF")) return decode_utf16_document(bytes, false);
    return decode_utf8_document(std::move(bytes), 0);
}

}  // namespace drieluik
