#pragma once
// The JSON report of the command-line contract (schemas/report.schema.json): keys in the
// contract's order, findings and documents in the run's order, so that the same run gives
// byte-identical output.

#include "report/run.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace drieluik {

nlohmann::ordered_json json_report(const Run& run);
// The report indented by two spaces, with a final line break.
void write_json_report(std::ostream& out, const Run& run);

}  // namespace drieluik
