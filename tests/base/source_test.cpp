#include "base/source.hpp"

#include <doctest/doctest.h>

#include <string>

using drieluik::Position;
using drieluik::SourceText;

namespace {

std::string text_of(Position position) {
    return std::to_string(position.line) + ":" + std::to_string(position.column);
}

}  // namespace

TEST_CASE("lines and columns of plain ASCII") {
    const SourceText source("a.rules", "ab\ncd\n\nef");
    CHECK(source.name() == "a.rules");
    CHECK(source.line_count() == 4);
    CHECK(text_of(source.position(0)) == "1:1");
    CHECK(text_of(source.position(1)) == "1:2");
    CHECK(text_of(source.position(2)) == "1:3");  // the line break
    CHECK(text_of(source.position(3)) == "2:1");
    CHECK(text_of(source.position(6)) == "3:1");
    CHECK(text_of(source.position(7)) == "4:1");
    CHECK(text_of(source.position(8)) == "4:2");
    CHECK(text_of(source.position(9)) == "4:3");    // end of text
    CHECK(text_of(source.position(999)) == "4:3");  // clamped to the end
    CHECK(source.line(1) == "ab");
    CHECK(source.line(2) == "cd");
    CHECK(source.line(3) == "");
    CHECK(source.line(4) == "ef");
    CHECK(source.line(5) == "");
    CHECK(source.line(0) == "");
}

TEST_CASE("columns count code points, not bytes") {
    const std::string text = "naam = \"Zoë Çelik\" x\n\xF0\x9F\x98\x80 y";  // U+1F600 is 4 bytes
    const SourceText source("s", text);
    // "naam = \"Zo" is 10 bytes; ë and Ç take 2 bytes each.
    CHECK(text_of(source.position(text.find("ë"))) == "1:11");
    CHECK(text_of(source.position(text.find("Ç"))) == "1:13");
    CHECK(text_of(source.position(text.find("elik"))) == "1:14");
    CHECK(text_of(source.position(text.find(" x"))) == "1:19");
    CHECK(text_of(source.position(text.find('x'))) == "1:20");
    CHECK(text_of(source.position(text.find(" y"))) == "2:2");
    CHECK(text_of(source.position(text.find('y'))) == "2:3");
}

TEST_CASE("CRLF line breaks") {
    const SourceText source("w", "one\r\ntwo\r\n\r\nlast\r");
    CHECK(source.line_count() == 4);
    CHECK(source.line(1) == "one");
    CHECK(source.line(2) == "two");
    CHECK(source.line(3) == "");
    CHECK(source.line(4) == "last\r");  // a lone '\r' without '\n' is text
    CHECK(text_of(source.position(5)) == "2:1");
    CHECK(text_of(source.position(7)) == "2:3");
    CHECK(text_of(source.position(12)) == "4:1");
}

TEST_CASE("empty and trailing-newline texts") {
    const SourceText empty;
    CHECK(empty.line_count() == 1);
    CHECK(text_of(empty.position(0)) == "1:1");
    CHECK(empty.line(1) == "");
    const SourceText terminated("t", "x\n");
    CHECK(terminated.line_count() == 2);
    CHECK(text_of(terminated.position(2)) == "2:1");
    CHECK(terminated.line(1) == "x");
    CHECK(terminated.line(2) == "");
}

TEST_CASE("many lines: positions agree with a straightforward count") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += std::string(static_cast<std::size_t>(i % 7), 'x') + "é\n";
    const SourceText source("big", text);
    CHECK(source.line_count() == 2001);
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    for (std::size_t offset = 0; offset < text.size(); ++offset) {
        const auto byte = static_cast<unsigned char>(text[offset]);
        if ((byte & 0xC0U) == 0x80U) continue;  // positions are asked at code point starts
        REQUIRE(source.position(offset) == Position{line, column});
        if (text[offset] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    CHECK(source.line(1000) == "xxxxxé");  // i = 999, 999 % 7 = 5
}
