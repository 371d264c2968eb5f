// The documents of examples/: the valid ones load, each invalid one fails with the first
// error it is there to show.

#include "document_test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

using namespace drieluik;
using namespace drieluik::test;

namespace {

std::vector<std::string> xml_files(const std::string& directory) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        if (entry.path().extension() == ".xml") files.push_back(entry.path().generic_string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void check_loads(const std::string& directory, DocumentKind kind) {
    const std::vector<std::string> files = xml_files(directory);
    CHECK_FALSE(files.empty());
    for (const std::string& file : files) {
        INFO(file);
        LoadResult result = load_document_file(file);
        if (const auto* failure = std::get_if<LoadFailure>(&result)) {
            for (const Diagnostic& error : failure->errors) {
                FAIL_CHECK(error.position.line << ":" << error.position.column << ": " << error.message);
            }
            continue;
        }
        CHECK(std::get<std::unique_ptr<Document>>(result)->kind() == kind);
    }
}

// Each invalid example and its first error, "line:column: message".
const std::map<std::string, std::string> invalid_examples{
    {"bad-currency-usd.xml", "40:25: /agreement/employment/salary/@currency: \"USD\" is not one of EUR"},
    {"bad-date-2025-02-30.xml", "12:5: /agreement/programme/startDate: \"2025-02-30\" is not a date"},
    {"bad-enum-value.xml",
     "8:5: /agreement/programme/level: \"associate\" is not one of associate-degree, bachelor, master, other"},
    {"bad-kvk-pattern.xml", "21:5: /agreement/employer/kvk: \"2407651\" does not match [0-9]{8} (8 digits)"},
    {"blank-required-text.xml", "15:5: /agreement/student/name: must not be empty"},
    {"boolean-yes.xml", "30:7: /agreement/supervision/workplaceSupervisor/trained: \"ja\" is not true or false"},
    {"duplicate-element.xml", "7:5: /agreement/programme: duplicate element name"},
    {"empty-cost-kind-list.xml", "57:5: /agreement/repayment/covers: must not be empty"},
    {"missing-required-element.xml", "19:3: /agreement/employer: missing required element kvk"},
    {"money-three-decimals.xml", "40:5: /agreement/employment/salary: \"2600.005\" has more than 2 decimals"},
    {"negative-money.xml",
     "52:43: /agreement/costs/item[1]/@amount: \"-2601.00\" is negative; an amount of money is never negative"},
    {"negative-probation-months.xml", "39:5: /agreement/employment/probationMonths: \"-1\" is less than 0"},
    {"not-utf8-latin1-bytes.xml", "15:13: invalid UTF-8 at byte 540 (line 15)"},
    {"not-well-formed-mismatched-tag.xml", "15:24: not well-formed XML: start-end tags mismatch"},
    {"programme-bad-brin.xml",
     "4:16: /programmeApplication/institution/@brin: \"7GRA\" does not match [0-9]{2}[A-Z]{2} "
     "(2 digits and 2 capital letters)"},
    {"programme-missing-coordinator.xml", "3:1: /programmeApplication: missing required element coordinator"},
    {"programme-unknown-partner-role.xml",
     "21:40: /programmeApplication/partners/partner[3]/@role: \"sponsoring\" is not one of co-design, placement, "
     "funding, supervision"},
    {"unknown-attribute.xml", "40:25: /agreement/employment/salary: unknown attribute gross"},
    {"unknown-element.xml", "24:5: /agreement/employer: unknown element website"},
    {"unknown-namespace.xml",
     "3:1: root element agreement is in unknown namespace urn:drieluik:agreement:2; known are agreement in "
     "urn:drieluik:agreement:1 and programmeApplication in urn:drieluik:programme:1"},
    {"work-days-above-five.xml", "49:17: /agreement/schedule/year[2]/@workDays: \"6\" is not between 0 and 5"},
    {"year-zero.xml", "48:11: /agreement/schedule/year[1]/@n: \"0\" is less than 1"},
};

}  // namespace

TEST_CASE("every example agreement, template and programme application loads") {
    check_loads("examples/agreements", DocumentKind::agreement);
    check_loads("examples/templates", DocumentKind::agreement);
    check_loads("examples/programmes", DocumentKind::programme);
}

TEST_CASE("every invalid example fails with the error it shows") {
    std::vector<std::string> seen;
    for (const std::string& file : xml_files("examples/invalid")) {
        const std::string name = std::filesystem::path(file).filename().string();
        INFO(file);
        seen.push_back(name);
        LoadResult result = load_document_file(file);
        const auto* failure = std::get_if<LoadFailure>(&result);
        REQUIRE_MESSAGE(failure != nullptr, "the invalid example loaded");
        const Diagnostic& first = failure->errors.at(0);
        CHECK(first.file == file);
        const std::string actual =
            std::to_string(first.position.line) + ":" + std::to_string(first.position.column) + ": " + first.message;
        const auto expected = invalid_examples.find(name);
        if (expected == invalid_examples.end()) {
            FAIL_CHECK("not in the table of this test; its first error is " << actual);
        } else {
            CHECK(actual == expected->second);
        }
    }
    for (const auto& entry : invalid_examples) {
        // A plain reference: doctest's message lambda cannot capture a structured binding in clang 14.
        const auto& name = entry.first;
        CHECK_MESSAGE(std::find(seen.begin(), seen.end(), name) != seen.end(), name << " is gone from examples/invalid");
    }
}
