#pragma once
// Parsing a rule file into its syntax tree. The grammar itself lives in grammar/ and is
// compiled in its own translation unit; this is its only door.

#include "ast.hpp"
#include "base/diagnostic.hpp"
#include "base/source.hpp"

#include <string>
#include <utility>
#include <vector>

namespace drieluik::syntax {

struct ParsedFile {
    SourceText source;
    ast::File file;                      // the items that parsed; after an error the parser
                                         // skips to the next top-level keyword and goes on
    std::vector<Diagnostic> diagnostics; // syntax errors, with "expected ..." and position
    // Byte ranges [first, last) of position-tagged nodes, indexed by their id_first.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;

    // Start of a node in the source; {0,0} when the node carries no position.
    Position position(const boost::spirit::x3::position_tagged& node) const;
    // Source text of a node, e.g. the whole text of a rule for `drieluik explain`.
    std::string_view text(const boost::spirit::x3::position_tagged& node) const;
};

ParsedFile parse_rules(std::string name, std::string text);

}  // namespace drieluik::syntax
