#pragma once
// Everything a report says about one run of `drieluik check`, as plain values: the tool,
// the validation date and language, the rule set (RunInfo), and per document either its
// findings or why it could not be read, with the texts needed to quote the lines
// concerned (DocumentReport). Every report format reads these and nothing else, so
// formats are tested on hand-made runs and never depend on how documents were found,
// loaded or evaluated.

#include "base/date.hpp"
#include "base/diagnostic.hpp"
#include "base/language.hpp"
#include "base/source.hpp"
#include "compile/ruleset.hpp"
#include "document/model.hpp"
#include "eval/finding.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

enum class DocumentStatus : std::uint8_t { checked, unreadable };
std::string_view to_string(DocumentStatus status);  // "checked", "unreadable"

struct DocumentReport {
    std::string path;                   // as the user named it; "<stdin>" for `-`
    DocumentStatus status = DocumentStatus::checked;
    std::optional<DocumentKind> kind;   // set when checked
    DocumentResult result;              // when checked
    std::vector<Diagnostic> errors;     // when unreadable: why, sorted, at least one
    // The texts this document's findings and errors point into: the document itself and
    // any template it names. Absent texts (an unreadable UTF-16 file) only lose excerpts.
    std::vector<SourceText> sources;

    // The text named `file` (a Finding::file or Diagnostic::file), or nullptr.
    const SourceText* source(std::string_view file) const;
    // The file a finding lies in: Finding::file, or this document when that is empty.
    const std::string& file_of(const Finding& finding) const;
    // The file a load error lies in: Diagnostic::file, or this document when that is empty.
    const std::string& file_of(const Diagnostic& error) const;
    // True when a finding lies in a file other than the document (a template).
    bool elsewhere(const Finding& finding) const;
};

// What a report says about the run as a whole, known before any document is checked.
struct RunInfo {
    std::string tool_name = "drieluik";
    std::string tool_version;
    std::string tool_uri;               // the project's home page
    Date as_of;
    Language language = Language::nl;
    std::string ruleset_name;
    std::string ruleset_version;
    std::vector<RuleInfo> rules;        // sorted by id

    const RuleInfo* rule(std::string_view id) const;
};

// A whole run at once, for writing a report in one go (see report.hpp).
struct Run : RunInfo {
    std::vector<DocumentReport> documents;  // in report order
};

// A rule's title and explanation in `language`, or in the other one when it has none.
std::string_view rule_title(const RuleInfo& rule, Language language);
std::string_view rule_explanation(const RuleInfo& rule, Language language);

// "file:line:column", or just "file" for a position that is the whole file.
std::string format_location(std::string_view file, Position position);

// Findings per severity and undecided rules of one document.
struct FindingCounts {
    std::size_t error = 0;
    std::size_t warning = 0;
    std::size_t advice = 0;
    std::size_t undecided = 0;

    std::size_t of(Severity severity) const;
    std::size_t findings() const { return error + warning + advice; }
};
FindingCounts count_findings(const DocumentResult& result);

// What the run's summary needs of one document.
struct DocumentTally {
    bool unreadable = false;
    FindingCounts counts;
};
DocumentTally tally(const DocumentReport& document);

// The counts of a whole run, as the JSON summary and every summary line show them.
struct RunSummary {
    std::size_t documents = 0;
    std::size_t error = 0;
    std::size_t warning = 0;
    std::size_t advice = 0;
    std::size_t unreadable = 0;

    void add(const DocumentTally& document);
    // True when a finding of `severity` or a more severe one was reported.
    bool found_at_least(Severity severity) const;
};
RunSummary summarize(const Run& run);

}  // namespace drieluik
