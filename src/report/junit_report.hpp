#pragma once
// JUnit XML for CI servers: one testsuite per document, one testcase per rule that ran
// on it. A rule with findings fails (every finding in the failure's text as
// `file:line:column: severity[RULE-ID]: message`), an undecided rule is skipped, and an
// unreadable document is a testsuite with one errored testcase.

#include "report/report.hpp"

#include <memory>
#include <ostream>

namespace drieluik {

std::unique_ptr<ReportWriter> junit_report_writer(std::ostream& out, const RunInfo& info);

}  // namespace drieluik
