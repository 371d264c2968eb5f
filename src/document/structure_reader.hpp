#pragma once
// Reads the element tree of a document of a known kind into a Document: checks the
// structure the way schemas/*.xsd do (required, duplicate and unknown elements and
// attributes, blank text, values of the right type) and parses every leaf once.

#include "base/diagnostic.hpp"
#include "document/document_builder.hpp"
#include "document/namespaces.hpp"

#include <pugixml.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace drieluik {

struct StructureInput {
    const char* buffer;        // the text pugixml parsed in place: the start of the text arena,
    std::size_t buffer_size;   // followed by PackedName::padding more bytes
    std::span<const std::uint32_t> first_multibyte;  // of each line (DecodedText::first_multibyte)
    bool may_need_nfc;         // false: every text value is in NFC as it is
    std::size_t max_depth;     // element nesting allowed
    const std::string* file;   // for diagnostics
};

// `scope` has the root's namespace declarations entered. Text values that are not a
// piece of the buffer as it is (joined pieces, NFC forms) are appended to `extra_text`
// and addressed as if it followed the buffer. Problems are appended to `errors`.
void read_structure(pugi::xml_node root, NamespaceScope& scope, const StructureInput& input,
                    DocumentBuilder& builder, std::string& extra_text, std::vector<Diagnostic>& errors);

}  // namespace drieluik
