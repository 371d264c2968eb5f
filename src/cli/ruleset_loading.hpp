#pragma once
// The rule set a command works with: `--rules DIR`, or the one compiled into the program.

#include "compile/ruleset.hpp"

#include <ostream>
#include <string>

namespace drieluik::cli {

// `directory` empty: the built-in rule set.
RuleSetLoad load_rules(const std::string& directory);

// Every diagnostic of the load, rendered with its line and caret; returns the number of
// errors among them.
std::size_t print_diagnostics(std::ostream& out, const RuleSetLoad& load);

}  // namespace drieluik::cli
