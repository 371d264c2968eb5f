#pragma once
// Writing a report file so that readers see either the old file or the whole new one,
// never a half-written report: the text goes to a temporary file in the same folder,
// which then replaces the target with one rename.

#include <string>
#include <string_view>

namespace drieluik::cli {

// Returns an empty string on success, otherwise why the file could not be written (the
// temporary file is then removed).
std::string write_file_atomically(const std::string& path, std::string_view content);

}  // namespace drieluik::cli
