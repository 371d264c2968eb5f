#include "report/report.hpp"

#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/junit_report.hpp"
#include "report/sarif_report.hpp"
#include "report/text_report.hpp"

namespace drieluik {

void write_report(std::ostream& out, const Run& run, ReportFormat format, const ReportOptions& options) {
    switch (format) {
    case ReportFormat::text: write_text_report(out, run, TextOptions{.colour = options.colour}); return;
    case ReportFormat::json: write_json_report(out, run); return;
    case ReportFormat::sarif: write_sarif_report(out, run, options.working_directory); return;
    case ReportFormat::junit: write_junit_report(out, run); return;
    case ReportFormat::html: write_html_report(out, run); return;
    }
}

}  // namespace drieluik
