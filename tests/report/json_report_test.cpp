#include "render.hpp"
#include "sample_run.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace drieluik {

namespace {

std::string json_text(const Run& run) {
    return testing::render(run, ReportFormat::json);
}

}  // namespace

TEST_CASE("json report: the contract's keys in the contract's order, evidence, file of a template") {
    CHECK(json_text(testing::sample_run()) == R"json({
  "tool": {
    "name": "drieluik",
    "version": "0.1.0"
  },
  "asOf": "2026-11-23",
  "ruleset": {
    "name": "mkb-route",
    "version": "2026.1",
    "rules": 5
  },
  "documents": [
    {
      "path": "examples/a & b.xml",
      "kind": "agreement",
      "status": "checked",
      "findings": [
        {
          "rule": "PROG-TEMPLATE",
          "severity": "error",
          "category": "programme",
          "message": "Het sjabloon mist de proeftijd.",
          "source": "BW 7:652",
          "location": {
            "line": 2,
            "column": 3,
            "path": "/agreement/employment"
          },
          "file": "examples/templates/t.xml",
          "evidence": []
        },
        {
          "rule": "DUR-PROBATION",
          "severity": "error",
          "category": "duration",
          "message": "De proeftijd van 3 maanden is langer dan 1 maand.",
          "source": "BW 7:652",
          "location": {
            "line": 4,
            "column": 5,
            "path": "/agreement/employment/probation"
          },
          "evidence": [
            {
              "name": "months",
              "value": "3"
            },
            {
              "name": "allowed",
              "value": "1"
            }
          ]
        },
        {
          "rule": "DUR-STUDY-HOURS",
          "severity": "warning",
          "category": "duration",
          "message": "Uren \"40\" > 38 <script>",
          "source": "BW 7:652",
          "location": {
            "line": 5,
            "column": 2,
            "path": "/agreement/employment/hoursPerWeek"
          },
          "evidence": []
        },
        {
          "rule": "SUP-MENTOR",
          "severity": "advice",
          "category": "supervision",
          "message": "Noem een begeleider voor Zoë & Co.",
          "source": "BW 7:652",
          "location": {
            "line": 7,
            "column": 12,
            "path": "/agreement/student/name"
          },
          "evidence": []
        }
      ],
      "undecided": [
        {
          "rule": "SAL-MINIMUM",
          "reason": "Geen minimumloon bekend op 2020-01-01."
        }
      ]
    },
    {
      "path": "examples/broken.xml",
      "status": "unreadable",
      "error": {
        "message": "end tag </agreement> does not match <employment>",
        "line": 3,
        "column": 3
      },
      "errors": [
        {
          "message": "end tag </agreement> does not match <employment>",
          "line": 3,
          "column": 3
        }
      ]
    },
    {
      "path": "examples/clean.xml",
      "kind": "programme",
      "status": "checked",
      "findings": [],
      "undecided": []
    }
  ],
  "summary": {
    "documents": 3,
    "error": 2,
    "warning": 1,
    "advice": 1,
    "unreadable": 1
  }
}
)json");
}

TEST_CASE("json report: a file name that is not UTF-8 does not stop the report") {
    Run run = testing::sample_run();
    run.documents[2].path = "examples/\xff.xml";
    CHECK(json_text(run).find("\"path\": \"examples/\xEF\xBF\xBD.xml\"") != std::string::npos);
}

TEST_CASE("json report of a run without documents") {
    Run run = testing::sample_run();
    run.documents.clear();
    rapidjson::Document json = testing::parse_json(json_text(run));
    CHECK(json["documents"].IsArray());
    CHECK(json["documents"].Empty());
    CHECK(json["summary"]["documents"].GetUint() == 0);
    CHECK(json["ruleset"]["rules"].GetUint() == 5);
    CHECK(json_text(run).find("  \"documents\": [],\n  \"summary\": {\n") != std::string::npos);
}

}  // namespace drieluik
