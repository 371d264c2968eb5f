#pragma once
// template_problems(href, [RULE-ID, ...]): the problems of the agreement template that a
// programme application references, found by loading it (relative to the application)
// and evaluating the whole rule set on it.

#include "check/ir.hpp"
#include "document/document.hpp"
#include "eval/evaluate.hpp"
#include "eval/problem.hpp"

#include <vector>

namespace drieluik::evaluation {

// `href` is the text value read from the application; `excluded[i]`: rule i of `rules`
// does not count.
std::vector<Problem> find_template_problems(const CompiledRuleSet& rules, const Document& application,
                                            const EvalOptions& options, const check::Datum& href,
                                            const std::vector<bool>& excluded);

}  // namespace drieluik::evaluation
