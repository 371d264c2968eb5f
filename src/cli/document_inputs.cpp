#include "cli/document_inputs.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <system_error>

namespace drieluik::cli {

namespace {

// Whether a file name ends in ".xml" after at least one other character, as
// std::filesystem::path::extension() tells.
bool has_xml_extension(std::string_view name) { return name.size() > 4 && name.ends_with(".xml"); }

enum class EntryKind : std::uint8_t { folder, file, other };

// What a folder entry is, as std::filesystem's walk sees it: a link to a file is a file, a
// link to a folder is not followed.
EntryKind kind_of(const dirent& entry, const std::string& path) {
    struct stat status {};
    switch (entry.d_type) {
    case DT_DIR: return EntryKind::folder;
    case DT_REG: return EntryKind::file;
    case DT_LNK: break;
    case DT_UNKNOWN:  // some file systems leave it to lstat
        if (lstat(path.c_str(), &status) != 0) return EntryKind::other;
        if (S_ISDIR(status.st_mode)) return EntryKind::folder;
        if (S_ISREG(status.st_mode)) return EntryKind::file;
        if (!S_ISLNK(status.st_mode)) return EntryKind::other;
        break;
    default: return EntryKind::other;
    }
    // A link: followed to a file, not to a folder.
    return stat(path.c_str(), &status) == 0 && S_ISREG(status.st_mode) ? EntryKind::file : EntryKind::other;
}

// Adds the *.xml files below `folder`, in no particular order; unreadable subfolders are
// skipped. Written on readdir rather than std::filesystem's recursive iterator, which
// builds and copies a path, with its list of components, for every entry: five
// allocations per document in a folder of many, and a walk as long as all the rest of
// the work that cannot run in parallel.
void add_xml_files_below(const std::string& folder, std::vector<DocumentInput>& inputs) {
    std::vector<std::string> folders{folder};
    while (!folders.empty()) {
        std::string current = std::move(folders.back());
        folders.pop_back();
        std::unique_ptr<DIR, int (*)(DIR*)> directory(opendir(current.c_str()), closedir);
        if (!directory) continue;
        if (!current.ends_with('/')) current += '/';
        while (const dirent* entry = readdir(directory.get())) {
            const std::string_view name = entry->d_name;
            if (name == "." || name == "..") continue;
            std::string path = current;
            path += name;
            switch (kind_of(*entry, path)) {
            case EntryKind::folder: folders.push_back(std::move(path)); break;
            case EntryKind::file:
                if (has_xml_extension(name)) inputs.push_back({std::move(path), false});
                break;
            case EntryKind::other: break;
            }
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
        } else if (std::filesystem::is_directory(path, error)) {
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
