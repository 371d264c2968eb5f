#pragma once
// Type checking a rule set: from the parsed files (the root file first, then what it
// imports) to declarations with typed, resolved expressions, and every problem found on
// the way. Checking never stops at the first problem.

#include "base/diagnostic.hpp"
#include "check/checked.hpp"
#include "syntax/parser.hpp"

#include <span>
#include <vector>

namespace drieluik::check {

struct CheckOutcome {
    CheckedRuleSet rules;                 // refers into the parsed files: keep them alive
    std::vector<Diagnostic> diagnostics;  // errors and warnings, sorted, without duplicates
    bool has_errors = false;
};

CheckOutcome check_rule_set(std::span<const syntax::ParsedFile* const> files);

}  // namespace drieluik::check
