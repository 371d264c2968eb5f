#pragma once
// The shipped rule set (rules/*.rules) and its tests (rules/tests/**/*.xml), compiled into
// the program so that `drieluik` works without any file next to the binary. The definition
// is generated at build time from the files themselves (rules/CMakeLists.txt), so an
// edited rule file is what the next build embeds.

#include <span>
#include <string_view>

namespace drieluik {

struct EmbeddedRuleFile {
    std::string_view path;  // relative to rules/, with forward slashes: "tests/salary/minimum.xml"
    std::string_view text;  // the file's bytes, exactly as on disk
};

// Every embedded file, sorted by path.
std::span<const EmbeddedRuleFile> embedded_rule_files();

}  // namespace drieluik
