#include "report/labels.hpp"

namespace drieluik {

namespace {

constexpr Labels dutch{
    .evidence = "waarden",
    .source = "bron",
    .of_document = "document",
    .undecided = "niet te beoordelen",
    .unreadable = "onleesbaar",
    .checked = "gecontroleerd",
    .no_findings = "geen bevindingen",
    .report_title = "Controlerapport",
    .as_of = "Peildatum",
    .ruleset = "Regelset",
    .tool = "Programma",
    .documents = "Documenten",
    .document = "Document",
    .kind_heading = "Soort",
    .status_heading = "Status",
    .location = "Plaats",
    .element = "Element",
    .rule = "Regel",
    .evidence_heading = "Waarden",
    .source_heading = "Bron",
    .undecided_heading = "Niet te beoordelen",
    .unreadable_heading = "Onleesbaar",
    .errors_heading = "Fouten",
    .warnings_heading = "Waarschuwingen",
    .advice_heading = "Adviezen",
    .agreement = "overeenkomst",
    .programme = "opleidingsaanvraag",
};

constexpr Labels english{
    .evidence = "evidence",
    .source = "source",
    .of_document = "document",
    .undecided = "undecided",
    .unreadable = "unreadable",
    .checked = "checked",
    .no_findings = "no findings",
    .report_title = "Validation report",
    .as_of = "Validation date",
    .ruleset = "Rule set",
    .tool = "Program",
    .documents = "Documents",
    .document = "Document",
    .kind_heading = "Kind",
    .status_heading = "Status",
    .location = "Location",
    .element = "Element",
    .rule = "Rule",
    .evidence_heading = "Evidence",
    .source_heading = "Source",
    .undecided_heading = "Undecided",
    .unreadable_heading = "Unreadable",
    .errors_heading = "Errors",
    .warnings_heading = "Warnings",
    .advice_heading = "Advice",
    .agreement = "agreement",
    .programme = "programme application",
};

}  // namespace

std::string_view Labels::severity_heading(Severity severity) const {
    switch (severity) {
    case Severity::error: return errors_heading;
    case Severity::warning: return warnings_heading;
    case Severity::advice: return advice_heading;
    }
    return errors_heading;
}

std::string_view Labels::kind_name(DocumentKind kind) const {
    return kind == DocumentKind::agreement ? agreement : programme;
}

std::string_view Labels::status_name(DocumentStatus status) const {
    return status == DocumentStatus::checked ? checked : unreadable;
}

const Labels& labels(Language language) {
    return language == Language::nl ? dutch : english;
}

}  // namespace drieluik
