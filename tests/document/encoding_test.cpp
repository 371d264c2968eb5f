// Encodings and characters: what bytes a document may consist of.

#include "document/encoding.hpp"
#include "document/position_cursor.hpp"
#include "document_test_support.hpp"

#include <unicode/ustring.h>

#include <algorithm>
#include <random>

using namespace drieluik;
using namespace drieluik::test;

namespace {

std::string utf16(std::string_view utf8, bool little_endian) {
    std::u16string units(utf8.size() + 1, u'\0');
    std::int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(units.data(), static_cast<std::int32_t>(units.size()), &length, utf8.data(),
                  static_cast<std::int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    std::string bytes = little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (std::int32_t i = 0; i < length; ++i) {
        const char high = static_cast<char>(units[static_cast<std::size_t>(i)] >> 8);
        const char low = static_cast<char>(units[static_cast<std::size_t>(i)] & 0xFF);
        bytes += little_endian ? std::string{low, high} : std::string{high, low};
    }
    return bytes;
}

// The sample with `bad` in place of the student's name "Zoë"; the bad bytes are on line
// 14 at column 13 ("    <name>Zo" before them).
std::string with_bad_name(std::string_view bad) {
    return replaced(sample_agreement(), "<name>Zoë de Vries</name>", "<name>Zo" + std::string(bad) + " de Vries</name>");
}

std::string at_byte(const std::string& text, std::string_view bad, std::string_view message_start) {
    return "14:13: " + std::string(message_start) + " at byte " + std::to_string(text.find(bad)) + " (line 14)";
}

void check_same_as_utf8(const Document& document) {
    CHECK(document.text(root_value(document, "student.name").text) == "Zoë de Vries");
    CHECK(root_value(document, "employment.salary").decimal.to_string() == "2450.00");
    CHECK(position_of(root_value(document, "id")) == "2:45");
    CHECK(position_of(root_value(document, "student.birthDate")) == "15:5");
    CHECK(document.source().text() == sample_agreement());
}

}  // namespace

TEST_CASE("UTF-8 with a byte order mark") {
    const auto document = load_ok("\xEF\xBB\xBF" + sample_agreement());
    check_same_as_utf8(*document);
}

TEST_CASE("UTF-16 with a byte order mark, little and big endian") {
    SUBCASE("little endian") { check_same_as_utf8(*load_ok(utf16(sample_agreement(), true))); }
    SUBCASE("big endian") { check_same_as_utf8(*load_ok(utf16(sample_agreement(), false))); }
    SUBCASE("a character outside the BMP") {
        const auto document =
            load_ok(utf16(replaced(sample_agreement(), "Bouw &amp; Infra", "Bouw \xF0\x9F\x8F\x97 Infra"), false));
        CHECK(document->text(root_value(*document, "employer.cao").text) == "Bouw \xF0\x9F\x8F\x97 Infra");
    }
}

TEST_CASE("invalid UTF-8: offset and line of the first bad byte") {
    for (const std::string_view bad : {std::string_view("\xC3\x28"), std::string_view("\xC0\xAF"),
                                       std::string_view("\xED\xA0\x80"), std::string_view("\xF4\x90\x80\x80"),
                                       std::string_view("\x80"), std::string_view("\xE2\x82(")}) {
        const std::string text = with_bad_name(bad);
        CHECK(load_error(text) == at_byte(text, bad, "invalid UTF-8"));
    }
    const std::string text = with_bad_name("\xC3\x28");
    CHECK(load_error(text) == "14:13: invalid UTF-8 at byte 451 (line 14)");
    // The offset counts bytes of the file, the byte order mark included.
    CHECK(load_error("\xEF\xBB\xBF" + text) == "14:13: invalid UTF-8 at byte 454 (line 14)");
    // A sequence cut off by the end of the file.
    CHECK(load_error("<a>\xE2\x82") == "1:4: invalid UTF-8 at byte 3 (line 1)");
}

TEST_CASE("the decoder looks at bytes in blocks: a bad byte anywhere in one, a character across two") {
    for (std::size_t before = 0; before < 150; ++before) {
        CAPTURE(before);
        const std::string ascii(before, 'x');
        const auto bad = decode_document(std::string(ascii).append("\xC3\x28").append(ascii));
        REQUIRE(std::holds_alternative<EncodingError>(bad));
        CHECK(std::get<EncodingError>(bad).message == "invalid UTF-8 at byte " + std::to_string(before) + " (line 1)");
        const auto control = decode_document(ascii + "\x1F\n");
        REQUIRE(std::holds_alternative<EncodingError>(control));
        CHECK(std::get<EncodingError>(control).message ==
              "invalid character U+001F at byte " + std::to_string(before) + " (line 1)");

        const std::string text =
            std::string(ascii).append("\n\xE2\x82\xAC\xC3\xAB\n").append(ascii).append("\xF0\x9F\x8F\x97");
        const auto good = decode_document(text);
        REQUIRE(std::holds_alternative<DecodedText>(good));
        const DecodedText& decoded = std::get<DecodedText>(good);
        CHECK(decoded.utf8 == text);
        CHECK(decoded.line_starts == std::vector<std::size_t>{0, before + 1, before + 7});
        CHECK(decoded.first_multibyte ==
              std::vector<std::uint32_t>{DecodedText::no_multibyte, static_cast<std::uint32_t>(before + 1),
                                         static_cast<std::uint32_t>(2 * before + 7)});
        CHECK_FALSE(decoded.below_combining_marks);  // the euro sign is U+20AC
    }
    const auto latin = decode_document("<a>Zoë Çelik</a>\n");
    REQUIRE(std::holds_alternative<DecodedText>(latin));
    CHECK(std::get<DecodedText>(latin).below_combining_marks);
    CHECK(std::get<DecodedText>(latin).line_starts == std::vector<std::size_t>{0, 19});
}

TEST_CASE("PositionCursor agrees with SourceText at every offset, asked for in any order") {
    const std::string text = "<a>\n  <b>Zoë Çelik</b><c d=\"€\"/>\r\n\n🏗 <e/></a>\n";
    const auto decoded = decode_document(text);
    REQUIRE(std::holds_alternative<DecodedText>(decoded));
    const DecodedText& lines = std::get<DecodedText>(decoded);
    const SourceText source("t.xml", text);
    REQUIRE(lines.line_starts.size() == source.line_count());

    std::vector<std::size_t> offsets(text.size() + 3);  // past the end as well
    for (std::size_t k = 0; k < offsets.size(); ++k) offsets[k] = k;
    PositionCursor forward(text, lines.line_starts, lines.first_multibyte);
    for (const std::size_t offset : offsets) CHECK(forward.at(offset) == source.position(offset));
    PositionCursor backward(text, lines.line_starts, lines.first_multibyte);
    for (auto offset = offsets.rbegin(); offset != offsets.rend(); ++offset) {
        CHECK(backward.at(*offset) == source.position(*offset));
    }
    std::mt19937 random(7);
    std::shuffle(offsets.begin(), offsets.end(), random);
    PositionCursor jumping(text, lines.line_starts, lines.first_multibyte);
    for (const std::size_t offset : offsets) CHECK(jumping.at(offset) == source.position(offset));
}

TEST_CASE("characters XML forbids") {
    std::string nul = with_bad_name(std::string_view("\0", 1));
    CHECK(load_error(nul) == at_byte(nul, std::string_view("\0", 1), "invalid character U+0000"));
    std::string control = with_bad_name("\x01");
    CHECK(load_error(control) == at_byte(control, "\x01", "invalid character U+0001"));
    std::string nonchar = with_bad_name("\xEF\xBF\xBE");
    CHECK(load_error(nonchar) == at_byte(nonchar, "\xEF\xBF\xBE", "invalid character U+FFFE"));
    // Tabs and carriage returns are fine.
    load_ok(replaced(sample_agreement(), "<name>Zoë de Vries</name>", "<name>Zoë\tde Vries</name>\r"));
}

TEST_CASE("UTF-16 without a byte order mark is refused") {
    std::string little = utf16(sample_agreement(), true).substr(2);
    CHECK(load_error(little) == "1:2: invalid character U+0000 at byte 1 (line 1); UTF-16 needs a byte order mark");
    std::string big = utf16(sample_agreement(), false).substr(2);
    CHECK(load_error(big) == "1:1: invalid character U+0000 at byte 0 (line 1); UTF-16 needs a byte order mark");
}

TEST_CASE("invalid UTF-16") {
    // An unpaired high surrogate in the name on line 14 ("    <name>Zo" is 12 units).
    std::string text = utf16(sample_agreement(), true);
    const std::string name = utf16("<name>Zoë", true).substr(2);
    const std::size_t at = text.find(name) + name.size() - 2;  // the "ë"
    text[at] = '\x00';
    text[at + 1] = '\xD8';
    CHECK(load_error(text) == "14:13: invalid UTF-16 at byte " + std::to_string(at) + " (line 14)");

    std::string nul = utf16(sample_agreement(), false);
    nul[at] = '\0';
    nul[at + 1] = '\0';
    CHECK(load_error(nul) == "14:13: invalid character U+0000 at byte " + std::to_string(at) + " (line 14)");

    const std::string odd = utf16("<a/>", true) + "x";
    CHECK(load_error(odd) == "1:5: invalid UTF-16 at byte 10 (line 1)");
}

TEST_CASE("documents larger than the limit are refused before anything else") {
    LoadLimits limits;
    limits.max_bytes = 2000;
    const std::vector<std::string> errors = load_errors(sample_agreement() + std::string("\xFF"), limits);
    CHECK(errors == std::vector<std::string>{"0:0: document is 2574 bytes; the limit is 2000 bytes"});
    limits.max_bytes = 2573;
    load_ok(sample_agreement(), limits);
}
