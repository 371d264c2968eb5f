#pragma once
// Compiling a checked rule set into its evaluation plan (plan.hpp).

#include "check/checked.hpp"
#include "compile/ruleset.hpp"

namespace drieluik {

// The checked rule set must come from a check without errors; the parsed files it refers
// to are needed only during this call.
CompiledRuleSet compile_rule_set(check::CheckedRuleSet&& checked);

}  // namespace drieluik
