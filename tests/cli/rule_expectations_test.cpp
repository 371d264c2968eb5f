#include "cli/rule_expectations.hpp"

#include <doctest/doctest.h>

namespace drieluik::cli {

namespace {

const std::vector<std::string> known = {"DUR-NOMINAL", "SAL-MINIMUM", "SAL-MINIMUM-DURING"};

Finding finding_at(std::string rule, Position position) {
    Finding finding;
    finding.rule = std::move(rule);
    finding.position = position;
    finding.message = "m";
    return finding;
}

std::vector<std::string> messages(const TestOutcome& outcome) {
    std::vector<std::string> result;
    for (const Diagnostic& failure : outcome.failures) {
        result.push_back(std::to_string(failure.position.line) + ":" + std::to_string(failure.position.column) + " " +
                         failure.message);
    }
    return result;
}

}  // namespace

TEST_CASE("test instructions are read with their positions") {
    SourceText text("t.xml",
                    "<?xml version=\"1.0\"?>\n"
                    "<?drieluik-as-of 2025-01-31?>\n"
                    "<?drieluik-expect SAL-MINIMUM 44:5?>\n"
                    "<agreement xmlns=\"urn:drieluik:agreement:1\">\n"
                    "  <?drieluik-expect-none DUR-NOMINAL?><?drieluik-expect-undecided SAL-MINIMUM-DURING?>\n"
                    "  <!-- <?drieluik-expect DUR-NOMINAL 1:1?> is a comment -->\n"
                    "  <?other-tool whatever?>\n"
                    "</agreement>\n");
    TestInstructions instructions = read_test_instructions(text);
    CHECK(instructions.as_of == *Date::parse("2025-01-31"));
    CHECK(instructions.problems.empty());
    REQUIRE(instructions.expectations.size() == 3);
    CHECK(instructions.expectations[0].kind == ExpectationKind::finding);
    CHECK(instructions.expectations[0].rule == "SAL-MINIMUM");
    CHECK(instructions.expectations[0].at == Position{44, 5});
    CHECK(instructions.expectations[0].written == Position{3, 1});
    CHECK(instructions.expectations[1].kind == ExpectationKind::none);
    CHECK(instructions.expectations[1].written == Position{5, 3});
    CHECK(instructions.expectations[2].kind == ExpectationKind::undecided);
    CHECK(instructions.expectations[2].rule == "SAL-MINIMUM-DURING");
    CHECK(instructions.expectations[2].written == Position{5, 39});
}

TEST_CASE("the validation date of a test defaults to 2026-11-23") {
    TestInstructions instructions = read_test_instructions(SourceText("t.xml", "<a/>"));
    CHECK(instructions.as_of == *Date::parse("2026-11-23"));
    CHECK(instructions.expectations.empty());
}

TEST_CASE("malformed test instructions are problems") {
    SourceText text("t.xml",
                    "<?drieluik-as-of 2025-02-30?>\n"
                    "<?drieluik-expect SAL-MINIMUM?>\n"
                    "<?drieluik-expect SAL-MINIMUM 4:0?>\n"
                    "<?drieluik-expect-none?>\n"
                    "<?drieluik-expects SAL-MINIMUM 1:1?>\n"
                    "<a/>\n");
    TestInstructions instructions = read_test_instructions(text);
    CHECK(instructions.expectations.empty());
    REQUIRE(instructions.problems.size() == 5);
    CHECK(instructions.problems[0].message == "<?drieluik-as-of 2025-02-30?>: expected one date YYYY-MM-DD");
    CHECK(instructions.problems[0].position == Position{1, 1});
    CHECK(instructions.problems[1].message ==
          "<?drieluik-expect SAL-MINIMUM?>: expected a rule id and LINE:COLUMN");
    CHECK(instructions.problems[2].message ==
          "<?drieluik-expect SAL-MINIMUM 4:0?>: expected a rule id and LINE:COLUMN");
    CHECK(instructions.problems[3].message == "<?drieluik-expect-none ?>: expected one rule id");
    CHECK(instructions.problems[4].message ==
          "unknown test instruction <?drieluik-expects?>; known are drieluik-as-of, drieluik-expect, "
          "drieluik-expect-none and drieluik-expect-undecided");
    CHECK(instructions.problems[4].position == Position{5, 1});
}

TEST_CASE("expected findings must be exactly the reported ones") {
    TestInstructions instructions;
    instructions.expectations = {
        {ExpectationKind::finding, "SAL-MINIMUM", {44, 5}, {2, 1}},
        {ExpectationKind::finding, "SAL-MINIMUM", {50, 5}, {3, 1}},
        {ExpectationKind::none, "DUR-NOMINAL", {}, {4, 1}},
    };
    DocumentResult result;
    result.findings = {finding_at("SAL-MINIMUM", {44, 5}), finding_at("SAL-MINIMUM", {60, 7}),
                       finding_at("SAL-MINIMUM-DURING", {1, 1})};
    TestOutcome outcome = check_expectations("t.xml", instructions, result, known);
    CHECK(outcome.passed == 2);
    CHECK(messages(outcome) == std::vector<std::string>{
                                   "3:1 expected SAL-MINIMUM at 50:5, but it reported at 44:5, 60:7",
                                   "60:7 SAL-MINIMUM reported a finding here that no <?drieluik-expect?> names: m",
                               });
    CHECK(outcome.failures[0].file == "t.xml");
}

TEST_CASE("expect-none and expect-undecided") {
    TestInstructions instructions;
    instructions.expectations = {
        {ExpectationKind::none, "DUR-NOMINAL", {}, {2, 1}},
        {ExpectationKind::undecided, "SAL-MINIMUM", {}, {3, 1}},
        {ExpectationKind::undecided, "SAL-MINIMUM-DURING", {}, {4, 1}},
    };
    DocumentResult result;
    result.findings = {finding_at("DUR-NOMINAL", {9, 3})};
    result.undecided = {{"SAL-MINIMUM", "no table row", {}}};
    TestOutcome outcome = check_expectations("t.xml", instructions, result, known);
    CHECK(outcome.passed == 1);
    CHECK(messages(outcome) ==
          std::vector<std::string>{
              "2:1 expected no finding of DUR-NOMINAL, but it reported at 9:3: m",
              "4:1 expected SAL-MINIMUM-DURING to be undecided, but it was decided without a finding",
          });
}

TEST_CASE("expectations about unknown rules or contradicting each other fail") {
    TestInstructions instructions;
    instructions.expectations = {
        {ExpectationKind::finding, "SAL-MINIMUN", {4, 4}, {2, 1}},
        {ExpectationKind::finding, "DUR-NOMINAL", {4, 4}, {3, 1}},
        {ExpectationKind::none, "DUR-NOMINAL", {}, {5, 1}},
    };
    DocumentResult result;
    TestOutcome outcome = check_expectations("t.xml", instructions, result, known);
    CHECK(outcome.passed == 1);
    CHECK(messages(outcome) == std::vector<std::string>{
                                   "2:1 SAL-MINIMUN is not a rule of the rule set",
                                   "3:1 DUR-NOMINAL is expected both to report and to report nothing",
                               });
}

}  // namespace drieluik::cli
