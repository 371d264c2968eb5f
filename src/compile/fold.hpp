#pragma once
// Constant folding: a node whose operands are all constants is computed once, when the
// plan is built, by the same operations the evaluator uses.

#include "compile/plan.hpp"

#include <optional>

namespace drieluik {

// The value of plan node `index` when it can be computed without a document.
std::optional<check::Datum> fold(const Plan& plan, std::uint32_t index);

}  // namespace drieluik
