#pragma once
// One problem of a programme application's agreement template (template_problems): a
// missing or unreadable file, a document that is not an agreement, or an error finding
// of the rule set on the template. It carries its own location, inside the template.

#include "base/source.hpp"

#include <string>

namespace drieluik::evaluation {

struct Problem {
    std::string rule;      // the rule of the finding; empty for a file that cannot be used
    std::string message;   // in the requested language
    std::string file;      // the template as resolved, or the application for a missing file
    Position position;
    std::string path;
};

}  // namespace drieluik::evaluation
