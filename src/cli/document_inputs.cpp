#include "cli/document_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace drieluik::cli {

namespace {

namespace fs = std::filesystem;

// The *.xml files below `folder`, sorted; unreadable subfolders are skipped.
std::vector<std::string> xml_files_below(const fs::path& folder) {
    std::vector<std::string> files;
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code status_error;
        if (it->path().extension() == ".xml" && it->is_regular_file(status_error)) {
            files.push_back(it->path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

std::vector<DocumentInput> expand_inputs(const std::vector<std::string>& paths) {
    std::vector<DocumentInput> inputs;
    std::set<std::string> seen;
    auto add = [&](const std::string& path, bool standard_input) {
        if (seen.insert(path).second) {
            inputs.push_back({path, standard_input});
        }
    };
    for (const std::string& path : paths) {
        std::error_code error;
        if (path == "-") {
            add(standard_input_name, true);
        } else if (fs::is_directory(path, error)) {
            for (const std::string& file : xml_files_below(path)) {
                add(file, false);
            }
        } else {
            add(path, false);
        }
    }
    std::sort(inputs.begin(), inputs.end(),
              [](const DocumentInput& a, const DocumentInput& b) { return a.path < b.path; });
    return inputs;
}

}  // namespace drieluik::cli
