#pragma once
// A hand-made run for the report tests: an agreement with findings of every severity (one
// of them in a template it names), evidence and an undecided rule; a clean programme
// application; a document that could not be read. Paths and messages hold characters
// that every format must escape.

#include "report/run.hpp"

#include <string>

namespace drieluik::testing {

inline RuleInfo rule_info(std::string id, Severity severity, std::string category, std::string title_nl,
                          std::string title_en) {
    RuleInfo info;
    info.id = std::move(id);
    info.severity = severity;
    info.category = std::move(category);
    info.source = "BW 7:652";
    info.title_nl = std::move(title_nl);
    info.title_en = std::move(title_en);
    info.explain_nl = "Uitleg van " + info.id + ".";
    info.explain_en = "Explanation of " + info.id + ".";
    info.file = "rules/ruleset.rules";
    info.position = {3, 1};
    return info;
}

inline Finding finding(std::string rule, Severity severity, std::string category, Position position,
                       std::string path, std::string message) {
    Finding result;
    result.rule = std::move(rule);
    result.severity = severity;
    result.category = std::move(category);
    result.source = "BW 7:652";
    result.message = std::move(message);
    result.position = position;
    result.path = std::move(path);
    return result;
}

inline const char* const agreement_text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<agreement xmlns=\"urn:drieluik:agreement:1\" status=\"final\">\n"
    "  <employment>\n"
    "    <probation months=\"3\"/>\n"
    "\t<hoursPerWeek>40</hoursPerWeek>\n"
    "  </employment>\n"
    "  <student><name>Zoë &amp; Co</name></student>\n"
    "</agreement>\n";

inline const char* const template_text =
    "<agreement xmlns=\"urn:drieluik:agreement:1\" status=\"draft\">\n"
    "  <employment/>\n"
    "</agreement>\n";

inline const char* const broken_text =
    "<agreement xmlns=\"urn:drieluik:agreement:1\">\n"
    "  <employment>\n"
    "</agreement>\n";

inline Run sample_run(Language language = Language::nl) {
    Run run;
    run.tool_version = "0.1.0";
    run.tool_uri = "https://github.com/drieluik/drieluik";
    run.as_of = *Date::parse("2026-11-23");
    run.language = language;
    run.ruleset_name = "mkb-route";
    run.ruleset_version = "2026.1";
    run.rules = {
        rule_info("DUR-PROBATION", Severity::error, "duration", "Proeftijd te lang", "Probation too long"),
        rule_info("DUR-STUDY-HOURS", Severity::warning, "duration", "Studie-uren", "Study hours"),
        rule_info("PROG-TEMPLATE", Severity::error, "programme", "Sjabloon", "Template"),
        rule_info("SAL-MINIMUM", Severity::error, "salary", "Minimumloon", "Minimum wage"),
        rule_info("SUP-MENTOR", Severity::advice, "supervision", "Begeleider <mentor>", "Mentor <named>"),
    };

    DocumentReport agreement;
    agreement.path = "examples/a & b.xml";
    agreement.kind = DocumentKind::agreement;
    Finding probation = finding("DUR-PROBATION", Severity::error, "duration", {4, 5},
                                "/agreement/employment/probation",
                                "De proeftijd van 3 maanden is langer dan 1 maand.");
    probation.evidence = {{"months", "3"}, {"allowed", "1"}};
    Finding hours = finding("DUR-STUDY-HOURS", Severity::warning, "duration", {5, 2},
                            "/agreement/employment/hoursPerWeek", "Uren \"40\" > 38 <script>");
    Finding mentor = finding("SUP-MENTOR", Severity::advice, "supervision", {7, 12},
                             "/agreement/student/name", "Noem een begeleider voor Zoë & Co.");
    Finding in_template = finding("PROG-TEMPLATE", Severity::error, "programme", {2, 3},
                                  "/agreement/employment", "Het sjabloon mist de proeftijd.");
    in_template.file = "examples/templates/t.xml";
    agreement.result.findings = {in_template, probation, hours, mentor};
    agreement.result.undecided = {{"SAL-MINIMUM", "Geen minimumloon bekend op 2020-01-01.", {}}};
    agreement.result.evaluated = {"DUR-PROBATION", "DUR-STUDY-HOURS", "PROG-TEMPLATE", "SAL-MINIMUM", "SUP-MENTOR"};
    agreement.sources = {SourceText(agreement.path, agreement_text),
                         SourceText("examples/templates/t.xml", template_text)};

    DocumentReport broken;
    broken.path = "examples/broken.xml";
    broken.status = DocumentStatus::unreadable;
    broken.errors = {Diagnostic{DiagnosticLevel::error, "examples/broken.xml", {3, 3},
                                "end tag </agreement> does not match <employment>", {}}};
    broken.sources = {SourceText(broken.path, broken_text)};

    DocumentReport clean;
    clean.path = "examples/clean.xml";
    clean.kind = DocumentKind::programme;
    clean.result.evaluated = {"PROG-TEMPLATE"};

    run.documents = {std::move(agreement), std::move(broken), std::move(clean)};
    return run;
}

}  // namespace drieluik::testing
