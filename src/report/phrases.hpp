#pragma once
// Counts in words, with the plural forms of the report language (ICU plural rules through
// MessageTemplate):
// "3 documenten gecontroleerd: 2 fouten, 1 waarschuwing, 0 adviezen, 1 onleesbaar".

#include "base/language.hpp"
#include "report/run.hpp"

#include <string>

namespace drieluik {

// The last line of a text report: documents checked and what was found in them.
std::string run_summary_phrase(const RunSummary& summary, Language language);
// "2 fouten, 1 waarschuwing, 0 adviezen", then ", 1 regel niet te beoordelen" when a
// rule could not be decided.
std::string counts_phrase(const FindingCounts& counts, Language language);

}  // namespace drieluik
