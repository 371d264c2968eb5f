#include "cli/document_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace drieluik::cli {

namespace {

namespace fs = std::filesystem;

// Whether the file name ends in ".xml" after at least one other character, as
// path::extension() tells, without the copies of the path it makes.
bool has_xml_extension(const fs::path& path) {
    std::string_view native = path.native();
    std::string_view name = native.substr(native.find_last_of('/') + 1);
    return name.size() > 4 && name.ends_with(".xml");
}

// Adds the *.xml files below `folder`; unreadable subfolders are skipped.
void add_xml_files_below(const fs::path& folder, std::vector<DocumentInput>& inputs) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code status_error;
        if (has_xml_extension(it->path()) && it->is_regular_file(status_error)) {
            inputs.push_back({it->path().native(), false});
        }
    }
}

}  // namespace

std::vector<DocumentInput> expand_inputs(const std::vector<std::string>& paths) {
    std::vector<DocumentInput> inputs;
    for (const std::string& path : paths) {
        std::error_code error;
        if (path == "-") {
            inputs.push_back({standard_input_name, true});
        } else if (fs::is_directory(path, error)) {
            add_xml_files_below(path, inputs);
        } else {
            inputs.push_back({path, false});
        }
    }
    // Sorted, the same path named twice comes twice in a row; the first one stays.
    auto by_path = [](const DocumentInput& a, const DocumentInput& b) { return a.path < b.path; };
    std::stable_sort(inputs.begin(), inputs.end(), by_path);
    auto same_path = [](const DocumentInput& a, const DocumentInput& b) { return a.path == b.path; };
    inputs.erase(std::unique(inputs.begin(), inputs.end(), same_path), inputs.end());
    return inputs;
}

}  // namespace drieluik::cli
