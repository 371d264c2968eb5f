#include "report/sarif_report.hpp"

#include "render.hpp"
#include "sample_run.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

namespace drieluik {

namespace {

nlohmann::ordered_json sarif_report(const Run& run, const std::filesystem::path& working_directory) {
    ReportOptions options;
    options.working_directory = working_directory;
    return nlohmann::ordered_json::parse(testing::render(run, ReportFormat::sarif, options));
}

}  // namespace

TEST_CASE("sarif artifact URIs are relative, with forward slashes, percent-encoded") {
    CHECK(artifact_uri("examples/a & b.xml", "/work") == "examples/a%20%26%20b.xml");
    CHECK(artifact_uri("./examples//x.xml", "/work") == "examples/x.xml");
    CHECK(artifact_uri("/work/repo/examples/x.xml", "/work/repo") == "examples/x.xml");
    CHECK(artifact_uri("/elsewhere/x.xml", "/work/repo") == "file:///elsewhere/x.xml");
    CHECK(artifact_uri("c:x.xml", "/work") == "c%3Ax.xml");
    CHECK(artifact_uri("Zoë.xml", "/work") == "Zo%C3%AB.xml");
    CHECK(artifact_uri("<stdin>", "/work") == "%3Cstdin%3E");
}

TEST_CASE("sarif report: driver with every rule, results with level and location") {
    nlohmann::ordered_json sarif = sarif_report(testing::sample_run(), "/work");
    CHECK(sarif["version"] == "2.1.0");
    CHECK(sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
    const auto& run = sarif["runs"][0];
    const auto& driver = run["tool"]["driver"];
    CHECK(driver["name"] == "drieluik");
    CHECK(driver["version"] == "0.1.0");
    CHECK(driver["informationUri"] == "https://github.com/drieluik/drieluik");
    REQUIRE(driver["rules"].size() == 5);
    const auto& probation = driver["rules"][0];
    CHECK(probation["id"] == "DUR-PROBATION");
    CHECK(probation["name"] == "DurProbation");
    CHECK(probation["shortDescription"]["text"] == "Proeftijd te lang");
    CHECK(probation["fullDescription"]["text"] == "Uitleg van DUR-PROBATION.");
    CHECK(probation["help"]["text"] == "Uitleg van DUR-PROBATION.\n\nbron: BW 7:652");
    CHECK(probation["defaultConfiguration"]["level"] == "error");
    CHECK(probation["properties"]["category"] == "duration");
    CHECK(driver["rules"][4]["defaultConfiguration"]["level"] == "note");

    CHECK(run["columnKind"] == "unicodeCodePoints");
    const auto& results = run["results"];
    REQUIRE(results.size() == 4);
    const auto& in_template = results[0];
    CHECK(in_template["ruleId"] == "PROG-TEMPLATE");
    CHECK(in_template["ruleIndex"] == 2);
    CHECK(in_template["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "examples/templates/t.xml");
    const auto& probation_result = results[1];
    CHECK(probation_result["level"] == "error");
    CHECK(probation_result["message"]["text"] == "De proeftijd van 3 maanden is langer dan 1 maand.");
    const auto& physical = probation_result["locations"][0]["physicalLocation"];
    CHECK(physical["artifactLocation"]["uri"] == "examples/a%20%26%20b.xml");
    CHECK(physical["region"]["startLine"] == 4);
    CHECK(physical["region"]["startColumn"] == 5);
    CHECK(probation_result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] ==
          "/agreement/employment/probation");
    CHECK(probation_result["properties"]["evidence"][0]["name"] == "months");
    CHECK(results[2]["level"] == "warning");
    CHECK(results[3]["level"] == "note");
}

TEST_CASE("sarif report: an unreadable document is a tool execution notification") {
    nlohmann::ordered_json sarif = sarif_report(testing::sample_run(), "/work");
    const auto& invocation = sarif["runs"][0]["invocations"][0];
    CHECK(invocation["executionSuccessful"] == false);
    REQUIRE(invocation["toolExecutionNotifications"].size() == 1);
    const auto& notification = invocation["toolExecutionNotifications"][0];
    CHECK(notification["level"] == "error");
    CHECK(notification["descriptor"]["id"] == "unreadable");
    CHECK(notification["message"]["text"] == "end tag </agreement> does not match <employment>");
    CHECK(notification["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);

    Run clean = testing::sample_run();
    clean.documents.erase(clean.documents.begin() + 1);
    CHECK(sarif_report(clean, "/work")["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

}  // namespace drieluik
