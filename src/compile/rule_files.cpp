#include "compile/rule_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace drieluik {

namespace {

class ImportWalker {
public:
    ImportWalker(const RuleFileReader& read, RuleFiles& out) : read_(read), out_(out) {}

    // Reads `path` unless it was read before; `importer` and `import` say where it was
    // named (null for the root).
    void visit(const std::string& path, const syntax::ParsedFile* importer, const ast::Import* import) {
        if (auto cycle = std::find(stack_.begin(), stack_.end(), path); cycle != stack_.end()) {
            std::string chain;
            for (auto it = cycle; it != stack_.end(); ++it) chain += *it + " → ";
            report(importer, import, fmt::format("import cycle: {} imports itself", path),
                   {fmt::format("the cycle: {}{}", chain, path)});
            return;
        }
        if (std::find(done_.begin(), done_.end(), path) != done_.end()) return;
        done_.push_back(path);
        std::optional<std::string> text = read_(path);
        if (!text) {
            if (import != nullptr)
                report(importer, import, fmt::format("cannot find the imported file '{}' (looked for {})",
                                                     import->path.value, path));
            else
                report(nullptr, nullptr, fmt::format("cannot read the rule set: {} does not exist or is not readable", path));
            return;
        }
        out_.files.push_back(std::make_unique<syntax::ParsedFile>(syntax::parse_rules(path, std::move(*text))));
        const syntax::ParsedFile* file = out_.files.back().get();
        stack_.push_back(path);
        for (const ast::Item& item : file->file.items) {
            if (const auto* next = boost::get<ast::Import>(&item)) visit(resolve(path, next->path.value), file, next);
        }
        stack_.pop_back();
    }

private:
    static std::string resolve(const std::string& importer, const std::string& target) {
        const std::filesystem::path base = std::filesystem::path(importer).parent_path();
        return (base / target).lexically_normal().generic_string();
    }

    void report(const syntax::ParsedFile* file, const ast::Import* import, std::string message,
                std::vector<std::string> notes = {}) {
        Diagnostic d;
        d.level = DiagnosticLevel::error;
        if (file != nullptr) {
            d.file = file->source.name();
            d.position = file->position(*import);
        } else {
            d.file = stack_.empty() ? done_.back() : stack_.front();
        }
        d.message = std::move(message);
        d.notes = std::move(notes);
        out_.diagnostics.push_back(std::move(d));
    }

    const RuleFileReader& read_;
    RuleFiles& out_;
    std::vector<std::string> stack_;  // files being read, outermost first
    std::vector<std::string> done_;
};

}  // namespace

RuleFileReader disk_rule_files() {
    return [](const std::string& path) -> std::optional<std::string> {
        std::error_code error;
        if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in.good() && !in.eof()) return std::nullopt;
        return std::move(text).str();
    };
}

RuleFiles read_rule_files(const RuleFileReader& read, const std::string& root) {
    RuleFiles out;
    ImportWalker(read, out).visit(std::filesystem::path(root).lexically_normal().generic_string(), nullptr, nullptr);
    return out;
}

}  // namespace drieluik
