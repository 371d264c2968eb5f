#include "report/json_report.hpp"

#include "report/json_pieces.hpp"

namespace drieluik {

namespace {

using Json = json_pieces::Json;

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

Json frame(const RunInfo& info, const RunSummary& summary) {
    return {
        {"tool", {{"name", info.tool_name}, {"version", info.tool_version}}},
        {"asOf", info.as_of.to_string()},
        {"ruleset", {{"name", info.ruleset_name}, {"version", info.ruleset_version}, {"rules", info.rules.size()}}},
        {"documents", Json::array()},
        {"summary", {{"documents", summary.documents},
                     {"error", summary.error},
                     {"warning", summary.warning},
                     {"advice", summary.advice},
                     {"unreadable", summary.unreadable}}},
    };
}

class JsonReportWriter final : public ReportWriter {
public:
    JsonReportWriter(std::ostream& out, const RunInfo& info) : out_(out), info_(info) {
        // Everything before the documents is the same whatever the summary says.
        json_pieces::Cut head = json_pieces::cut(json_pieces::dump(frame(info_, {})), "documents");
        documents_ = json_pieces::List(head.indent);
        out_ << head.before;
    }

private:
    DocumentPart render(const DocumentReport& document, std::size_t /*index*/) const override {
        DocumentPart part;
        part.text = documents_.item(document_json(document));
        return part;
    }

    void write(DocumentPart& part) override { out_ << documents_.place(part.text); }

    void write_end(const RunSummary& summary) override {
        out_ << documents_.closing() << json_pieces::cut(json_pieces::dump(frame(info_, summary)), "documents").after
             << '\n';
    }

    std::ostream& out_;
    const RunInfo& info_;
    json_pieces::List documents_{0};
};

}  // namespace

std::unique_ptr<ReportWriter> json_report_writer(std::ostream& out, const RunInfo& info) {
    return std::make_unique<JsonReportWriter>(out, info);
}

}  // namespace drieluik
