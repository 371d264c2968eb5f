#include "report/report.hpp"

#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/junit_report.hpp"
#include "report/sarif_report.hpp"
#include "report/text_report.hpp"

namespace drieluik {

DocumentPart ReportWriter::part(const DocumentReport& document, std::size_t index) const {
    DocumentPart part = render(document, index);
    part.tally = tally(document);
    return part;
}

void ReportWriter::add(DocumentPart part) {
    summary_.add(part.tally);
    write(part);
}

void ReportWriter::finish() {
    write_end(summary_);
}

std::unique_ptr<ReportWriter> make_report_writer(std::ostream& out, const RunInfo& info, ReportFormat format,
                                                 const ReportOptions& options) {
    switch (format) {
    case ReportFormat::text: return text_report_writer(out, info, TextOptions{.colour = options.colour});
    case ReportFormat::json: return json_report_writer(out, info);
    case ReportFormat::sarif: return sarif_report_writer(out, info, options.working_directory);
    case ReportFormat::junit: return junit_report_writer(out, info);
    case ReportFormat::html: return html_report_writer(out, info);
    }
    return text_report_writer(out, info, TextOptions{.colour = options.colour});
}

void write_report(std::ostream& out, const Run& run, ReportFormat format, const ReportOptions& options) {
    std::unique_ptr<ReportWriter> writer = make_report_writer(out, run, format, options);
    for (std::size_t index = 0; index < run.documents.size(); ++index) {
        writer->add(writer->part(run.documents[index], index));
    }
    writer->finish();
}

}  // namespace drieluik
