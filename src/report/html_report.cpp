#include "report/html_report.hpp"

#include "base/format.hpp"
#include "report/excerpt.hpp"
#include "report/html_escape.hpp"
#include "report/labels.hpp"
#include "report/phrases.hpp"
#include "report/spool.hpp"

#include <fmt/format.h>

#include <array>
#include <string>
#include <string_view>

namespace drieluik {

namespace {

// Lines shown before and after the line of a finding.
constexpr std::uint32_t context_lines = 2;

constexpr std::array<Severity, 3> severities{Severity::error, Severity::warning, Severity::advice};

constexpr std::string_view style_sheet = R"(
:root { --error: #b3261e; --warning: #8a5a00; --advice: #1d5c8f; --muted: #5f6368; --line: #d7dbe0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .25rem; padding-top: .75rem; border-top: 2px solid var(--line);
     overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
h3.error { color: var(--error); } h3.warning { color: var(--warning); } h3.advice { color: var(--advice); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
p.summary { font-weight: 600; }
table { border-collapse: collapse; }
table.overview { width: 100%; margin: 1rem 0; }
table.overview th, table.overview td { border-bottom: 1px solid var(--line); padding: .35rem .6rem; text-align: left; }
table.overview td.count, table.overview th.count { text-align: right; font-variant-numeric: tabular-nums; }
table.overview td.nonzero.error { color: var(--error); font-weight: 600; }
table.overview td.nonzero.warning { color: var(--warning); font-weight: 600; }
table.overview td.nonzero.advice { color: var(--advice); font-weight: 600; }
table.overview td.unreadable { color: var(--error); font-weight: 600; }
p.status { color: var(--muted); margin: 0; }
article.finding { border-left: 4px solid var(--line); padding: .25rem 0 .25rem 1rem; margin: 0 0 1.25rem; }
article.error { border-color: var(--error); } article.warning { border-color: var(--warning); }
article.advice { border-color: var(--advice); }
article h4 { margin: 0; font-size: 1rem; }
.rule { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-weight: 600; margin-right: .5rem; }
p.message { margin: .25rem 0 .5rem; }
article dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 .5rem; }
article dt { color: var(--muted); }
article dd { margin: 0; overflow-wrap: anywhere; }
table.evidence td { padding: 0 1rem 0 0; }
table.evidence td.name { font-family: ui-monospace, Menlo, Consolas, monospace; }
pre.excerpt { background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px; padding: .5rem 0;
              overflow-x: auto; margin: 0; font: 13px/1.45 ui-monospace, Menlo, Consolas, monospace; }
pre.excerpt .line { display: block; padding: 0 .75rem; white-space: pre; }
pre.excerpt .line.at { background: #fff1c2; }
pre.excerpt .number { display: inline-block; min-width: 3.5em; color: var(--muted); user-select: none; }
pre.excerpt mark { background: #f2b8b5; color: inherit; }
ul.undecided li { margin-bottom: .25rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  section.document { break-before: page; }
  article.finding, pre.excerpt, table.overview tr { break-inside: avoid; }
  pre.excerpt { white-space: pre-wrap; }
  pre.excerpt .line { white-space: pre-wrap; }
  h2 { border-top: none; }
}
)";

std::string_view severity_class(Severity severity) {
    return to_string(severity);
}

std::string anchor(std::size_t index) {
    return fmt::format("document-{}", index + 1);
}

// One document's section of the page and its row in the overview table.
class DocumentHtml {
public:
    DocumentHtml(const RunInfo& info, std::size_t index) : info_(info), labels_(labels(info.language)), index_(index) {}

    DocumentPart render(const DocumentReport& document) && {
        write_document(document);
        DocumentPart part;
        part.aside = overview_row(document);
        part.text = std::move(out_);
        return part;
    }

private:
    std::string overview_row(const DocumentReport& document) const {
        std::string row = fmt::format("<tr><td><a href=\"#{}\">{}</a></td><td>{}</td>", anchor(index_),
                                      html_escape(document.path),
                                      html_escape(document.kind ? labels_.kind_name(*document.kind) : ""));
        if (document.status == DocumentStatus::unreadable) {
            row += fmt::format("<td class=\"unreadable\">{}</td><td class=\"count\"></td><td class=\"count\">"
                               "</td><td class=\"count\"></td><td class=\"count\"></td></tr>\n",
                               html_escape(labels_.unreadable));
            return row;
        }
        FindingCounts counts = count_findings(document.result);
        row += fmt::format("<td>{}</td>", html_escape(labels_.checked));
        for (Severity severity : severities) {
            std::size_t count = counts.of(severity);
            row += fmt::format("<td class=\"count {}{}\">{}</td>", severity_class(severity),
                               count > 0 ? " nonzero" : "", count);
        }
        row += fmt::format("<td class=\"count\">{}</td></tr>\n", counts.undecided);
        return row;
    }

    void write_document(const DocumentReport& document) {
        out_ += fmt::format("<section class=\"document\" id=\"{}\">\n<h2>{}</h2>\n", anchor(index_),
                            html_escape(document.path));
        if (document.status == DocumentStatus::unreadable) {
            out_ += fmt::format("<p class=\"status\">{}</p>\n<h3 class=\"error\">{}</h3>\n",
                                html_escape(labels_.unreadable), html_escape(labels_.unreadable_heading));
            for (const Diagnostic& error : document.errors) {
                const std::string& file = document.file_of(error);
                out_ += fmt::format("<article class=\"finding error\">\n<p class=\"message\">{}</p>\n<dl>\n",
                                    html_escape(error.message));
                definition(labels_.location, format_location(file, error.position));
                out_ += "</dl>\n";
                write_excerpt(document.source(file), error.position);
                out_ += "</article>\n";
            }
            out_ += "</section>\n";
            return;
        }
        FindingCounts counts = count_findings(document.result);
        out_ += fmt::format("<p class=\"status\">{} \xE2\x80\x94 {}</p>\n",
                            html_escape(document.kind ? labels_.kind_name(*document.kind) : labels_.checked),
                            html_escape(counts.findings() == 0 && counts.undecided == 0
                                            ? std::string(labels_.no_findings)
                                            : counts_phrase(counts, info_.language)));
        for (Severity severity : severities) {
            if (counts.of(severity) == 0) {
                continue;
            }
            out_ += fmt::format("<h3 class=\"{}\">{} ({})</h3>\n", severity_class(severity),
                                html_escape(labels_.severity_heading(severity)), counts.of(severity));
            for (const Finding& finding : document.result.findings) {
                if (finding.severity == severity) {
                    write_finding(document, finding);
                }
            }
        }
        if (!document.result.undecided.empty()) {
            out_ += fmt::format("<h3>{} ({})</h3>\n<ul class=\"undecided\">\n",
                                html_escape(labels_.undecided_heading), document.result.undecided.size());
            for (const Undecided& undecided : document.result.undecided) {
                out_ += fmt::format("<li><span class=\"rule\">{}</span>{}</li>\n", html_escape(undecided.rule),
                                    html_escape(undecided.reason));
            }
            out_ += "</ul>\n";
        }
        out_ += "</section>\n";
    }

    void write_finding(const DocumentReport& document, const Finding& finding) {
        out_ += fmt::format("<article class=\"finding {}\">\n<h4><span class=\"rule\">{}</span>{}</h4>\n"
                            "<p class=\"message\">{}</p>\n<dl>\n",
                            severity_class(finding.severity), html_escape(finding.rule),
                            html_escape(title_of(finding.rule)), html_escape(finding.message));
        const std::string& file = document.file_of(finding);
        definition(labels_.location, format_location(file, finding.position));
        if (!finding.path.empty()) {
            out_ += fmt::format("<dt>{}</dt><dd><code>{}</code></dd>\n", html_escape(labels_.element),
                                html_escape(finding.path));
        }
        if (!finding.evidence.empty()) {
            out_ += fmt::format("<dt>{}</dt><dd><table class=\"evidence\">", html_escape(labels_.evidence_heading));
            for (const Evidence& evidence : finding.evidence) {
                out_ += fmt::format("<tr><td class=\"name\">{}</td><td>{}</td></tr>", html_escape(evidence.name),
                                    html_escape(evidence.value));
            }
            out_ += "</table></dd>\n";
        }
        if (!finding.source.empty()) {
            definition(labels_.source_heading, finding.source);
        }
        out_ += "</dl>\n";
        write_excerpt(document.source(file), finding.position);
        out_ += "</article>\n";
    }

    void write_excerpt(const SourceText* source, Position position) {
        if (source == nullptr) {
            return;
        }
        std::vector<ExcerptLine> lines = excerpt(*source, position.line, context_lines, context_lines);
        if (lines.empty()) {
            return;
        }
        out_ += "<pre class=\"excerpt\">";
        for (const ExcerptLine& line : lines) {
            bool at = line.number == position.line;
            out_ += fmt::format("<span class=\"line{}\"><span class=\"number\">{}</span>", at ? " at" : "",
                                line.number);
            if (at) {
                std::size_t start = column_offset(line.text, position.column);
                std::size_t end = column_offset(line.text, position.column + 1);
                out_ += fmt::format("{}<mark>{}</mark>{}", html_escape(line.text.substr(0, start)),
                                    html_escape(line.text.substr(start, end - start)),
                                    html_escape(line.text.substr(end)));
            } else {
                out_ += html_escape(line.text);
            }
            out_ += "</span>";
        }
        out_ += "</pre>\n";
    }

    void definition(std::string_view name, std::string_view value) {
        out_ += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(name), html_escape(value));
    }

    std::string_view title_of(const std::string& id) const {
        const RuleInfo* rule = info_.rule(id);
        return rule == nullptr ? std::string_view() : rule_title(*rule, info_.language);
    }

    const RunInfo& info_;
    const Labels& labels_;
    std::size_t index_;
    std::string out_;
};

// The page: the run's header and summary, the overview table, the documents' sections.
// The summary and the table stand before the sections, so rows and sections wait in
// spools until the end.
class HtmlReportWriter final : public ReportWriter {
public:
    HtmlReportWriter(std::ostream& out, const RunInfo& info)
        : out_(out), info_(info), labels_(labels(info.language)) {}

private:
    DocumentPart render(const DocumentReport& document, std::size_t index) const override {
        return DocumentHtml(info_, index).render(document);
    }

    void write(DocumentPart& part) override {
        rows_.append(part.aside);
        sections_.append(part.text);
    }

    void write_end(const RunSummary& summary) override {
        out_ << fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                            "<title>{} \xE2\x80\x94 {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                            html_escape(to_string(info_.language)), html_escape(labels_.report_title),
                            html_escape(info_.tool_name), style_sheet);
        write_header(summary);
        out_ << fmt::format("<table class=\"overview\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>",
                            html_escape(labels_.document), html_escape(labels_.kind_heading),
                            html_escape(labels_.status_heading));
        for (Severity severity : severities) {
            out_ << fmt::format("<th class=\"count\">{}</th>", html_escape(labels_.severity_heading(severity)));
        }
        out_ << fmt::format("<th class=\"count\">{}</th></tr></thead>\n<tbody>\n",
                            html_escape(labels_.undecided_heading));
        rows_.copy_to(out_);
        out_ << "</tbody>\n</table>\n";
        sections_.copy_to(out_);
        out_ << fmt::format("<footer>{} {}</footer>\n</body>\n</html>\n", html_escape(info_.tool_name),
                            html_escape(info_.tool_version));
    }

    void write_header(const RunSummary& summary) {
        out_ << fmt::format("<header>\n<h1>{}</h1>\n<dl class=\"meta\">\n", html_escape(labels_.report_title));
        meta(labels_.as_of, format_date(info_.as_of, info_.language));
        meta(labels_.ruleset, info_.ruleset_version.empty() ? info_.ruleset_name
                                                            : info_.ruleset_name + " " + info_.ruleset_version);
        meta(labels_.tool, info_.tool_name + " " + info_.tool_version);
        out_ << fmt::format("</dl>\n<p class=\"summary\">{}</p>\n</header>\n",
                            html_escape(run_summary_phrase(summary, info_.language)));
    }

    void meta(std::string_view name, std::string_view value) {
        out_ << fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(name), html_escape(value));
    }

    std::ostream& out_;
    const RunInfo& info_;
    const Labels& labels_;
    Spool rows_;
    Spool sections_;
};

}  // namespace

std::unique_ptr<ReportWriter> html_report_writer(std::ostream& out, const RunInfo& info) {
    return std::make_unique<HtmlReportWriter>(out, info);
}

}  // namespace drieluik
