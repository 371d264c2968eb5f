#pragma once
// Helpers of the document tests: the sample documents, small edits of them, and the
// outcome of a load as values that doctest can compare.

#include "document/loader.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& lines) {
        std::string text = "{";
        for (const std::string& line : lines) text += "\n  " + line;
        return (text + "\n}").c_str();
    }
};
}  // namespace doctest

namespace drieluik::test {

inline std::string read_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "cannot open " << path);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

// The agreement of document-model.md, verbatim.
inline std::string sample_agreement() { return read_file("tests/document/data/sample-agreement.xml"); }
inline std::string sample_programme() { return read_file("tests/document/data/sample-programme.xml"); }

// `text` with its only occurrence of `from` replaced by `to`.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "not in the document: " << from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "more than once in the document: " << from);
    text.replace(at, from.size(), to);
    return text;
}

inline std::unique_ptr<Document> load_ok(std::string_view bytes, const LoadLimits& limits = {}) {
    LoadResult result = load_document("test.xml", bytes, limits);
    if (auto* failure = std::get_if<LoadFailure>(&result)) {
        for (const Diagnostic& error : failure->errors) {
            INFO(error.position.line << ":" << error.position.column << ": " << error.message);
            CHECK(false);
        }
        FAIL("the document did not load");
    }
    return std::move(std::get<std::unique_ptr<Document>>(result));
}

// Every error as "line:column: message".
inline std::vector<std::string> load_errors(std::string_view bytes, const LoadLimits& limits = {}) {
    LoadResult result = load_document("test.xml", bytes, limits);
    const auto* failure = std::get_if<LoadFailure>(&result);
    REQUIRE_MESSAGE(failure != nullptr, "the document loaded without errors");
    std::vector<std::string> errors;
    for (const Diagnostic& error : failure->errors) {
        CHECK(error.file == "test.xml");
        CHECK(error.level == DiagnosticLevel::error);
        errors.push_back(std::to_string(error.position.line) + ":" + std::to_string(error.position.column) + ": " +
                         error.message);
    }
    return errors;
}

// The only error of a document, as "line:column: message".
inline std::string load_error(std::string_view bytes, const LoadLimits& limits = {}) {
    const std::vector<std::string> errors = load_errors(bytes, limits);
    REQUIRE_MESSAGE(errors.size() == 1, "expected one error, got " << errors.size() << ": " << errors.front());
    return errors.front();
}

// The slot of a singular field given by its rule path below the root ("employment.salary").
inline const Value& root_value(const Document& document, std::string_view rule_path) {
    const DocumentModel& model = document.model();
    FieldId id = 0;
    std::size_t start = 0;
    while (start <= rule_path.size()) {
        std::size_t end = rule_path.find('.', start);
        if (end == std::string_view::npos) end = rule_path.size();
        id = model.child(id, rule_path.substr(start, end - start));
        REQUIRE_MESSAGE(id != no_field, "no field " << rule_path);
        start = end + 1;
    }
    const FieldDef& field = model.field(id);
    REQUIRE(field.record == 0);
    return document.slot(0, field.slot);
}

inline std::string position_of(Position position) {
    return std::to_string(position.line) + ":" + std::to_string(position.column);
}
inline std::string position_of(const Value& value) { return position_of(value.position); }

}  // namespace drieluik::test
