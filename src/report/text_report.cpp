#include "report/text_report.hpp"

#include "base/diagnostic.hpp"
#include "report/excerpt.hpp"
#include "report/labels.hpp"
#include "report/phrases.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <string>
#include <string_view>

namespace drieluik {

namespace {

// The width of the line-number gutter: line numbers up to 99999 keep every excerpt aligned.
constexpr std::size_t gutter_width = 5;

// One document's part of the text report, rendered into a string.
class DocumentText {
public:
    DocumentText(const Labels& labels, Language language, bool colour)
        : labels_(labels), language_(language), colour_(colour) {}

    // Its findings, unreadable errors and undecided rules, then its summary line, then a
    // blank line when anything came before that line.
    std::string render(const DocumentReport& document) && {
        bool items = write_items(document);
        line(fmt::format("{}: {}", styled(bold(), document.path), document_phrase(document)));
        if (items) {
            line("");
        }
        return std::move(text_);
    }

private:
    bool write_items(const DocumentReport& document) {
        if (document.status == DocumentStatus::unreadable) {
            for (const Diagnostic& error : document.errors) {
                write_unreadable(document, error);
            }
            return !document.errors.empty();
        }
        for (const Finding& finding : document.result.findings) {
            write_finding(document, finding);
        }
        for (const Undecided& undecided : document.result.undecided) {
            line(fmt::format("{}: {}: {}: {}", location(document.path, undecided.position),
                             styled(note_style(), fmt::format("note[{}]", undecided.rule)),
                             labels_.undecided, undecided.reason));
        }
        return !document.result.findings.empty() || !document.result.undecided.empty();
    }

    void write_finding(const DocumentReport& document, const Finding& finding) {
        const std::string& file = document.file_of(finding);
        fmt::text_style style = severity_style(finding.severity);
        line(fmt::format("{}: {}: {}", location(file, finding.position),
                         styled(style, fmt::format("{}[{}]", to_string(finding.severity), finding.rule)),
                         finding.message));
        write_caret(document.source(file), finding.position);
        if (!finding.evidence.empty()) {
            std::string values;
            for (const Evidence& evidence : finding.evidence) {
                values += fmt::format("{}{} = {}", values.empty() ? "" : ", ", evidence.name, evidence.value);
            }
            write_note(labels_.evidence, values);
        }
        if (!finding.source.empty()) {
            write_note(labels_.source, finding.source);
        }
        if (document.elsewhere(finding)) {
            write_note(labels_.of_document, document.path);
        }
    }

    void write_unreadable(const DocumentReport& document, const Diagnostic& error) {
        const std::string& file = document.file_of(error);
        line(fmt::format("{}: {}: {}", location(file, error.position),
                         styled(severity_style(Severity::error), "error[unreadable]"), error.message));
        write_caret(document.source(file), error.position);
        for (const std::string& note : error.notes) {
            write_note("note", note);
        }
    }

    void write_caret(const SourceText* source, Position position) {
        if (source == nullptr || position.line == 0 || position.line > source->line_count()) {
            return;
        }
        std::string_view text = source->line(position.line);
        line(fmt::format("{} {}", styled(gutter_style(), fmt::format("{:>{}} |", position.line, gutter_width)),
                         text));
        line(fmt::format("{} {}{}", styled(gutter_style(), fmt::format("{:>{}} |", "", gutter_width)),
                         caret_indentation(text, position.column), styled(caret_style(), "^")));
    }

    void write_note(std::string_view name, std::string_view text) {
        line(fmt::format("{:>{}} {} {}: {}", "", gutter_width, styled(gutter_style(), "="), name, text));
    }

    std::string document_phrase(const DocumentReport& document) const {
        if (document.status == DocumentStatus::unreadable) {
            return std::string(labels_.unreadable);
        }
        FindingCounts counts = count_findings(document.result);
        if (counts.findings() == 0 && counts.undecided == 0) {
            return std::string(labels_.no_findings);
        }
        return counts_phrase(counts, language_);
    }

    std::string location(const std::string& file, Position position) const {
        return styled(bold(), format_location(file, position));
    }

    std::string styled(fmt::text_style style, std::string_view text) const {
        return colour_ ? fmt::format(style, "{}", text) : std::string(text);
    }

    static fmt::text_style bold() { return fmt::emphasis::bold; }
    static fmt::text_style note_style() { return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::cyan); }
    static fmt::text_style gutter_style() { return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::blue); }
    static fmt::text_style caret_style() { return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::green); }
    static fmt::text_style severity_style(Severity severity) {
        switch (severity) {
        case Severity::error: return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::red);
        case Severity::warning: return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::magenta);
        case Severity::advice: return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::cyan);
        }
        return bold();
    }

    void line(std::string_view text) {
        text_ += text;
        text_ += '\n';
    }

    const Labels& labels_;
    Language language_;
    bool colour_;
    std::string text_;
};

class TextReportWriter final : public ReportWriter {
public:
    TextReportWriter(std::ostream& out, const RunInfo& info, const TextOptions& options)
        : out_(out), info_(info), colour_(options.colour) {}

private:
    DocumentPart render(const DocumentReport& document, std::size_t /*index*/) const override {
        DocumentPart part;
        part.text = DocumentText(labels(info_.language), info_.language, colour_).render(document);
        return part;
    }

    void write(DocumentPart& part) override {
        out_ << part.text;
        ends_blank_ = part.text.ends_with("\n\n");
    }

    // The run's summary line, after a blank line.
    void write_end(const RunSummary& summary) override {
        if (summary.documents > 0 && !ends_blank_) {
            out_ << '\n';
        }
        std::string phrase = run_summary_phrase(summary, info_.language);
        out_ << (colour_ ? fmt::format(fmt::emphasis::bold, "{}", phrase) : phrase) << '\n';
    }

    std::ostream& out_;
    const RunInfo& info_;
    bool colour_;
    bool ends_blank_ = false;
};

}  // namespace

std::unique_ptr<ReportWriter> text_report_writer(std::ostream& out, const RunInfo& info, const TextOptions& options) {
    return std::make_unique<TextReportWriter>(out, info, options);
}

}  // namespace drieluik
