// Reports written document by document: the frame around the documents, the summary at
// the end, and parts rendered in any order (as worker threads do) placed in report order.

#include "render.hpp"
#include "sample_run.hpp"

#include <doctest/doctest.h>

#include <array>
#include <memory>
#include <sstream>
#include <vector>

namespace drieluik {

namespace {

constexpr std::array<ReportFormat, 5> formats{ReportFormat::text, ReportFormat::json, ReportFormat::sarif,
                                              ReportFormat::junit, ReportFormat::html};

Run without_documents() {
    Run run = testing::sample_run();
    run.documents.clear();
    return run;
}

}  // namespace

TEST_CASE("parts rendered last to first and added in order give the report written in one go") {
    Run run = testing::sample_run();
    for (ReportFormat format : formats) {
        CAPTURE(static_cast<int>(format));
        std::ostringstream out;
        std::unique_ptr<ReportWriter> writer = make_report_writer(out, run, format, {});
        std::vector<DocumentPart> parts(run.documents.size());
        for (std::size_t index = parts.size(); index-- > 0;) {
            parts[index] = writer->part(run.documents[index], index);
        }
        for (DocumentPart& part : parts) {
            writer->add(std::move(part));
        }
        writer->finish();
        CHECK(out.str() == testing::render(run, format));
        CHECK(writer->summary().documents == 3);
        CHECK(writer->summary().unreadable == 1);
        CHECK(writer->summary().error == 2);
    }
}

TEST_CASE("junit report: totals before the suites, and an empty element when nothing was checked") {
    Run run = testing::sample_run();
    run.documents.erase(run.documents.begin(), run.documents.begin() + 2);
    CHECK(testing::render(run, ReportFormat::junit) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"drieluik\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
          "  <testsuite name=\"examples/clean.xml\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
          "    <testcase name=\"PROG-TEMPLATE\" classname=\"examples/clean.xml\" />\n"
          "  </testsuite>\n"
          "</testsuites>\n");
    CHECK(testing::render(without_documents(), ReportFormat::junit) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"drieluik\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\" />\n");
}

TEST_CASE("sarif report: results streamed before the invocation, whose notifications come last") {
    rapidjson::Document sarif = testing::parse_json(testing::render(testing::sample_run(), ReportFormat::sarif));
    const auto& run = sarif["runs"][0];
    std::vector<std::string> keys;
    for (const auto& member : run.GetObject()) {
        keys.emplace_back(member.name.GetString());
    }
    CHECK(keys == std::vector<std::string>{"tool", "language", "columnKind", "properties", "results", "invocations"});

    rapidjson::Document empty = testing::parse_json(testing::render(without_documents(), ReportFormat::sarif));
    CHECK(empty["runs"][0]["results"].IsArray());
    CHECK(empty["runs"][0]["results"].Empty());
    CHECK(empty["runs"][0]["invocations"][0]["executionSuccessful"].GetBool() == true);
    CHECK(empty["runs"][0]["invocations"][0]["toolExecutionNotifications"].IsArray());
    CHECK(empty["runs"][0]["invocations"][0]["toolExecutionNotifications"].Empty());
}

TEST_CASE("text and html reports of a run without documents still carry the summary") {
    CHECK(testing::render(without_documents(), ReportFormat::text) ==
          "0 documenten gecontroleerd: 0 fouten, 0 waarschuwingen, 0 adviezen, 0 onleesbaar\n");
    std::string html = testing::render(without_documents(), ReportFormat::html);
    CHECK(html.find("<tbody>\n</tbody>") != std::string::npos);
    CHECK(html.ends_with("</footer>\n</body>\n</html>\n"));
}

}  // namespace drieluik
