#pragma once
// JUnit XML for CI servers: one testsuite per document, one testcase per rule that ran
// on it. A rule with findings fails (every finding in the failure's text as
// `file:line:column: severity[RULE-ID]: message`), an undecided rule is skipped, and an
// unreadable document is a testsuite with one errored testcase.

#include "report/run.hpp"

#include <ostream>

namespace drieluik {

void write_junit_report(std::ostream& out, const Run& run);

}  // namespace drieluik
