#pragma once
// `drieluik rules lint` and `drieluik rules test`.

#include <string>

namespace drieluik::cli {

// Parses and type-checks the rule set (`directory` empty: the built-in one) and prints
// every diagnostic; 0 when there is no error (warnings allowed), 2 otherwise.
int run_rules_lint(const std::string& directory);

// Runs the rule set's own tests (every *.xml under <directory>/tests, or the built-in
// ones); prints each failure, the coverage and `N passed, N failed`; 0 when none failed.
int run_rules_test(const std::string& directory);

}  // namespace drieluik::cli
