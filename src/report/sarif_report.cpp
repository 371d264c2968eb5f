#include "report/sarif_report.hpp"

#include "report/labels.hpp"

#include <algorithm>
#include <cctype>

namespace drieluik {

namespace {

using Json = nlohmann::ordered_json;

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

class SarifWriter {
public:
    SarifWriter(const Run& run, const std::filesystem::path& working_directory)
        : run_(run), working_directory_(working_directory) {}

    Json write() const {
        Json rules = Json::array();
        for (const RuleInfo& rule : run_.rules) {
            rules.push_back(rule_json(rule, run_.language));
        }
        Json results = Json::array();
        Json notifications = Json::array();
        for (const DocumentReport& document : run_.documents) {
            for (const Finding& finding : document.result.findings) {
                results.push_back(result_json(document, finding));
            }
            for (const Diagnostic& error : document.errors) {
                notifications.push_back(notification_json(document, error));
            }
        }
        Json driver = {
            {"name", run_.tool_name},
            {"version", run_.tool_version},
            {"semanticVersion", run_.tool_version},
            {"informationUri", run_.tool_uri},
            {"rules", std::move(rules)},
            {"notifications", Json::array({{
                {"id", unreadable_id},
                {"name", "DocumentUnreadable"},
                {"shortDescription", {{"text", "The document could not be read, so no rule was evaluated on it."}}},
                {"defaultConfiguration", {{"level", "error"}}},
            }})},
        };
        bool all_read = notifications.empty();
        return {
            {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", Json::array({{
                {"tool", {{"driver", std::move(driver)}}},
                {"invocations", Json::array({{
                    {"executionSuccessful", all_read},
                    {"toolExecutionNotifications", std::move(notifications)},
                }})},
                {"language", to_string(run_.language)},
                {"columnKind", "unicodeCodePoints"},
                {"results", std::move(results)},
                {"properties", {{"asOf", run_.as_of.to_string()},
                                {"ruleset", {{"name", run_.ruleset_name}, {"version", run_.ruleset_version}}}}},
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
        if (run_.rule(finding.rule) != nullptr) {
            result["ruleIndex"] = run_.rule(finding.rule) - run_.rules.data();
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

    const Run& run_;
    const std::filesystem::path& working_directory_;
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

nlohmann::ordered_json sarif_report(const Run& run, const std::filesystem::path& working_directory) {
    return SarifWriter(run, working_directory).write();
}

void write_sarif_report(std::ostream& out, const Run& run, const std::filesystem::path& working_directory) {
    out << sarif_report(run, working_directory).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
}

}  // namespace drieluik
