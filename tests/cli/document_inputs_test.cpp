#include "cli/document_inputs.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace drieluik::cli {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> paths(const std::vector<DocumentInput>& inputs) {
    std::vector<std::string> result;
    result.reserve(inputs.size());
    for (const DocumentInput& input : inputs) {
        result.push_back(input.path + (input.standard_input ? " (stdin)" : ""));
    }
    return result;
}

}  // namespace

TEST_CASE("folders are searched recursively for xml files, in a fixed order") {
    fs::path root = fs::temp_directory_path() / "drieluik-inputs-test";
    fs::remove_all(root);
    fs::create_directories(root / "b" / "deeper");
    fs::create_directories(root / "a");
    for (const char* file : {"b/deeper/z.xml", "b/y.xml", "a/x.xml", "a/notes.txt", "c.XML"}) {
        std::ofstream(root / file) << "<a/>";
    }
    std::string folder = root.string();
    CHECK(paths(expand_inputs({folder})) ==
          std::vector<std::string>{folder + "/a/x.xml", folder + "/b/deeper/z.xml", folder + "/b/y.xml"});
    fs::remove_all(root);
}

TEST_CASE("in a folder, a link to an xml file is a document; a link to a folder is not followed") {
    fs::path root = fs::temp_directory_path() / "drieluik-inputs-links-test";
    fs::remove_all(root);
    fs::create_directories(root / "folder");
    fs::create_directories(root / "elsewhere");
    std::ofstream(root / "elsewhere" / "target.xml") << "<a/>";
    fs::create_symlink(root / "elsewhere" / "target.xml", root / "folder" / "link.xml");
    fs::create_directory_symlink(root / "elsewhere", root / "folder" / "linked-folder");
    fs::create_symlink(root / "missing.xml", root / "folder" / "dangling.xml");
    std::ofstream(root / "folder" / ".xml") << "<a/>";  // no name before the extension
    std::string folder = (root / "folder").string();
    // Named with and without a final slash, the folder's documents are found once.
    CHECK(paths(expand_inputs({folder, folder + "/"})) == std::vector<std::string>{folder + "/link.xml"});
    fs::remove_all(root);
}

TEST_CASE("files stay as named, missing ones too; - is standard input; duplicates are read once") {
    CHECK(paths(expand_inputs({"missing.xml", "-", "other.txt", "missing.xml", "-"})) ==
          std::vector<std::string>{"<stdin> (stdin)", "missing.xml", "other.txt"});
}

TEST_CASE("inputs come in the order of their paths, whatever the order of the arguments") {
    CHECK(paths(expand_inputs({"b.xml", "a/z.xml", "a.xml", "-"})) ==
          std::vector<std::string>{"<stdin> (stdin)", "a.xml", "a/z.xml", "b.xml"});
}

}  // namespace drieluik::cli
