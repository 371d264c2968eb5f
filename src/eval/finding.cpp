#include "eval/finding.hpp"

#include <tuple>

namespace drieluik {

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::advice: return "advice";
    }
    return "error";
}

bool operator<(const Finding& a, const Finding& b) {
    return std::tie(a.position.line, a.position.column, a.rule, a.message, a.file, a.path) <
           std::tie(b.position.line, b.position.column, b.rule, b.message, b.file, b.path);
}

}  // namespace drieluik
