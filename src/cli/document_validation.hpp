#pragma once
// Loading and evaluating documents in parallel with one compiled rule set. Each document
// is loaded and evaluated on its own; a document that cannot be read becomes an
// unreadable report and the others go on. What is made of the reports comes back in input
// order, so that the output never depends on the number of threads.

#include "cli/document_inputs.hpp"
#include "cli/progress.hpp"
#include "compile/ruleset.hpp"
#include "document/loader.hpp"
#include "eval/evaluate.hpp"
#include "report/report.hpp"
#include "report/run.hpp"

#include <cstddef>
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

// Turns a document's report into its part of the report being written; called on the
// thread that checked the document, with the document's place in the input order.
using RenderDocument = std::function<DocumentPart(const DocumentReport& report, std::size_t index)>;
// Receives the parts in input order, on the thread that called validate_documents.
using ConsumeDocument = std::function<void(DocumentPart part)>;

// Checks every input on `settings.jobs` threads. Only a few documents per thread are ever
// between checking and `consume`, so memory does not grow with the number of inputs.
// `standard_input` holds what was read from `-`, if an input names it: at most one byte
// more than `settings.limits.max_bytes`.
void validate_documents(const std::vector<DocumentInput>& inputs, const std::string& standard_input,
                        const ValidationSettings& settings, Progress& progress, const RenderDocument& render,
                        const ConsumeDocument& consume);

// One document from its bytes (already read) or, when `bytes` is null, from the file `name`.
DocumentReport validate_document(const std::string& name, const std::string* bytes,
                                 const ValidationSettings& settings);

}  // namespace drieluik::cli
