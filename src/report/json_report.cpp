#include "report/json_report.hpp"

namespace drieluik {

namespace {

using Json = nlohmann::ordered_json;

Json finding_json(const DocumentReport& document, const Finding& finding) {
    Json evidence = Json::array();
    for (const Evidence& item : finding.evidence) {
        evidence.push_back({{"name", item.name}, {"value", item.value}});
    }
    Json json = {
        {"rule", finding.rule},
        {"severity", to_string(finding.severity)},
        {"category", finding.category},
        {"message", finding.message},
        {"source", finding.source},
        {"location", {{"line", finding.position.line},
                      {"column", finding.position.column},
                      {"path", finding.path}}},
    };
    if (document.elsewhere(finding)) {
        json["file"] = finding.file;
    }
    json["evidence"] = std::move(evidence);
    return json;
}

Json error_json(const Diagnostic& error) {
    return {{"message", error.message}, {"line", error.position.line}, {"column", error.position.column}};
}

Json document_json(const DocumentReport& document) {
    Json json = {{"path", document.path}};
    if (document.status == DocumentStatus::unreadable) {
        json["status"] = to_string(document.status);
        // "error" is the first problem, as the contract names one; "errors" has them all.
        Json errors = Json::array();
        for (const Diagnostic& error : document.errors) {
            errors.push_back(error_json(error));
        }
        json["error"] = errors.empty() ? Json{{"message", ""}, {"line", 0}, {"column", 0}} : errors.front();
        json["errors"] = std::move(errors);
        return json;
    }
    if (document.kind) {
        json["kind"] = to_string(*document.kind);
    }
    json["status"] = to_string(document.status);
    Json findings = Json::array();
    for (const Finding& finding : document.result.findings) {
        findings.push_back(finding_json(document, finding));
    }
    Json undecided = Json::array();
    for (const Undecided& item : document.result.undecided) {
        undecided.push_back({{"rule", item.rule}, {"reason", item.reason}});
    }
    json["findings"] = std::move(findings);
    json["undecided"] = std::move(undecided);
    return json;
}

}  // namespace

nlohmann::ordered_json json_report(const Run& run) {
    Json documents = Json::array();
    for (const DocumentReport& document : run.documents) {
        documents.push_back(document_json(document));
    }
    RunSummary summary = summarize(run);
    return {
        {"tool", {{"name", run.tool_name}, {"version", run.tool_version}}},
        {"asOf", run.as_of.to_string()},
        {"ruleset", {{"name", run.ruleset_name}, {"version", run.ruleset_version}, {"rules", run.rules.size()}}},
        {"documents", std::move(documents)},
        {"summary", {{"documents", summary.documents},
                     {"error", summary.error},
                     {"warning", summary.warning},
                     {"advice", summary.advice},
                     {"unreadable", summary.unreadable}}},
    };
}

void write_json_report(std::ostream& out, const Run& run) {
    // File names need not be UTF-8; such bytes become U+FFFD rather than an exception.
    out << json_report(run).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace drieluik
