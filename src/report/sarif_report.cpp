#include "report/sarif_report.hpp"

#include "report/json_pieces.hpp"
#include "report/labels.hpp"
#include "report/spool.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

namespace drieluik {

namespace {

constexpr std::string_view unreadable_id = "unreadable";

// RFC 3986 unreserved characters and the path separator stay; every other byte (':' too,
// so that a first segment is never read as a scheme) is percent-encoded.
std::string percent_encode(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string encoded;
    for (char character : path) {
        auto byte = static_cast<unsigned char>(character);
        if (std::isalnum(byte) != 0 || character == '-' || character == '.' || character == '_'
            || character == '~' || character == '/') {
            encoded += character;
        } else {
            encoded += '%';
            encoded += hex[byte >> 4u];
            encoded += hex[byte & 0xFu];
        }
    }
    return encoded;
}

bool inside(const std::filesystem::path& relative) {
    return !relative.empty() && *relative.begin() != "..";
}

// SARIF's message object: `"name": {"text": text}`.
void write_text(JsonWriter& json, std::string_view name, std::string_view text) {
    json.key(name);
    json.begin_object();
    json.member("text", text);
    json.end_object();
}

std::string_view level(Severity severity) {
    switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::advice: return "note";
    }
    return "error";
}

// "REP-AGREED-BEFORE-START" -> "RepAgreedBeforeStart": SARIF wants a readable rule name.
std::string rule_name(std::string_view id) {
    std::string name;
    bool word_start = true;
    for (char character : id) {
        if (character == '-') {
            word_start = true;
            continue;
        }
        auto byte = static_cast<unsigned char>(character);
        name += static_cast<char>(word_start ? std::toupper(byte) : std::tolower(byte));
        word_start = false;
    }
    return name;
}

void write_rule(JsonWriter& json, const RuleInfo& rule, Language language) {
    std::string_view title = rule_title(rule, language);
    std::string_view explanation = rule_explanation(rule, language);
    std::string_view description = explanation.empty() ? title : explanation;
    std::string help(description);
    if (!rule.source.empty()) {
        help += "\n\n" + std::string(labels(language).source) + ": " + rule.source;
    }
    json.begin_object();
    json.member("id", rule.id);
    json.member("name", rule_name(rule.id));
    write_text(json, "shortDescription", title);
    write_text(json, "fullDescription", description);
    write_text(json, "help", help);
    json.key("defaultConfiguration");
    json.begin_object();
    json.member("level", level(rule.severity));
    json.end_object();
    json.key("properties");
    json.begin_object();
    json.member("category", rule.category);
    json.key("tags");
    json.begin_array();
    json.string(rule.category);
    json.end_array();
    json.end_object();
    json.end_object();
}

class SarifReportWriter final : public ReportWriter {
public:
    SarifReportWriter(std::ostream& out, const RunInfo& info, std::filesystem::path working_directory)
        : out_(out), info_(info), working_directory_(std::move(working_directory)) {
        json_pieces::Cut head = json_pieces::cut(frame(true), "results");
        results_ = json_pieces::List(head.indent);
        notifications_ = json_pieces::List(json_pieces::cut(head.after, "toolExecutionNotifications").indent);
        out_ << head.before;
    }

private:
    DocumentPart render(const DocumentReport& document, std::size_t /*index*/) const override {
        DocumentPart part;
        if (!document.result.findings.empty()) {
            JsonWriter results = results_.writer();
            for (const Finding& finding : document.result.findings) {
                write_result(results, document, finding);
            }
            part.text = json_pieces::List::items(results);
        }
        if (!document.errors.empty()) {
            JsonWriter notifications = notifications_.writer();
            for (const Diagnostic& error : document.errors) {
                write_notification(notifications, document, error);
            }
            part.aside = json_pieces::List::items(notifications);
        }
        return part;
    }

    void write(DocumentPart& part) override {
        out_ << results_.place(part.text);
        if (!part.aside.empty()) {
            if (!spooled_notifications_) {
                spooled_notifications_.emplace();
            }
            spooled_notifications_->append(notifications_.place(part.aside));
        }
    }

    void write_end(const RunSummary& summary) override {
        json_pieces::Cut tail = json_pieces::cut(frame(summary.unreadable == 0), "results");
        json_pieces::Cut notifications = json_pieces::cut(tail.after, "toolExecutionNotifications");
        out_ << results_.closing() << notifications.before;
        if (spooled_notifications_) {
            spooled_notifications_->copy_to(out_);
        }
        out_ << notifications_.closing() << notifications.after << '\n';
    }

    // The report with empty lists of results and notifications.
    std::string frame(bool all_read) const {
        JsonWriter json;
        json.begin_object();
        json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.member("version", "2.1.0");
        json.key("runs");
        json.begin_array();
        json.begin_object();
        json.key("tool");
        json.begin_object();
        json.key("driver");
        write_driver(json);
        json.end_object();
        json.member("language", to_string(info_.language));
        json.member("columnKind", "unicodeCodePoints");
        json.key("properties");
        json.begin_object();
        json.member("asOf", info_.as_of.to_string());
        json.key("ruleset");
        json.begin_object();
        json.member("name", info_.ruleset_name);
        json.member("version", info_.ruleset_version);
        json.end_object();
        json.end_object();
        // Results come before the invocation, which can only say whether every document
        // was read once all of them have been.
        json.key("results");
        json.begin_array();
        json.end_array();
        json.key("invocations");
        json.begin_array();
        json.begin_object();
        json.key("executionSuccessful");
        json.boolean(all_read);
        json.key("toolExecutionNotifications");
        json.begin_array();
        json.end_array();
        json.end_object();
        json.end_array();
        json.end_object();
        json.end_array();
        json.end_object();
        return std::string(json.text());
    }

    void write_driver(JsonWriter& json) const {
        json.begin_object();
        json.member("name", info_.tool_name);
        json.member("version", info_.tool_version);
        json.member("semanticVersion", info_.tool_version);
        json.member("informationUri", info_.tool_uri);
        json.key("rules");
        json.begin_array();
        for (const RuleInfo& rule : info_.rules) {
            write_rule(json, rule, info_.language);
        }
        json.end_array();
        json.key("notifications");
        json.begin_array();
        json.begin_object();
        json.member("id", unreadable_id);
        json.member("name", "DocumentUnreadable");
        write_text(json, "shortDescription", "The document could not be read, so no rule was evaluated on it.");
        json.key("defaultConfiguration");
        json.begin_object();
        json.member("level", "error");
        json.end_object();
        json.end_object();
        json.end_array();
        json.end_object();
    }

    void write_physical_location(JsonWriter& json, const std::string& file, Position position) const {
        json.key("physicalLocation");
        json.begin_object();
        json.key("artifactLocation");
        json.begin_object();
        json.member("uri", artifact_uri(file, working_directory_));
        json.end_object();
        if (position.line > 0) {
            json.key("region");
            json.begin_object();
            json.member("startLine", position.line);
            json.member("startColumn", std::max<std::uint32_t>(position.column, 1));
            json.end_object();
        }
        json.end_object();
    }

    void write_result(JsonWriter& json, const DocumentReport& document, const Finding& finding) const {
        json.begin_object();
        json.member("ruleId", finding.rule);
        if (const RuleInfo* rule = info_.rule(finding.rule)) {
            json.member("ruleIndex", static_cast<std::uint64_t>(rule - info_.rules.data()));
        }
        json.member("level", level(finding.severity));
        write_text(json, "message", finding.message);
        json.key("locations");
        json.begin_array();
        json.begin_object();
        write_physical_location(json, document.file_of(finding), finding.position);
        if (!finding.path.empty()) {
            bool attribute = finding.path.find("/@") != std::string::npos;
            json.key("logicalLocations");
            json.begin_array();
            json.begin_object();
            json.member("fullyQualifiedName", finding.path);
            json.member("kind", attribute ? "attribute" : "element");
            json.end_object();
            json.end_array();
        }
        json.end_object();
        json.end_array();
        json.key("properties");
        json.begin_object();
        json.member("category", finding.category);
        json.member("source", finding.source);
        json.key("evidence");
        write_evidence(json, finding.evidence);
        json.end_object();
        json.end_object();
    }

    void write_notification(JsonWriter& json, const DocumentReport& document, const Diagnostic& error) const {
        json.begin_object();
        json.member("level", "error");
        write_text(json, "message", error.message);
        json.key("locations");
        json.begin_array();
        json.begin_object();
        write_physical_location(json, document.file_of(error), error.position);
        json.end_object();
        json.end_array();
        json.key("descriptor");
        json.begin_object();
        json.member("id", unreadable_id);
        json.member("index", std::uint64_t{0});
        json.end_object();
        json.end_object();
    }

    std::ostream& out_;
    const RunInfo& info_;
    std::filesystem::path working_directory_;
    json_pieces::List results_{0};
    json_pieces::List notifications_{0};
    std::optional<Spool> spooled_notifications_;
};

}  // namespace

std::string artifact_uri(std::string_view file, const std::filesystem::path& working_directory) {
    std::filesystem::path path = std::filesystem::path(file).lexically_normal();
    if (path.is_relative()) {
        return percent_encode(path.generic_string());
    }
    std::filesystem::path relative = path.lexically_relative(working_directory.lexically_normal());
    if (inside(relative)) {
        return percent_encode(relative.generic_string());
    }
    return "file://" + percent_encode(path.generic_string());
}

std::unique_ptr<ReportWriter> sarif_report_writer(std::ostream& out, const RunInfo& info,
                                                  const std::filesystem::path& working_directory) {
    return std::make_unique<SarifReportWriter>(out, info, working_directory);
}

}  // namespace drieluik
