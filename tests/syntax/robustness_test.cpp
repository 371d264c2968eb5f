// No input crashes the parser, overflows its stack or the tree's, or stops it from
// reporting every error: nesting limits, long chains, recovery, arbitrary bytes.

#include "syntax_test_support.hpp"

#include <doctest/doctest.h>

#include <random>

using drieluik::syntax::test::diagnostics_of;
using drieluik::syntax::test::expression;
using drieluik::syntax::test::only_error;

namespace {

std::string repeat(std::string_view text, std::size_t times) {
    std::string out;
    out.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += text;
    return out;
}

const std::string too_deep = "the expression is nested too deeply (the limit is 128 levels)";

}  // namespace

TEST_CASE("nesting up to the limit parses") {
    CHECK(expression(repeat("(", 127) + "a" + repeat(")", 127)) == "a");
    CHECK(expression(repeat("-", 127) + "a") == repeat("(- ", 127) + "a" + repeat(")", 127));
    CHECK(expression(repeat("f(", 127) + "a" + repeat(")", 127)) ==
          repeat("(call f ", 127) + "a" + repeat(")", 127));
}

TEST_CASE("nesting beyond the limit is one clear error, however deep") {
    CHECK(only_error("define x = " + repeat("(", 100000)) == "1:140: " + too_deep);
    CHECK(only_error("define x = " + repeat("(", 128) + "a" + repeat(")", 128)) ==
          "1:140: " + too_deep);
    CHECK(only_error("define x = " + repeat("not ", 100000) + "a") == "1:524: " + too_deep);
    CHECK(only_error("define x = " + repeat("-", 100000) + "a") == "1:140: " + too_deep);
    CHECK(only_error("define x = " + repeat("[", 100000)) == "1:140: " + too_deep);
    CHECK(only_error("define x = " + repeat("if ", 100000)) == "1:396: " + too_deep);
    CHECK(only_error("define x = " + repeat("every x in xs: ", 100000)) == "1:1932: " + too_deep);
    CHECK(only_error("define x = " + repeat("count x in (", 100000)) == "1:1548: " + too_deep);
}

TEST_CASE("long operator chains are bounded like nesting") {
    CHECK(expression("a" + repeat(" + a", 127)).starts_with(repeat("(+ ", 127) + "a a)"));
    CHECK(only_error("define x = a" + repeat(" + a", 100000)) == "1:522: " + too_deep);
    CHECK(only_error("define x = a" + repeat(" or a", 100000)) == "1:649: " + too_deep);
    CHECK(only_error("define x = a" + repeat(".a", 100000)) == "1:267: " + too_deep);
    CHECK(only_error("define x = " + repeat("(a + ", 100) + "a" + repeat(") + a", 100)) ==
          "1:190: " + too_deep);
}

TEST_CASE("after an error the parser goes on at the next top-level keyword") {
    const auto parsed = drieluik::syntax::parse_rules("t.rules",
                                                      "define a = 1 +\n"
                                                      "  oops )\n"
                                                      "define b = 2\n"
                                                      "table t by date: money\n"
                                                      "  from 2025-01-01: € 1.00\n"
                                                      "define c = (\n"
                                                      "   define d = 4\n"
                                                      "profile p end\n");
    REQUIRE(parsed.diagnostics.size() == 3);
    CHECK(parsed.diagnostics[0].position == drieluik::Position{2, 8});
    CHECK(parsed.diagnostics[0].message ==
          "expected a declaration (rule, define, function, table, profile, import or ruleset) "
          "but found \")\"");
    CHECK(parsed.diagnostics[1].position == drieluik::Position{6, 1});
    CHECK(parsed.diagnostics[1].message == "expected \"end\" but found \"define\"");
    // "define" is no reserved word: here it is read as a name inside the parentheses.
    CHECK(parsed.diagnostics[2].position == drieluik::Position{7, 11});
    CHECK(parsed.diagnostics[2].message == "expected \")\" but found \"d\"");
    CHECK(drieluik::syntax::print(parsed.file) ==
          "(define a (+ 1 oops))\n(define b 2)\n(profile p)\n");
}

TEST_CASE("an error in the middle of a line skips to the next line that starts an item") {
    const auto parsed = drieluik::syntax::parse_rules(
        "t.rules",
        "define a = ) define b = 1\n  define c = 2\ndefine d = ( define e = 3\ndefine f = 4");
    REQUIRE(parsed.diagnostics.size() == 2);
    CHECK(parsed.diagnostics[0].position == drieluik::Position{1, 12});
    CHECK(parsed.diagnostics[1].position == drieluik::Position{3, 21});
    CHECK(drieluik::syntax::print(parsed.file) == "(define c 2)\n(define f 4)\n");
}

TEST_CASE("invalid UTF-8 is one error at its byte offset") {
    CHECK(only_error("define x = \"ok\"\ndefine y = \"\xC3\x28\"") ==
          "2:13: the file is not valid UTF-8: byte 0xC3 at offset 28 does not start a character");
    CHECK(only_error("\xEF\xBB\xBF\xFF") ==
          "1:1: the file is not valid UTF-8: byte 0xFF at offset 3 does not start a character");
    CHECK(only_error("define x = \"\xED\xA0\x80\"") ==
          "1:13: the file is not valid UTF-8: byte 0xED at offset 12 does not start a character");
    // Valid characters of two bytes, long runs of ASCII, then a euro sign cut short.
    CHECK(only_error("define x = \"Zo\xC3\xAB en \xC3\x87" "elik, met een lange naam \xE2\x82\"") ==
          "1:46: the file is not valid UTF-8: byte 0xE2 at offset 47 does not start a character");
    const auto parsed = drieluik::syntax::parse_rules("t.rules", "a\xFF" "b\xC0\xAF" "c");
    CHECK(parsed.source.text() == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c");
}

TEST_CASE("characters that start no token") {
    CHECK(only_error("define x = a @ b") ==
          "1:14: expected a declaration (rule, define, function, table, profile, import or "
          "ruleset) but found \"@\"");
    CHECK(only_error("define x = ≤") == "1:12: expected an expression but found \"≤\"");
    CHECK(only_error(std::string("define x = \x01")) ==
          "1:12: expected an expression but found the control character U+0001");
    CHECK(only_error(std::string("define x = a\0b", 14)) ==
          "1:13: expected a declaration (rule, define, function, table, profile, import or "
          "ruleset) but found the control character U+0000");
    CHECK(only_error("define x = y" + repeat("z", 100) + " )") ==
          "1:114: expected a declaration (rule, define, function, table, profile, import or "
          "ruleset) but found \")\"");
    CHECK(only_error("rule " + repeat("x", 100)) ==
          "1:6: expected a rule id such as DUR-PROBATION but found \"" + repeat("x", 40) + "...\"");
}

TEST_CASE("arbitrary bytes and fragments never crash the parser") {
    const std::vector<std::string> fragments = {
        "rule", "R-1", "severity", "error", "category", "source", "\"s\"", "title", "nl", "en",
        "explain", "applies", "to", "agreement", "for", "each", "let", "when", "require", "at",
        "message", "with", "define", "function", "table", "by", "date", "from", "end", "profile",
        "off", "import", "ruleset", "version", "if", "then", "else", "every", "some", "count",
        "sum", "find", "where", "in", "not", "and", "or", "otherwise", "(", ")", "[", "]", ",",
        ":", "=", "<=", ".", "..", "-", "+", "*", "/", "€", "1", "2.5", "30%", "2025-01-01",
        "x", "y.z", "day", "\n", "#c\n", "\"", "\\", "\xC3", "\xFF", "EUR", "%"};
    std::mt19937 random(20251123);
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 60);
        for (int i = 0; i < length; ++i) {
            if (random() % 8 == 0) {
                text += static_cast<char>(random() % 256);
            } else {
                text += fragments[random() % fragments.size()];
            }
            text += random() % 3 == 0 ? "" : " ";
        }
        CAPTURE(text);
        const auto parsed = drieluik::syntax::parse_rules("fuzz.rules", text);
        // Every error points into the file, and every node's range lies within it.
        for (const auto& diagnostic : parsed.diagnostics) {
            CHECK(diagnostic.position.line >= 1);
            CHECK(diagnostic.position.line <= parsed.source.line_count());
            CHECK(diagnostic.position.column >= 1);
        }
        for (const auto& [first, last] : parsed.ranges) {
            CHECK(first <= last);
            CHECK(last <= parsed.source.text().size());
        }
        drieluik::syntax::print(parsed.file);
        diagnostics_of(parsed);
    }
}

TEST_CASE("nested domains are parsed once, not once per way they could be read") {
    const std::string text = "define x = " + repeat("count a in (", 120) + "b" + repeat(")", 120);
    const auto parsed = drieluik::syntax::parse_rules("t.rules", text);
    CHECK(parsed.diagnostics.empty());
    CHECK(drieluik::syntax::print(parsed.file).starts_with("(define x (count a (count a"));
}
