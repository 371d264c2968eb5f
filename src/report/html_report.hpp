#pragma once
// One self-contained HTML page (inline CSS, no scripts, no external assets) for legal
// staff: a summary table of the documents, then per document its findings grouped by
// severity, each with message, evidence, source and the lines of the document around the
// location; undecided rules and unreadable documents as well. Labels in the run's
// language; printable.

#include "report/report.hpp"

#include <memory>
#include <ostream>

namespace drieluik {

std::unique_ptr<ReportWriter> html_report_writer(std::ostream& out, const RunInfo& info);

}  // namespace drieluik
