#include "report/junit_report.hpp"

#include "report/labels.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace drieluik {

namespace {

struct Totals {
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t errors = 0;
    std::size_t skipped = 0;

    Totals& operator+=(const Totals& other) {
        tests += other.tests;
        failures += other.failures;
        errors += other.errors;
        skipped += other.skipped;
        return *this;
    }
};

void set_totals(pugi::xml_node node, const Totals& totals) {
    node.append_attribute("tests") = totals.tests;
    node.append_attribute("failures") = totals.failures;
    node.append_attribute("errors") = totals.errors;
    node.append_attribute("skipped") = totals.skipped;
}

// Every rule that ran on the document, and any that reported without being listed.
std::vector<std::string> rule_ids(const DocumentResult& result) {
    std::vector<std::string> ids(result.evaluated.begin(), result.evaluated.end());
    for (const Finding& finding : result.findings) {
        ids.push_back(finding.rule);
    }
    for (const Undecided& undecided : result.undecided) {
        ids.push_back(undecided.rule);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Totals write_unreadable(pugi::xml_node suite, const DocumentReport& document) {
    pugi::xml_node testcase = suite.append_child("testcase");
    testcase.append_attribute("name") = "read";
    testcase.append_attribute("classname") = document.path.c_str();
    pugi::xml_node error = testcase.append_child("error");
    error.append_attribute("type") = "unreadable";
    std::string text;
    for (const Diagnostic& diagnostic : document.errors) {
        const std::string& file = document.file_of(diagnostic);
        text += fmt::format("{}: error[unreadable]: {}\n", format_location(file, diagnostic.position), diagnostic.message);
    }
    error.append_attribute("message") = document.errors.empty() ? "" : document.errors.front().message.c_str();
    error.text() = text.c_str();
    return {.tests = 1, .errors = 1};
}

Totals write_checked(pugi::xml_node suite, const DocumentReport& document, Language language) {
    Totals totals;
    const DocumentResult& result = document.result;
    for (const std::string& id : rule_ids(result)) {
        ++totals.tests;
        pugi::xml_node testcase = suite.append_child("testcase");
        testcase.append_attribute("name") = id.c_str();
        testcase.append_attribute("classname") = document.path.c_str();

        std::string text;
        const Finding* first = nullptr;
        for (const Finding& finding : result.findings) {
            if (finding.rule != id) {
                continue;
            }
            first = first == nullptr ? &finding : first;
            text += fmt::format("{}: {}[{}]: {}\n", format_location(document.file_of(finding), finding.position),
                                to_string(finding.severity), finding.rule, finding.message);
        }
        if (first != nullptr) {
            ++totals.failures;
            pugi::xml_node failure = testcase.append_child("failure");
            failure.append_attribute("message") = first->message.c_str();
            failure.append_attribute("type") = std::string(to_string(first->severity)).c_str();
            failure.text() = text.c_str();
            continue;
        }
        auto undecided = std::find_if(result.undecided.begin(), result.undecided.end(),
                                      [&id](const Undecided& item) { return item.rule == id; });
        if (undecided != result.undecided.end()) {
            ++totals.skipped;
            pugi::xml_node skipped = testcase.append_child("skipped");
            skipped.append_attribute("message") =
                fmt::format("{}: {}", labels(language).undecided, undecided->reason).c_str();
        }
    }
    return totals;
}

}  // namespace

void write_junit_report(std::ostream& out, const Run& run) {
    pugi::xml_document xml;
    pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";

    pugi::xml_node suites = xml.append_child("testsuites");
    suites.append_attribute("name") = run.tool_name.c_str();
    Totals all;
    for (const DocumentReport& document : run.documents) {
        pugi::xml_node suite = suites.append_child("testsuite");
        suite.append_attribute("name") = document.path.c_str();
        Totals totals = document.status == DocumentStatus::unreadable
            ? write_unreadable(suite, document)
            : write_checked(suite, document, run.language);
        set_totals(suite, totals);
        all += totals;
    }
    set_totals(suites, all);
    xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
}

}  // namespace drieluik
