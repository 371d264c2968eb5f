#include "report/run.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace drieluik {

std::string_view to_string(DocumentStatus status) {
    return status == DocumentStatus::checked ? "checked" : "unreadable";
}

const SourceText* DocumentReport::source(std::string_view file) const {
    auto found = std::find_if(sources.begin(), sources.end(),
                              [file](const SourceText& text) { return text.name() == file; });
    return found == sources.end() ? nullptr : &*found;
}

const std::string& DocumentReport::file_of(const Finding& finding) const {
    return finding.file.empty() ? path : finding.file;
}

const std::string& DocumentReport::file_of(const Diagnostic& error) const {
    return error.file.empty() ? path : error.file;
}

bool DocumentReport::elsewhere(const Finding& finding) const {
    return file_of(finding) != path;
}

const RuleInfo* RunInfo::rule(std::string_view id) const {
    auto found = std::lower_bound(rules.begin(), rules.end(), id,
                                  [](const RuleInfo& info, std::string_view key) { return info.id < key; });
    return found != rules.end() && found->id == id ? &*found : nullptr;
}

namespace {

std::string_view in_language(Language language, const std::string& nl, const std::string& en) {
    const std::string& preferred = language == Language::nl ? nl : en;
    const std::string& other = language == Language::nl ? en : nl;
    return preferred.empty() ? other : preferred;
}

}  // namespace

std::string_view rule_title(const RuleInfo& rule, Language language) {
    return in_language(language, rule.title_nl, rule.title_en);
}

std::string_view rule_explanation(const RuleInfo& rule, Language language) {
    return in_language(language, rule.explain_nl, rule.explain_en);
}

std::string format_location(std::string_view file, Position position) {
    if (position.line == 0) {
        return std::string(file);
    }
    return fmt::format("{}:{}:{}", file, position.line, position.column);
}

std::size_t FindingCounts::of(Severity severity) const {
    switch (severity) {
    case Severity::error: return error;
    case Severity::warning: return warning;
    case Severity::advice: return advice;
    }
    return 0;
}

FindingCounts count_findings(const DocumentResult& result) {
    FindingCounts counts;
    for (const Finding& finding : result.findings) {
        switch (finding.severity) {
        case Severity::error: ++counts.error; break;
        case Severity::warning: ++counts.warning; break;
        case Severity::advice: ++counts.advice; break;
        }
    }
    counts.undecided = result.undecided.size();
    return counts;
}

DocumentTally tally(const DocumentReport& document) {
    if (document.status == DocumentStatus::unreadable) {
        return {.unreadable = true, .counts = {}};
    }
    return {.unreadable = false, .counts = count_findings(document.result)};
}

void RunSummary::add(const DocumentTally& document) {
    ++documents;
    if (document.unreadable) {
        ++unreadable;
        return;
    }
    error += document.counts.error;
    warning += document.counts.warning;
    advice += document.counts.advice;
}

bool RunSummary::found_at_least(Severity severity) const {
    // Severities are ordered from the most severe (error) down.
    return error > 0 || (severity >= Severity::warning && warning > 0) || (severity >= Severity::advice && advice > 0);
}

RunSummary summarize(const Run& run) {
    RunSummary summary;
    for (const DocumentReport& document : run.documents) {
        summary.add(tally(document));
    }
    return summary;
}

}  // namespace drieluik
