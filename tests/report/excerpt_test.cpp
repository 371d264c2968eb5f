#include "report/excerpt.hpp"

#include <doctest/doctest.h>

namespace drieluik {

TEST_CASE("excerpt takes the lines around a line that exist") {
    SourceText text("a.xml", "one\ntwo\nthree\nfour\nfive\n");
    auto lines = excerpt(text, 2, 2, 2);
    REQUIRE(lines.size() == 4);
    CHECK(lines.front().number == 1);
    CHECK(lines.front().text == "one");
    CHECK(lines.back().number == 4);
    CHECK(lines.back().text == "four");
    CHECK(excerpt(text, 5, 2, 2).back().text == "five");
    CHECK(excerpt(text, 0, 2, 2).empty());
    CHECK(excerpt(text, 99, 2, 2).empty());
}

TEST_CASE("columns count code points") {
    std::string_view line = "<naam>Zoë Ö</naam>";
    CHECK(column_offset(line, 1) == 0);
    CHECK(column_offset(line, 9) == 8);    // the ë is two bytes
    CHECK(column_offset(line, 10) == 10);
    CHECK(column_offset(line, 11) == 11);  // Ö
    CHECK(column_offset(line, 12) == 13);
    CHECK(column_offset(line, 100) == line.size());
}

}  // namespace drieluik
