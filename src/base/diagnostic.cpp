#include "base/diagnostic.hpp"

#include <tuple>

namespace drieluik {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

}  // namespace

std::string caret_indentation(std::string_view line, std::uint32_t column) {
    std::string indentation;
    std::uint32_t code_points = 0;
    for (const char c : line) {
        if (is_continuation_byte(c)) continue;
        if (++code_points >= column) break;
        indentation.push_back(c == '\t' ? '\t' : ' ');
    }
    return indentation;
}

std::string_view to_string(DiagnosticLevel level) {
    switch (level) {
    case DiagnosticLevel::error: return "error";
    case DiagnosticLevel::warning: return "warning";
    case DiagnosticLevel::note: return "note";
    }
    return "error";
}

bool operator<(const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.position, a.message) < std::tie(b.file, b.position, b.message);
}

std::string render(const Diagnostic& diagnostic, const SourceText* source) {
    const Position position = diagnostic.position;
    const bool located = position != Position{};
    std::string text = diagnostic.file;
    if (located) {
        if (!text.empty()) text += ':';
        text += std::to_string(position.line) + ':' + std::to_string(position.column);
    }
    if (!text.empty()) text += ": ";
    text += to_string(diagnostic.level);
    text += ": ";
    text += diagnostic.message;
    text += '\n';
    if (source != nullptr && located && position.line <= source->line_count()) {
        const std::string_view line = source->line(position.line);
        text += line;
        text += '\n';
        text += caret_indentation(line, position.column);
        text += "^\n";
    }
    for (const std::string& note : diagnostic.notes) {
        text += "  note: ";
        text += note;
        text += '\n';
    }
    return text;
}

}  // namespace drieluik
