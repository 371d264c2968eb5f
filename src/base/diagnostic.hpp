#pragma once
// Problems found in input (a rule file, a document): values with a location and notes,
// ordered by location so that output never depends on the order of discovery.

#include "base/source.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

enum class DiagnosticLevel : std::uint8_t { error, warning, note };

std::string_view to_string(DiagnosticLevel level);  // "error", "warning", "note"

struct Diagnostic {
    DiagnosticLevel level = DiagnosticLevel::error;
    std::string file;        // as the user named it
    Position position;       // {0,0}: the whole file
    std::string message;     // one sentence, no trailing newline
    std::vector<std::string> notes;

    // By file, then line, then column, then message.
    friend bool operator<(const Diagnostic& a, const Diagnostic& b);
};

// The diagnostic as text, every line ending in '\n':
//
//   rules/wage.rules:2:11: error: unknown name 'salaris'
//     let x = salaris + 1
//             ^
//     note: did you mean 'salary'?
//
// 1. "file:line:column: level: message", level being error, warning or note. Without a
//    position ({0,0}) the ":line:column" part is left out ("file: error: message"); with
//    an empty file name the file and its colon are left out ("3:14: error: message",
//    "error: message").
// 2. Only when `source` is given, the position is not {0,0} and `source` has that line:
//    the line exactly as written (tabs kept, without its line break), then a caret line:
//    for each code point of the line before the column a tab where the line has a tab
//    and a space otherwise, then '^' (just after the line for a column past its end).
// 3. Each note as two spaces, "note: " and the note.
std::string render(const Diagnostic& diagnostic, const SourceText* source);

// Blanks that put a caret under `column` (in code points) of `line`, keeping the line's
// tabs so that the caret lines up whatever the tab width of the terminal. A column past
// the end of the line puts the caret just after the line.
std::string caret_indentation(std::string_view line, std::uint32_t column);

}  // namespace drieluik
