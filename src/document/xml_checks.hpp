#pragma once
// The parts of XML well-formedness that pugixml leaves to its user, and what drieluik
// refuses on top: a DOCTYPE (no entity is ever expanded and no file but the document is
// ever read, so entity expansion attacks and external entities cannot happen).

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

struct XmlProblem {
    std::size_t offset;   // into the text
    std::string message;
};

// `text` is the document as it was before pugixml parsed `buffer` (a copy of it) in
// place. Checks: no DOCTYPE, exactly one root element, no text outside it.
std::vector<XmlProblem> check_document_level(const pugi::xml_document& document, std::string_view text,
                                             const char* buffer);

}  // namespace drieluik
