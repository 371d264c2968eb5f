#include "report/sarif_report.hpp"

#include "render.hpp"
#include "sample_run.hpp"

#include <doctest/doctest.h>

#include <filesystem>

namespace drieluik {

namespace {

rapidjson::Document sarif_report(const Run& run, const std::filesystem::path& working_directory) {
    ReportOptions options;
    options.working_directory = working_directory;
    return testing::parse_json(testing::render(run, ReportFormat::sarif, options));
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
    rapidjson::Document sarif = sarif_report(testing::sample_run(), "/work");
    CHECK(testing::text(sarif["version"]) == "2.1.0");
    CHECK(testing::text(sarif["$schema"]) == "https://json.schemastore.org/sarif-2.1.0.json");
    const auto& run = sarif["runs"][0];
    const auto& driver = run["tool"]["driver"];
    CHECK(testing::text(driver["name"]) == "drieluik");
    CHECK(testing::text(driver["version"]) == "0.1.0");
    CHECK(testing::text(driver["informationUri"]) == "https://github.com/drieluik/drieluik");
    REQUIRE(driver["rules"].Size() == 5);
    const auto& probation = driver["rules"][0];
    CHECK(testing::text(probation["id"]) == "DUR-PROBATION");
    CHECK(testing::text(probation["name"]) == "DurProbation");
    CHECK(testing::text(probation["shortDescription"]["text"]) == "Proeftijd te lang");
    CHECK(testing::text(probation["fullDescription"]["text"]) == "Uitleg van DUR-PROBATION.");
    CHECK(testing::text(probation["help"]["text"]) == "Uitleg van DUR-PROBATION.\n\nbron: BW 7:652");
    CHECK(testing::text(probation["defaultConfiguration"]["level"]) == "error");
    CHECK(testing::text(probation["properties"]["category"]) == "duration");
    CHECK(testing::text(driver["rules"][4]["defaultConfiguration"]["level"]) == "note");

    CHECK(testing::text(run["columnKind"]) == "unicodeCodePoints");
    const auto& results = run["results"];
    REQUIRE(results.Size() == 4);
    const auto& in_template = results[0];
    CHECK(testing::text(in_template["ruleId"]) == "PROG-TEMPLATE");
    CHECK(in_template["ruleIndex"].GetUint() == 2);
    CHECK(testing::text(in_template["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) == "examples/templates/t.xml");
    const auto& probation_result = results[1];
    CHECK(testing::text(probation_result["level"]) == "error");
    CHECK(testing::text(probation_result["message"]["text"]) == "De proeftijd van 3 maanden is langer dan 1 maand.");
    const auto& physical = probation_result["locations"][0]["physicalLocation"];
    CHECK(testing::text(physical["artifactLocation"]["uri"]) == "examples/a%20%26%20b.xml");
    CHECK(physical["region"]["startLine"].GetUint() == 4);
    CHECK(physical["region"]["startColumn"].GetUint() == 5);
    CHECK(testing::text(probation_result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]) ==
          "/agreement/employment/probation");
    CHECK(testing::text(probation_result["properties"]["evidence"][0]["name"]) == "months");
    CHECK(testing::text(results[2]["level"]) == "warning");
    CHECK(testing::text(results[3]["level"]) == "note");
}

TEST_CASE("sarif report: an unreadable document is a tool execution notification") {
    rapidjson::Document sarif = sarif_report(testing::sample_run(), "/work");
    const auto& invocation = sarif["runs"][0]["invocations"][0];
    CHECK(invocation["executionSuccessful"].GetBool() == false);
    REQUIRE(invocation["toolExecutionNotifications"].Size() == 1);
    const auto& notification = invocation["toolExecutionNotifications"][0];
    CHECK(testing::text(notification["level"]) == "error");
    CHECK(testing::text(notification["descriptor"]["id"]) == "unreadable");
    CHECK(testing::text(notification["message"]["text"]) == "end tag </agreement> does not match <employment>");
    CHECK(notification["locations"][0]["physicalLocation"]["region"]["startLine"].GetUint() == 3);

    Run clean = testing::sample_run();
    clean.documents.erase(clean.documents.begin() + 1);
    CHECK(sarif_report(clean, "/work")["runs"][0]["invocations"][0]["executionSuccessful"].GetBool() == true);
}

}  // namespace drieluik
