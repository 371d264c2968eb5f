#pragma once
// Loading and evaluating documents in parallel with one compiled rule set. Each document
// is loaded and evaluated on its own; a document that cannot be read becomes an
// unreadable report and the others go on. Reports come back in input order, so that the
// output never depends on the number of threads.

#include "cli/document_inputs.hpp"
#include "cli/progress.hpp"
#include "compile/ruleset.hpp"
#include "document/loader.hpp"
#include "eval/evaluate.hpp"
#include "report/run.hpp"

#include <functional>
#include <string>
#include <vector>

namespace drieluik::cli {

struct ValidationSettings {
    const CompiledRuleSet* rules = nullptr;
    EvalOptions options;       // language, validation date, profile
    LoadLimits limits;
    unsigned jobs = 1;
    // Loads an agreement template that a programme application names (the path is
    // already resolved against the application's folder); null: from disk, with `limits`.
    std::function<LoadResult(const std::string& path)> load_template;
};

// `standard_input` holds what was read from `-`, if an input names it.
std::vector<DocumentReport> validate_documents(const std::vector<DocumentInput>& inputs,
                                               const std::string& standard_input,
                                               const ValidationSettings& settings, Progress& progress);

// One document from its bytes (already read) or, when `bytes` is null, from the file `name`.
DocumentReport validate_document(const std::string& name, const std::string* bytes,
                                 const ValidationSettings& settings);

}  // namespace drieluik::cli
