#pragma once
// Writing a run in the format the user asked for.

#include "report/run.hpp"

#include <filesystem>
#include <ostream>
#include <string_view>

namespace drieluik {

enum class ReportFormat : std::uint8_t { text, json, sarif, junit, html };

struct ReportOptions {
    bool colour = false;                        // text only: ANSI colours
    std::filesystem::path working_directory;    // sarif only: artifact URIs are relative to it
};

void write_report(std::ostream& out, const Run& run, ReportFormat format, const ReportOptions& options);

}  // namespace drieluik
