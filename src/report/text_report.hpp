#pragma once
// The default report, written like a compiler's: per finding
// `file:line:column: severity[RULE-ID]: message`, the line of the document with a caret
// under the column, then its evidence and source as notes; unreadable documents as
// `error[unreadable]`, undecided rules as notes, a summary line per document and one for
// the run, in the run's language.

#include "report/report.hpp"

#include <memory>
#include <ostream>

namespace drieluik {

struct TextOptions {
    bool colour = false;  // ANSI colours: only for a terminal that wants them
};

std::unique_ptr<ReportWriter> text_report_writer(std::ostream& out, const RunInfo& info, const TextOptions& options);

}  // namespace drieluik
