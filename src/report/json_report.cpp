#include "report/json_report.hpp"

#include "report/json_pieces.hpp"

namespace drieluik {

namespace {

void write_finding(JsonWriter& json, const DocumentReport& document, const Finding& finding) {
    json.begin_object();
    json.member("rule", finding.rule);
    json.member("severity", to_string(finding.severity));
    json.member("category", finding.category);
    json.member("message", finding.message);
    json.member("source", finding.source);
    json.key("location");
    json.begin_object();
    json.member("line", finding.position.line);
    json.member("column", finding.position.column);
    json.member("path", finding.path);
    json.end_object();
    if (document.elsewhere(finding)) {
        json.member("file", finding.file);
    }
    json.key("evidence");
    write_evidence(json, finding.evidence);
    json.end_object();
}

void write_error(JsonWriter& json, std::string_view message, Position position) {
    json.begin_object();
    json.member("message", message);
    json.member("line", position.line);
    json.member("column", position.column);
    json.end_object();
}

void write_unreadable(JsonWriter& json, const DocumentReport& document) {
    json.member("status", to_string(document.status));
    // "error" is the first problem, as the contract names one; "errors" has them all.
    json.key("error");
    if (document.errors.empty()) {
        write_error(json, "", {});
    } else {
        write_error(json, document.errors.front().message, document.errors.front().position);
    }
    json.key("errors");
    json.begin_array();
    for (const Diagnostic& error : document.errors) {
        write_error(json, error.message, error.position);
    }
    json.end_array();
}

void write_document(JsonWriter& json, const DocumentReport& document) {
    json.begin_object();
    json.member("path", document.path);
    if (document.status == DocumentStatus::unreadable) {
        write_unreadable(json, document);
        json.end_object();
        return;
    }
    if (document.kind) {
        json.member("kind", to_string(*document.kind));
    }
    json.member("status", to_string(document.status));
    json.key("findings");
    json.begin_array();
    for (const Finding& finding : document.result.findings) {
        write_finding(json, document, finding);
    }
    json.end_array();
    json.key("undecided");
    json.begin_array();
    for (const Undecided& item : document.result.undecided) {
        json.begin_object();
        json.member("rule", item.rule);
        json.member("reason", item.reason);
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

// The report with an empty list of documents.
std::string frame(const RunInfo& info, const RunSummary& summary) {
    JsonWriter json;
    json.begin_object();
    json.key("tool");
    json.begin_object();
    json.member("name", info.tool_name);
    json.member("version", info.tool_version);
    json.end_object();
    json.member("asOf", info.as_of.to_string());
    json.key("ruleset");
    json.begin_object();
    json.member("name", info.ruleset_name);
    json.member("version", info.ruleset_version);
    json.member("rules", info.rules.size());
    json.end_object();
    json.key("documents");
    json.begin_array();
    json.end_array();
    json.key("summary");
    json.begin_object();
    json.member("documents", summary.documents);
    json.member("error", summary.error);
    json.member("warning", summary.warning);
    json.member("advice", summary.advice);
    json.member("unreadable", summary.unreadable);
    json.end_object();
    json.end_object();
    return std::string(json.text());
}

class JsonReportWriter final : public ReportWriter {
public:
    JsonReportWriter(std::ostream& out, const RunInfo& info) : out_(out), info_(info) {
        // Everything before the documents is the same whatever the summary says.
        json_pieces::Cut head = json_pieces::cut(frame(info_, {}), "documents");
        documents_ = json_pieces::List(head.indent);
        out_ << head.before;
    }

private:
    DocumentPart render(const DocumentReport& document, std::size_t /*index*/) const override {
        JsonWriter json = documents_.writer();
        write_document(json, document);
        DocumentPart part;
        part.text = json_pieces::List::items(json);
        return part;
    }

    void write(DocumentPart& part) override { out_ << documents_.place(part.text); }

    void write_end(const RunSummary& summary) override {
        out_ << documents_.closing() << json_pieces::cut(frame(info_, summary), "documents").after << '\n';
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
