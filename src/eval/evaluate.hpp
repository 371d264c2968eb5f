#pragma once
// Evaluating a compiled rule set on one loaded document. No parsing, no name lookups and
// no allocation per node visited; allocation happens only for findings. Safe to call
// from many threads at once with the same CompiledRuleSet.

#include "base/date.hpp"
#include "compile/ruleset.hpp"
#include "document/document.hpp"
#include "document/loader.hpp"
#include "eval/finding.hpp"

#include <functional>
#include <string>

namespace drieluik {

struct EvalOptions {
    Language language = Language::nl;
    Date as_of;                 // the validation date (`today` in rules)
    std::string profile;        // empty: none; must be one of CompiledRuleSet::profiles()
    // For PROG-TEMPLATE: the file that `agreementTemplate/@href` names is resolved
    // against the directory of the document being evaluated (its SourceText name),
    // lexically normalised ("examples/programmes/../templates/x.xml" becomes
    // "examples/templates/x.xml"), and loaded with this function; empty: with
    // load_document_file. A LoadFailure means the template is unusable: without errors,
    // or with errors that have no position for a path that is not on disk, it does not
    // exist; otherwise its errors are the template's problems.
    std::function<LoadResult(const std::string& path)> load_template;
};

// Throws std::invalid_argument when options.profile is not a profile of `rules`.
DocumentResult evaluate(const CompiledRuleSet& rules, const Document& document,
                        const EvalOptions& options);

}  // namespace drieluik
