// libFuzzer target: arbitrary bytes as a document, through the loader and, when the
// loader accepts them, the built-in rule set. Neither may crash, hang or leak.

#include "compile/ruleset.hpp"
#include "document/loader.hpp"
#include "eval/evaluate.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const drieluik::CompiledRuleSet& builtin_rules() {
    static const drieluik::RuleSetLoad load = drieluik::load_builtin_ruleset();
    if (!load.rules) std::abort();  // the shipped rule set must always compile
    return *load.rules;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto loaded = drieluik::load_document("fuzz.xml", bytes);
    if (auto* document = std::get_if<std::unique_ptr<drieluik::Document>>(&loaded)) {
        drieluik::EvalOptions options;
        options.as_of = *drieluik::Date::from_ymd(2026, 11, 23);
        static_cast<void>(drieluik::evaluate(builtin_rules(), **document, options));
    }
    return 0;
}
