#pragma once
// A hand-made run written in one format, as the report tests read it.

#include "report/report.hpp"

#include <sstream>
#include <string>

namespace drieluik::testing {

inline std::string render(const Run& run, ReportFormat format, const ReportOptions& options = {}) {
    std::ostringstream out;
    write_report(out, run, format, options);
    return out.str();
}

}  // namespace drieluik::testing
