#pragma once
// One self-contained HTML page (inline CSS, no scripts, no external assets) for legal
// staff: a summary table of the documents, then per document its findings grouped by
// severity, each with message, evidence, source and the lines of the document around the
// location; undecided rules and unreadable documents as well. Labels in the run's
// language; printable.

#include "report/run.hpp"

#include <ostream>

namespace drieluik {

void write_html_report(std::ostream& out, const Run& run);

}  // namespace drieluik
