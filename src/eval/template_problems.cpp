#include "eval/template_problems.hpp"

#include "eval/location.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace drieluik::evaluation {

namespace {

bool does_not_exist(const LoadFailure& failure, const std::string& path) {
    if (failure.errors.empty()) return true;
    const bool positionless = std::all_of(failure.errors.begin(), failure.errors.end(),
                                          [](const Diagnostic& error) { return error.position.line == 0; });
    std::error_code error;
    return positionless && !std::filesystem::exists(path, error);
}

}  // namespace

std::vector<Problem> find_template_problems(const CompiledRuleSet& rules, const Document& application,
                                            const EvalOptions& options, const check::Datum& href,
                                            const std::vector<bool>& excluded) {
    const std::string written(href.text.view());
    const std::filesystem::path directory = std::filesystem::path(application.source().name()).parent_path();
    const std::string resolved = (directory / written).lexically_normal().generic_string();
    LoadResult loaded = options.load_template ? options.load_template(resolved) : load_document_file(resolved);
    const bool dutch = options.language == Language::nl;

    std::vector<Problem> problems;
    if (const auto* failure = std::get_if<LoadFailure>(&loaded)) {
        if (does_not_exist(*failure, resolved)) {
            const NodeLocation here = href.record != check::none ? locate(application, href.record, href.field)
                                                                 : locate(application, 0, 0);
            problems.push_back({"",
                                dutch ? fmt::format("het sjabloon {} bestaat niet", written)
                                      : fmt::format("the template {} does not exist", written),
                                application.source().name(), here.position, here.path});
            return problems;
        }
        for (const Diagnostic& error : failure->errors)
            problems.push_back({"", error.message, error.file.empty() ? resolved : error.file, error.position, ""});
        return problems;
    }
    const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
    if (document.kind() != DocumentKind::agreement) {
        problems.push_back({"",
                            dutch ? fmt::format("het sjabloon {} is geen overeenkomst", written)
                                  : fmt::format("the template {} is not an agreement", written),
                            document.source().name(), document.records()[0].position,
                            "/" + std::string(document.model().root_name())});
        return problems;
    }
    const DocumentResult result = evaluate(rules, document, options);
    for (const Finding& finding : result.findings) {
        if (finding.severity != Severity::error) continue;
        const RuleInfo* rule = rules.find(finding.rule);
        if (rule != nullptr && excluded[static_cast<std::size_t>(rule - rules.rules().data())]) continue;
        problems.push_back({finding.rule, finding.message, finding.file, finding.position, finding.path});
    }
    return problems;
}

}  // namespace drieluik::evaluation
