#include "render.hpp"
#include "sample_run.hpp"

#include <doctest/doctest.h>
#include <pugixml.hpp>

#include <sstream>
#include <string>

namespace drieluik {

namespace {

pugi::xml_document parsed_junit(const Run& run, std::string& text) {
    text = testing::render(run, ReportFormat::junit);
    pugi::xml_document xml;
    pugi::xml_parse_result result = xml.load_string(text.c_str());
    REQUIRE_MESSAGE(result, result.description());
    return xml;
}

}  // namespace

TEST_CASE("junit report: one suite per document, one case per rule that ran") {
    std::string text;
    pugi::xml_document xml = parsed_junit(testing::sample_run(), text);
    CHECK(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"drieluik\" tests=\"7\" "
                           "failures=\"4\" errors=\"1\" skipped=\"1\">\n"));

    pugi::xml_node suites = xml.child("testsuites");
    pugi::xml_node agreement = suites.find_child_by_attribute("testsuite", "name", "examples/a & b.xml");
    REQUIRE(agreement);
    CHECK(agreement.attribute("tests").as_int() == 5);
    CHECK(agreement.attribute("failures").as_int() == 4);
    CHECK(agreement.attribute("skipped").as_int() == 1);

    pugi::xml_node probation = agreement.find_child_by_attribute("testcase", "name", "DUR-PROBATION");
    CHECK(std::string(probation.attribute("classname").value()) == "examples/a & b.xml");
    CHECK(std::string(probation.child("failure").attribute("message").value()) ==
          "De proeftijd van 3 maanden is langer dan 1 maand.");
    CHECK(std::string(probation.child("failure").attribute("type").value()) == "error");
    CHECK(std::string(probation.child("failure").text().get()) ==
          "examples/a & b.xml:4:5: error[DUR-PROBATION]: De proeftijd van 3 maanden is langer dan 1 maand.\n");

    pugi::xml_node hours = agreement.find_child_by_attribute("testcase", "name", "DUR-STUDY-HOURS");
    CHECK(std::string(hours.child("failure").attribute("message").value()) == "Uren \"40\" > 38 <script>");

    pugi::xml_node in_template = agreement.find_child_by_attribute("testcase", "name", "PROG-TEMPLATE");
    CHECK(std::string(in_template.child("failure").text().get()) ==
          "examples/templates/t.xml:2:3: error[PROG-TEMPLATE]: Het sjabloon mist de proeftijd.\n");

    pugi::xml_node minimum = agreement.find_child_by_attribute("testcase", "name", "SAL-MINIMUM");
    CHECK(std::string(minimum.child("skipped").attribute("message").value()) ==
          "niet te beoordelen: Geen minimumloon bekend op 2020-01-01.");
}

TEST_CASE("junit report: an unreadable document is a suite with one errored case") {
    std::string text;
    pugi::xml_document xml = parsed_junit(testing::sample_run(), text);
    pugi::xml_node broken =
        xml.child("testsuites").find_child_by_attribute("testsuite", "name", "examples/broken.xml");
    CHECK(broken.attribute("tests").as_int() == 1);
    CHECK(broken.attribute("errors").as_int() == 1);
    pugi::xml_node error = broken.child("testcase").child("error");
    CHECK(std::string(error.attribute("message").value()) == "end tag </agreement> does not match <employment>");
    CHECK(std::string(error.text().get()) ==
          "examples/broken.xml:3:3: error[unreadable]: end tag </agreement> does not match <employment>\n");
}

TEST_CASE("junit report: a clean document passes every rule that ran") {
    std::string text;
    pugi::xml_document xml = parsed_junit(testing::sample_run(), text);
    pugi::xml_node clean = xml.child("testsuites").find_child_by_attribute("testsuite", "name", "examples/clean.xml");
    CHECK(clean.attribute("tests").as_int() == 1);
    CHECK(clean.attribute("failures").as_int() == 0);
    pugi::xml_node testcase = clean.child("testcase");
    CHECK(std::string(testcase.attribute("name").value()) == "PROG-TEMPLATE");
    CHECK(testcase.first_child().empty());
}

}  // namespace drieluik
