#pragma once
// Writing a report in the format the user asked for, while documents are being checked:
// a report never holds more than the document in hand, so memory stays the same whatever
// the number of documents. The run's header is written first, then each document's part
// in report order as soon as it is there, then the summary.
//
// Rendering a document's part is the costly step and is thread-safe, so that it runs on
// the thread that checked the document; adding parts and finishing happen on one thread.

#include "report/run.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

namespace drieluik {

enum class ReportFormat : std::uint8_t { text, json, sarif, junit, html };

struct ReportOptions {
    bool colour = false;                        // text only: ANSI colours
    std::filesystem::path working_directory;    // sarif only: artifact URIs are relative to it
};

// One document's share of a report, rendered.
struct DocumentPart {
    std::string text;     // its place in the report's main flow
    std::string aside;    // its place elsewhere: HTML's overview row, SARIF's notifications
    // Figures of the format's own that the end of the report adds up (JUnit: tests,
    // failures, errors, skipped).
    std::array<std::size_t, 4> figures{};
    DocumentTally tally;
};

class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    // `document`'s part of the report; `index` is its place in the report, from 0. Safe
    // to call from many threads at once.
    DocumentPart part(const DocumentReport& document, std::size_t index) const;
    // Writes the next document's part.
    void add(DocumentPart part);
    // Writes the end of the report. Nothing may be added afterwards.
    void finish();

    const RunSummary& summary() const { return summary_; }

protected:
    ReportWriter() = default;

private:
    virtual DocumentPart render(const DocumentReport& document, std::size_t index) const = 0;
    virtual void write(DocumentPart& part) = 0;
    virtual void write_end(const RunSummary& summary) = 0;

    RunSummary summary_;
};

// A writer to `out`, which must outlive it, as must `info`. It writes the report's header at once.
std::unique_ptr<ReportWriter> make_report_writer(std::ostream& out, const RunInfo& info, ReportFormat format,
                                                 const ReportOptions& options);

// A whole run at once.
void write_report(std::ostream& out, const Run& run, ReportFormat format, const ReportOptions& options);

}  // namespace drieluik
