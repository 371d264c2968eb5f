#pragma once
// Problems found in input (a rule file, a document): values with a location and notes,
// ordered by location so that output never depends on the order of discovery.

#include "base/source.hpp"

#include <string>
#include <vector>

namespace drieluik {

enum class DiagnosticLevel : std::uint8_t { error, warning, note };

struct Diagnostic {
    DiagnosticLevel level = DiagnosticLevel::error;
    std::string file;        // as the user named it
    Position position;       // {0,0}: the whole file
    std::string message;     // one sentence, no trailing newline
    std::vector<std::string> notes;

    friend bool operator<(const Diagnostic& a, const Diagnostic& b);
};

// "file:line:column: error: message", then the source line and a caret under the
// column (when `source` holds that line), then "note: ..." lines.
std::string render(const Diagnostic& diagnostic, const SourceText* source);

}  // namespace drieluik
