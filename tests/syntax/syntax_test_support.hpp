#pragma once
// Shared by the syntax tests: parse a text and show its tree or its diagnostics.

#include "syntax/parser.hpp"
#include "syntax/print.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace drieluik::syntax::test {

inline std::string diagnostics_of(const ParsedFile& parsed) {
    std::string out;
    for (const auto& diagnostic : parsed.diagnostics) out += render(diagnostic, &parsed.source);
    return out;
}

// The printed tree of a whole file; the diagnostics instead when there are any.
inline std::string tree(const std::string& text) {
    const ParsedFile parsed = parse_rules("test.rules", text);
    if (!parsed.diagnostics.empty()) return diagnostics_of(parsed);
    return print(parsed.file);
}

// The printed tree of one expression (parsed as the value of a definition).
inline std::string expression(const std::string& text) {
    const ParsedFile parsed = parse_rules("test.rules", "define it = " + text);
    if (!parsed.diagnostics.empty()) return diagnostics_of(parsed);
    if (parsed.file.items.size() != 1) return "not one item";
    return print(boost::get<ast::Define>(parsed.file.items.front()).value);
}

// The message of the only diagnostic, "line:column: message"; a note when there is
// not exactly one.
inline std::string only_error(const std::string& text) {
    const ParsedFile parsed = parse_rules("test.rules", text);
    if (parsed.diagnostics.size() != 1) {
        return std::to_string(parsed.diagnostics.size()) + " diagnostics:\n" + diagnostics_of(parsed);
    }
    const Diagnostic& diagnostic = parsed.diagnostics.front();
    return std::to_string(diagnostic.position.line) + ":" +
           std::to_string(diagnostic.position.column) + ": " + diagnostic.message;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace drieluik::syntax::test
