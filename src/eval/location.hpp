#pragma once
// Where a value of a document is: the position and XPath-like path of the element or
// attribute a finding points at (1-based indices: /agreement/schedule/year[2]/@workDays),
// or of its nearest existing ancestor when it is absent, and the name a rule uses for it
// (schedule.year[2].otherDays) to say what is missing.

#include "document/document.hpp"

#include <string>

namespace drieluik::evaluation {

struct NodeLocation {
    Position position;   // of the node, or of its nearest existing ancestor
    std::string path;    // likewise
    std::string name;    // the node itself, as rules name it
};

// `field` is read in record instance `record` (FieldDef::record is that record's type).
NodeLocation locate(const Document& document, std::uint32_t record, FieldId field);

}  // namespace drieluik::evaluation
