#pragma once
// Reads a document from bytes: encoding detection (UTF-8 with or without BOM, UTF-16
// with BOM), UTF-8 validation, NFC normalisation, XML parsing, recognition of the kind
// from the root's namespace, structural checks matching schemas/*.xsd, and typed values.

#include "base/diagnostic.hpp"
#include "document/document.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace drieluik {

struct LoadLimits {
    std::size_t max_bytes = 64u << 20;  // larger documents are refused before parsing
                                        // (and any above 1 GiB, whatever this says)
    std::size_t max_depth = 64;         // element nesting
};

struct LoadFailure {
    // Every structural problem of the document, sorted by position. Each message names
    // the path and says what was expected:
    // `/agreement/employment/startDate: "2025-02-30" is not a date`.
    std::vector<Diagnostic> errors;
};

using LoadResult = std::variant<std::unique_ptr<Document>, LoadFailure>;

// `name` is the file name used in diagnostics.
LoadResult load_document(std::string name, std::string_view bytes, const LoadLimits& limits = {});
// Reads the file, then as above; a missing or unreadable file is a LoadFailure.
LoadResult load_document_file(const std::string& path, const LoadLimits& limits = {});

}  // namespace drieluik
