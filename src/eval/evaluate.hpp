#pragma once
// Evaluating a compiled rule set on one loaded document. No parsing, no name lookups and
// no allocation per node visited; allocation happens only for findings. Safe to call
// from many threads at once with the same CompiledRuleSet.

#include "base/date.hpp"
#include "compile/ruleset.hpp"
#include "document/document.hpp"
#include "eval/finding.hpp"

#include <functional>
#include <string>

namespace drieluik {

struct EvalOptions {
    Language language = Language::nl;
    Date as_of;                 // the validation date (`today` in rules)
    std::string profile;        // empty: none; must be one of CompiledRuleSet::profiles()
    // For PROG-TEMPLATE: the file that `agreementTemplate/@href` names is resolved
    // against the directory of the document being evaluated (its SourceText name).
};

DocumentResult evaluate(const CompiledRuleSet& rules, const Document& document,
                        const EvalOptions& options);

}  // namespace drieluik
