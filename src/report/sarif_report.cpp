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

using Json = json_pieces::Json;

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

Json rule_json(const RuleInfo& rule, Language language) {
    std::string_view title = rule_title(rule, language);
    std::string_view explanation = rule_explanation(rule, language);
    std::string description(explanation.empty() ? title : explanation);
    std::string help = description;
    if (!rule.source.empty()) {
        help += "\n\n" + std::string(labels(language).source) + ": " + rule.source;
    }
    return {
        {"id", rule.id},
        {"name", rule_name(rule.id)},
        {"shortDescription", {{"text", title}}},
        {"fullDescription", {{"text", description}}},
        {"help", {{"text", help}}},
        {"defaultConfiguration", {{"level", level(rule.severity)}}},
        {"properties", {{"category", rule.category}, {"tags", Json::array({rule.category})}}},
    };
}

class SarifReportWriter final : public ReportWriter {
public:
    SarifReportWriter(std::ostream& out, const RunInfo& info, std::filesystem::path working_directory)
        : out_(out), info_(info), working_directory_(std::move(working_directory)) {
        json_pieces::Cut head = json_pieces::cut(json_pieces::dump(frame(true)), "results");
        results_ = json_pieces::List(head.indent);
        notifications_ = json_pieces::List(json_pieces::cut(head.after, "toolExecutionNotifications").indent);
        out_ << head.before;
    }

private:
    DocumentPart render(const DocumentReport& document, std::size_t /*index*/) const override {
        DocumentPart part;
        for (const Finding& finding : document.result.findings) {
            part.text += results_.item(result_json(document, finding));
        }
        for (const Diagnostic& error : document.errors) {
            part.aside += notifications_.item(notification_json(document, error));
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
        json_pieces::Cut tail = json_pieces::cut(json_pieces::dump(frame(summary.unreadable == 0)), "results");
        json_pieces::Cut notifications = json_pieces::cut(tail.after, "toolExecutionNotifications");
        out_ << results_.closing() << notifications.before;
        if (spooled_notifications_) {
            spooled_notifications_->copy_to(out_);
        }
        out_ << notifications_.closing() << notifications.after << '\n';
    }

    Json frame(bool all_read) const {
        Json rules = Json::array();
        for (const RuleInfo& rule : info_.rules) {
            rules.push_back(rule_json(rule, info_.language));
        }
        Json driver = {
            {"name", info_.tool_name},
            {"version", info_.tool_version},
            {"semanticVersion", info_.tool_version},
            {"informationUri", info_.tool_uri},
            {"rules", std::move(rules)},
            {"notifications", Json::array({{
                {"id", unreadable_id},
                {"name", "DocumentUnreadable"},
                {"shortDescription", {{"text", "The document could not be read, so no rule was evaluated on it."}}},
                {"defaultConfiguration", {{"level", "error"}}},
            }})},
        };
        // Results come before the invocation, which can only say whether every document
        // was read once all of them have been.
        return {
            {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", Json::array({{
                {"tool", {{"driver", std::move(driver)}}},
                {"language", to_string(info_.language)},
                {"columnKind", "unicodeCodePoints"},
                {"properties", {{"asOf", info_.as_of.to_string()},
                                {"ruleset", {{"name", info_.ruleset_name}, {"version", info_.ruleset_version}}}}},
                {"results", Json::array()},
                {"invocations", Json::array({{
                    {"executionSuccessful", all_read},
                    {"toolExecutionNotifications", Json::array()},
                }})},
            }})},
        };
    }

private:
    Json physical_location(const std::string& file, Position position) const {
        Json location = {{"artifactLocation", {{"uri", artifact_uri(file, working_directory_)}}}};
        if (position.line > 0) {
            location["region"] = {{"startLine", position.line}, {"startColumn", std::max<std::uint32_t>(position.column, 1)}};
        }
        return location;
    }

    Json result_json(const DocumentReport& document, const Finding& finding) const {
        Json result = {{"ruleId", finding.rule}};
        if (const RuleInfo* rule = info_.rule(finding.rule)) {
            result["ruleIndex"] = rule - info_.rules.data();
        }
        Json location = {{"physicalLocation", physical_location(document.file_of(finding), finding.position)}};
        if (!finding.path.empty()) {
            bool attribute = finding.path.find("/@") != std::string::npos;
            location["logicalLocations"] = Json::array({{
                {"fullyQualifiedName", finding.path},
                {"kind", attribute ? "attribute" : "element"},
            }});
        }
        Json evidence = Json::array();
        for (const Evidence& item : finding.evidence) {
            evidence.push_back({{"name", item.name}, {"value", item.value}});
        }
        result["level"] = level(finding.severity);
        result["message"] = {{"text", finding.message}};
        result["locations"] = Json::array({std::move(location)});
        result["properties"] = {{"category", finding.category},
                                {"source", finding.source},
                                {"evidence", std::move(evidence)}};
        return result;
    }

    Json notification_json(const DocumentReport& document, const Diagnostic& error) const {
        const std::string& file = document.file_of(error);
        return {
            {"level", "error"},
            {"message", {{"text", error.message}}},
            {"locations", Json::array({{{"physicalLocation", physical_location(file, error.position)}}})},
            {"descriptor", {{"id", unreadable_id}, {"index", 0}}},
        };
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
