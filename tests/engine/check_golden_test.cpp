// Golden tests of the checker: every tests/engine/check/*.rules is loaded as the root of a
// rule set, and its diagnostics, rendered as `drieluik rules lint` shows them, must equal
// the .expected file beside it exactly. DRIELUIK_UPDATE_GOLDEN=1 rewrites the .expected
// files from the current output (review the change before keeping it).

#include "engine_support.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace drieluik::test {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// A line diff ("-" expected, "+" actual) by longest common subsequence.
std::string diff(const std::string& expected, const std::string& actual) {
    const auto a = lines_of(expected), b = lines_of(actual);
    std::vector<std::vector<std::size_t>> common(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    std::string out;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            out += "  " + a[i++] + "\n";
            ++j;
        } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
            out += "- " + a[i++] + "\n";
        } else {
            out += "+ " + b[j++] + "\n";
        }
    }
    return out;
}

}  // namespace

TEST_CASE("checker diagnostics match their golden files") {
    std::vector<std::filesystem::path> cases;
    for (const auto& entry : std::filesystem::directory_iterator("tests/engine/check"))
        if (entry.path().extension() == ".rules") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 10);
    const bool update = std::getenv("DRIELUIK_UPDATE_GOLDEN") != nullptr;
    for (const auto& path : cases) {
        CAPTURE(path.generic_string());
        const RuleSetLoad load = load_ruleset_with(disk_rule_files(), path.generic_string());
        const std::string actual = rendered(load);
        std::filesystem::path expected_path = path;
        expected_path.replace_extension(".expected");
        if (update) {
            std::ofstream(expected_path, std::ios::binary) << actual;
            continue;
        }
        const std::string expected = read_file(expected_path.generic_string());
        if (actual != expected) FAIL_CHECK("diagnostics differ (- expected, + actual):\n" << diff(expected, actual));
        const bool errors = std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                                        [](const Diagnostic& d) { return d.level == DiagnosticLevel::error; });
        CHECK((load.rules == nullptr) == errors);
    }
}

}  // namespace drieluik::test
