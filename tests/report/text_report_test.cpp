#include "render.hpp"
#include "sample_run.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace drieluik {

namespace {

std::string text_report(const Run& run, bool colour = false) {
    ReportOptions options;
    options.colour = colour;
    return testing::render(run, ReportFormat::text, options);
}

}  // namespace

TEST_CASE("text report in Dutch: findings with caret and notes, unreadable documents, summaries") {
    CHECK(text_report(testing::sample_run(Language::nl)) ==
          "examples/templates/t.xml:2:3: error[PROG-TEMPLATE]: Het sjabloon mist de proeftijd.\n"
          "    2 |   <employment/>\n"
          "      |   ^\n"
          "      = bron: BW 7:652\n"
          "      = document: examples/a & b.xml\n"
          "examples/a & b.xml:4:5: error[DUR-PROBATION]: De proeftijd van 3 maanden is langer dan 1 maand.\n"
          "    4 |     <probation months=\"3\"/>\n"
          "      |     ^\n"
          "      = waarden: months = 3, allowed = 1\n"
          "      = bron: BW 7:652\n"
          "examples/a & b.xml:5:2: warning[DUR-STUDY-HOURS]: Uren \"40\" > 38 <script>\n"
          "    5 | \t<hoursPerWeek>40</hoursPerWeek>\n"
          "      | \t^\n"
          "      = bron: BW 7:652\n"
          "examples/a & b.xml:7:12: advice[SUP-MENTOR]: Noem een begeleider voor Zoë & Co.\n"
          "    7 |   <student><name>Zoë &amp; Co</name></student>\n"
          "      |            ^\n"
          "      = bron: BW 7:652\n"
          "examples/a & b.xml: note[SAL-MINIMUM]: niet te beoordelen: Geen minimumloon bekend op 2020-01-01.\n"
          "examples/a & b.xml: 2 fouten, 1 waarschuwing, 1 advies, 1 regel niet te beoordelen\n"
          "\n"
          "examples/broken.xml:3:3: error[unreadable]: end tag </agreement> does not match <employment>\n"
          "    3 | </agreement>\n"
          "      |   ^\n"
          "examples/broken.xml: onleesbaar\n"
          "\n"
          "examples/clean.xml: geen bevindingen\n"
          "\n"
          "3 documenten gecontroleerd: 2 fouten, 1 waarschuwing, 1 advies, 1 onleesbaar\n");
}

TEST_CASE("text report in English") {
    Run run = testing::sample_run(Language::en);
    run.documents.erase(run.documents.begin());  // keep the unreadable and the clean document
    CHECK(text_report(run) ==
          "examples/broken.xml:3:3: error[unreadable]: end tag </agreement> does not match <employment>\n"
          "    3 | </agreement>\n"
          "      |   ^\n"
          "examples/broken.xml: unreadable\n"
          "\n"
          "examples/clean.xml: no findings\n"
          "\n"
          "2 documents checked: 0 errors, 0 warnings, 0 advice, 1 unreadable\n");
}

TEST_CASE("text report: an error without a position and a finding whose text is not held") {
    Run run = testing::sample_run(Language::en);
    run.documents[0].sources.clear();
    run.documents[1].errors = {{DiagnosticLevel::error, "", {}, "cannot read the file: No such file or directory",
                                {"a note"}}};
    std::string text = text_report(run);
    CHECK(text.find("examples/a & b.xml:4:5: error[DUR-PROBATION]: De proeftijd van 3 maanden is langer dan 1 maand.\n"
                    "      = evidence: months = 3, allowed = 1\n"
                    "      = source: BW 7:652\n") != std::string::npos);
    CHECK(text.find("examples/broken.xml: error[unreadable]: cannot read the file: No such file or directory\n"
                    "      = note: a note\n"
                    "examples/broken.xml: unreadable\n") != std::string::npos);
    CHECK(text.find("1 rule undecided") != std::string::npos);
}

TEST_CASE("text report is plain without colour and styled with it") {
    Run run = testing::sample_run();
    CHECK(text_report(run, false).find('\x1b') == std::string::npos);
    std::string coloured = text_report(run, true);
    CHECK(coloured.find("\x1b[1m\x1b[31merror[DUR-PROBATION]\x1b[0m") != std::string::npos);
    CHECK(coloured.find("\x1b[1m\x1b[35mwarning[DUR-STUDY-HOURS]\x1b[0m") != std::string::npos);
}

}  // namespace drieluik
