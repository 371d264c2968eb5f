#pragma once
// The default report, written like a compiler's: per finding
// `file:line:column: severity[RULE-ID]: message`, the line of the document with a caret
// under the column, then its evidence and source as notes; unreadable documents as
// `error[unreadable]`, undecided rules as notes, a summary line per document and one for
// the run, in the run's language.

#include "report/run.hpp"

#include <ostream>

namespace drieluik {

struct TextOptions {
    bool colour = false;  // ANSI colours: only for a terminal that wants them
};

void write_text_report(std::ostream& out, const Run& run, const TextOptions& options);

}  // namespace drieluik
