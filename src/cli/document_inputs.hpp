#pragma once
// The documents named on the command line: files as given, folders searched recursively
// for *.xml (in a fixed order), and `-` for one document on standard input.

#include <string>
#include <vector>

namespace drieluik::cli {

// The name a document read from standard input has in reports.
inline constexpr const char* standard_input_name = "<stdin>";

struct DocumentInput {
    std::string path;              // as named, or found below a named folder
    bool standard_input = false;
};

// Folders are expanded; anything else (a missing file too) stays a document, so that
// loading it reports why it cannot be read. The same path named twice is read once.
// Sorted by path: the order of every report, whatever the order of the arguments.
std::vector<DocumentInput> expand_inputs(const std::vector<std::string>& paths);

}  // namespace drieluik::cli
