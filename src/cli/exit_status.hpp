#pragma once
// The exit statuses of the command-line contract.

namespace drieluik::cli {

enum ExitStatus : int {
    exit_ok = 0,        // every document read, no finding at or above --fail-on; a command succeeded
    exit_findings = 1,  // a finding at or above --fail-on
    exit_failure = 2,   // usage error, broken rule set, unreadable document, failed rule test
};

}  // namespace drieluik::cli
