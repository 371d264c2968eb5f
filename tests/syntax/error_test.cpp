// Golden syntax errors: each tests/syntax/errors/NAME.rules is parsed and its rendered
// diagnostics must equal NAME.expected byte for byte. With DRIELUIK_UPDATE_GOLDEN=1 in
// the environment the test writes the .expected files instead (review them with git diff).

#include "syntax_test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

using drieluik::syntax::test::diagnostics_of;
using drieluik::syntax::test::read_file;

namespace {

const std::filesystem::path errors_folder = "tests/syntax/errors";

std::vector<std::filesystem::path> error_cases() {
    std::vector<std::filesystem::path> cases;
    for (const auto& entry : std::filesystem::directory_iterator(errors_folder)) {
        if (entry.path().extension() == ".rules") cases.push_back(entry.path());
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Both texts, then the first line where they differ, so a failure shows what changed.
std::string difference(const std::string& expected, const std::string& actual) {
    const auto want = lines_of(expected);
    const auto got = lines_of(actual);
    std::size_t line = 0;
    while (line < want.size() && line < got.size() && want[line] == got[line]) ++line;
    std::ostringstream out;
    out << "\n--- expected\n" << expected << "\n+++ actual\n" << actual << "\n";
    out << "first difference at line " << line + 1 << ":\n";
    out << "- " << (line < want.size() ? want[line] : "(end)") << "\n";
    out << "+ " << (line < got.size() ? got[line] : "(end)") << "\n";
    return out.str();
}

}  // namespace

TEST_CASE("golden syntax errors") {
    const auto cases = error_cases();
    REQUIRE(cases.size() >= 8);
    const bool update = std::getenv("DRIELUIK_UPDATE_GOLDEN") != nullptr;
    for (const auto& rules : cases) {
        const std::string name = rules.generic_string();
        CAPTURE(name);
        const auto parsed = drieluik::syntax::parse_rules(name, read_file(name));
        const std::string actual = diagnostics_of(parsed);
        auto expected_path = rules;
        expected_path.replace_extension(".expected");
        if (update) {
            std::ofstream(expected_path, std::ios::binary) << actual;
            continue;
        }
        CHECK_MESSAGE(!parsed.diagnostics.empty(), name << " has no syntax error");
        const std::string expected = read_file(expected_path.generic_string());
        CHECK_MESSAGE(actual == expected, difference(expected, actual));
    }
}
