#pragma once
// What evaluating a rule set on one document produces: findings (a rule that does not
// hold, with where and why), undecided rules (data missing, or no table row), and the
// list of rules that ran. Plain values, sorted, ready for any report format.

#include "base/language.hpp"
#include "base/source.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

enum class Severity : std::uint8_t { error, warning, advice };
std::string_view to_string(Severity severity);  // "error", "warning", "advice"

struct Evidence {
    std::string name;   // the binding's name: "allowed"
    std::string value;  // formatted in the report language: "1", "€ 2.450,00", "1 september 2025"
};

struct Finding {
    std::string rule;         // rule id
    Severity severity = Severity::error;  // after the profile
    std::string category;
    std::string source;       // the rule's source citation
    std::string message;      // formatted, in the requested language
    std::string file;         // the document the location is in (a template for PROG-TEMPLATE)
    Position position;        // element start '<' or attribute name
    std::string path;         // "/agreement/signatures/signature[1]", "/agreement/employment/salary/@per"
    std::vector<Evidence> evidence;

    // Sorted by line, column, then rule id (and message, to be total).
    friend bool operator<(const Finding& a, const Finding& b);
};

struct Undecided {
    std::string rule;
    std::string reason;       // in the requested language
    Position position;        // where the missing value should be, when known
};

struct DocumentResult {
    std::vector<Finding> findings;      // sorted
    std::vector<Undecided> undecided;   // sorted by rule id
    // Ids of the rules that applied to this document, sorted. They view the compiled rule
    // set's own ids (no copy per document), so a result must not outlive its rule set.
    std::vector<std::string_view> evaluated;
};

}  // namespace drieluik
