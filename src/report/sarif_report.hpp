#pragma once
// SARIF 2.1.0 for code-scanning services: every rule of the set in tool.driver.rules (id,
// titles, explanation and source as help, default level, category), one result per
// finding with its physical location (columns in code points) and the element's path as
// its logical location. A document that could not be read was not analysed at all, so it
// is no result but a tool execution notification ("unreadable") with the problem's
// location, and the invocation is then not successful.

#include "report/report.hpp"

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace drieluik {

// `working_directory` is what artifact URIs are made relative to.
std::unique_ptr<ReportWriter> sarif_report_writer(std::ostream& out, const RunInfo& info,
                                                  const std::filesystem::path& working_directory);

// A file name as a SARIF artifact URI: relative to `working_directory` when it lies
// inside it (forward slashes, percent-encoded as a URI reference), otherwise a file: URI.
std::string artifact_uri(std::string_view file, const std::filesystem::path& working_directory);

}  // namespace drieluik
