#include "report/junit_report.hpp"

#include "report/labels.hpp"
#include "report/spool.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

namespace {

constexpr const char* indentation = "  ";

// A testsuite's or the whole report's counts of testcases: all of them, failed, errored
// and skipped (DocumentPart::figures, in this order).
using Totals = std::array<std::size_t, 4>;
namespace count {
constexpr std::size_t tests = 0;
constexpr std::size_t failures = 1;
constexpr std::size_t errors = 2;
constexpr std::size_t skipped = 3;
}  // namespace count

void set_totals(pugi::xml_node node, const Totals& totals) {
    node.append_attribute("tests") = totals[count::tests];
    node.append_attribute("failures") = totals[count::failures];
    node.append_attribute("errors") = totals[count::errors];
    node.append_attribute("skipped") = totals[count::skipped];
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
    Totals totals{};
    totals[count::tests] = 1;
    totals[count::errors] = 1;
    return totals;
}

Totals write_checked(pugi::xml_node suite, const DocumentReport& document, Language language) {
    Totals totals{};
    const DocumentResult& result = document.result;
    for (const std::string& id : rule_ids(result)) {
        ++totals[count::tests];
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
            ++totals[count::failures];
            pugi::xml_node failure = testcase.append_child("failure");
            failure.append_attribute("message") = first->message.c_str();
            failure.append_attribute("type") = std::string(to_string(first->severity)).c_str();
            failure.text() = text.c_str();
            continue;
        }
        auto undecided = std::find_if(result.undecided.begin(), result.undecided.end(),
                                      [&id](const Undecided& item) { return item.rule == id; });
        if (undecided != result.undecided.end()) {
            ++totals[count::skipped];
            pugi::xml_node skipped = testcase.append_child("skipped");
            skipped.append_attribute("message") =
                fmt::format("{}: {}", labels(language).undecided, undecided->reason).c_str();
        }
    }
    return totals;
}

// The report without its testsuites; with `marker`, a comment stands where they go.
std::string frame(const RunInfo& info, const Totals& totals, const char* marker) {
    pugi::xml_document xml;
    pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node suites = xml.append_child("testsuites");
    suites.append_attribute("name") = info.tool_name.c_str();
    set_totals(suites, totals);
    if (marker != nullptr) {
        suites.append_child(pugi::node_comment).set_value(marker);
    }
    std::ostringstream out;
    xml.save(out, indentation, pugi::format_indent, pugi::encoding_utf8);
    return std::move(out).str();
}

class JunitReportWriter final : public ReportWriter {
public:
    JunitReportWriter(std::ostream& out, const RunInfo& info) : out_(out), info_(info) {}

private:
    DocumentPart render(const DocumentReport& document, std::size_t /*index*/) const override {
        pugi::xml_document xml;
        pugi::xml_node suite = xml.append_child("testsuite");
        suite.append_attribute("name") = document.path.c_str();
        Totals totals = document.status == DocumentStatus::unreadable ? write_unreadable(suite, document)
                                                                      : write_checked(suite, document, info_.language);
        set_totals(suite, totals);
        std::ostringstream text;
        suite.print(text, indentation, pugi::format_indent, pugi::encoding_utf8, 1);
        DocumentPart part;
        part.text = std::move(text).str();
        part.figures = totals;
        return part;
    }

    // The totals stand before the testsuites, so these wait in a spool until the end.
    void write(DocumentPart& part) override {
        suites_.append(part.text);
        for (std::size_t index = 0; index < totals_.size(); ++index) {
            totals_[index] += part.figures[index];
        }
    }

    void write_end(const RunSummary& summary) override {
        if (summary.documents == 0) {
            out_ << frame(info_, totals_, nullptr);
            return;
        }
        constexpr const char* marker = "testsuites";
        std::string whole = frame(info_, totals_, marker);
        std::string marker_line = std::string(indentation) + "<!--" + marker + "-->\n";
        std::size_t at = whole.find(marker_line);
        out_ << std::string_view(whole).substr(0, at);
        suites_.copy_to(out_);
        out_ << std::string_view(whole).substr(at + marker_line.size());
    }

    std::ostream& out_;
    const RunInfo& info_;
    Spool suites_;
    Totals totals_{};
};

}  // namespace

std::unique_ptr<ReportWriter> junit_report_writer(std::ostream& out, const RunInfo& info) {
    return std::make_unique<JunitReportWriter>(out, info);
}

}  // namespace drieluik
