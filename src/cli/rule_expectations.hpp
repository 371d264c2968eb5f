#pragma once
// The expectations a rule-set test document carries as processing instructions, and
// comparing them with what evaluating the document reported:
//
//   <?drieluik-as-of 2026-11-23?>                the validation date (default 2026-11-23)
//   <?drieluik-expect RULE-ID LINE:COLUMN?>      RULE-ID reports a finding there
//   <?drieluik-expect-none RULE-ID?>             RULE-ID reports no finding
//   <?drieluik-expect-undecided RULE-ID?>        RULE-ID is undecided
//
// For every rule a document expects findings of, the reported locations must be exactly
// the expected ones.

#include "base/date.hpp"
#include "base/diagnostic.hpp"
#include "base/source.hpp"
#include "eval/finding.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace drieluik::cli {

// The validation date of a test document that does not name one: fixed, so that the
// tests give the same result on any day.
Date default_test_date();

enum class ExpectationKind : std::uint8_t { finding, none, undecided };

struct Expectation {
    ExpectationKind kind = ExpectationKind::finding;
    std::string rule;
    Position at;        // kind finding: where the finding must be
    Position written;   // where the instruction is
};

struct TestInstructions {
    Date as_of = default_test_date();
    std::vector<Expectation> expectations;  // in document order
    std::vector<Diagnostic> problems;       // instructions that cannot be understood
};

// Reads the instructions of the (decoded) text of a test document.
TestInstructions read_test_instructions(const SourceText& text);

struct TestOutcome {
    std::size_t passed = 0;
    std::vector<Diagnostic> failures;  // one per failed check, sorted by position
};

// Checks every expectation against `result`. `known_rules` (sorted) are the rule set's
// ids: an expectation about another id fails.
TestOutcome check_expectations(const std::string& file, const TestInstructions& instructions,
                               const DocumentResult& result, const std::vector<std::string>& known_rules);

}  // namespace drieluik::cli
