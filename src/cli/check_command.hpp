#pragma once
// `drieluik check`: validates documents and writes the report.

#include "base/language.hpp"
#include "eval/finding.hpp"
#include "report/report.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace drieluik::cli {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string rules;                 // empty: the built-in rule set
    std::string profile;               // empty: none
    ReportFormat format = ReportFormat::text;
    std::string output;                // empty: standard output
    Language language = Language::nl;
    Severity fail_on = Severity::error;
    std::string as_of;                 // YYYY-MM-DD (checked by the parser); empty: today
    unsigned jobs = 1;
    std::size_t max_bytes = 0;
    std::size_t max_depth = 0;
};

// Returns the exit status; throws UsageError for a profile the rule set does not have.
int run_check(const CheckOptions& options);

}  // namespace drieluik::cli
