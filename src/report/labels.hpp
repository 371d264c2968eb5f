#pragma once
// The fixed words of the reports in each language. Messages of findings come translated
// from the rules; everything around them (headings, note names, status words) is here,
// once, so that text and HTML reports say the same thing in the same words.

#include "base/language.hpp"
#include "document/model.hpp"
#include "eval/finding.hpp"
#include "report/run.hpp"

#include <string_view>

namespace drieluik {

struct Labels {
    // Notes under a finding in the text report, and headings of the HTML report.
    std::string_view evidence;      // "waarden" / "evidence"
    std::string_view source;        // "bron" / "source"
    std::string_view of_document;   // "document": a finding that lies in another file
    std::string_view undecided;     // "niet te beoordelen" / "undecided"
    std::string_view unreadable;    // "onleesbaar" / "unreadable"
    std::string_view checked;       // "gecontroleerd" / "checked"
    std::string_view no_findings;   // "geen bevindingen" / "no findings"

    // HTML report.
    std::string_view report_title;
    std::string_view as_of;
    std::string_view ruleset;
    std::string_view tool;
    std::string_view documents;
    std::string_view document;
    std::string_view kind_heading;
    std::string_view status_heading;
    std::string_view location;
    std::string_view element;
    std::string_view rule;
    std::string_view evidence_heading;
    std::string_view source_heading;
    std::string_view undecided_heading;
    std::string_view unreadable_heading;
    std::string_view errors_heading;
    std::string_view warnings_heading;
    std::string_view advice_heading;
    std::string_view agreement;
    std::string_view programme;

    std::string_view severity_heading(Severity severity) const;
    std::string_view kind_name(DocumentKind kind) const;
    std::string_view status_name(DocumentStatus status) const;
};

const Labels& labels(Language language);

}  // namespace drieluik
