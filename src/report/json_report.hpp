#pragma once
// The JSON report of the command-line contract (schemas/report.schema.json): keys in the
// contract's order, findings and documents in the run's order, so that the same run gives
// byte-identical output; indented by two spaces, with a final line break.

#include "report/report.hpp"

#include <memory>
#include <ostream>

namespace drieluik {

std::unique_ptr<ReportWriter> json_report_writer(std::ostream& out, const RunInfo& info);

}  // namespace drieluik
