#include "eval/evaluate.hpp"

#include "eval/location.hpp"
#include "eval/machine.hpp"
#include "eval/present.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace drieluik {

namespace {

using check::Datum;
using evaluation::Machine;

// Runs one rule on the document: once, or once per element of its 'for each'.
class RuleRun {
public:
    RuleRun(Machine& machine, evaluation::Scratch& scratch, const CompiledRuleSet& rules, std::uint32_t index,
            Severity severity, const EvalOptions& options, DocumentResult& result)
        : machine_(machine),
          scratch_(scratch),
          rule_(machine.plan().rules[index]),
          info_(rules.rules()[index]),
          severity_(severity),
          options_(options),
          result_(result) {}

    void run() {
        if (!rule_.for_each) {
            check_element(nullptr);
            return;
        }
        const Datum domain = machine_.eval(rule_.for_each->node);
        if (!domain.present) {
            undecided(domain);
            return;
        }
        machine_.for_each_element(domain, [&](const Datum& element) {
            check_element(&element);
            return true;
        });
    }

private:
    void check_element(const Datum* element) {
        machine_.new_bindings();
        if (element != nullptr) machine_.local(rule_.for_each->local) = *element;
        if (rule_.when != check::none) {
            const Datum applies = machine_.eval(rule_.when);
            if (!applies.present) {
                undecided(applies);
                return;
            }
            if (!applies.boolean) return;
        }
        const Datum holds = machine_.eval(rule_.require);
        if (!holds.present) {
            undecided(holds);
            return;
        }
        if (!holds.boolean) finding(element);
    }

    // A rule is reported undecided once per document, with the first reason found.
    void undecided(const Datum& absent) {
        if (reported_undecided_) return;
        reported_undecided_ = true;
        evaluation::Reason why = evaluation::reason(machine_, absent, options_.language);
        result_.undecided.push_back({info_.id, std::move(why.text), why.position});
    }

    void finding(const Datum* element) {
        // Made in place: evaluating 'at' and the bindings adds no finding to this result.
        Finding& f = result_.findings.emplace_back();
        f.rule = info_.id;
        f.severity = severity_;
        f.category = info_.category;
        f.source = info_.source;
        locate(f, element);

        f.message = message();
        f.evidence.reserve(rule_.evidence.size());
        for (const Plan::Binding& binding : rule_.evidence) {
            const Datum& value = machine_.binding(binding.local);
            if (value.present)
                f.evidence.push_back({binding.name, evaluation::present(machine_, value, binding.type, options_.language)});
        }
    }

    // The rule's message in the requested language, its arguments gathered in the scratch.
    std::string message() {
        const Plan::Message& message = *rule_.messages[static_cast<std::size_t>(options_.language)];
        std::vector<MessageArg>& arguments = scratch_.message_arguments;
        std::vector<std::string>& texts = scratch_.message_texts;
        arguments.clear();
        if (texts.size() < message.arguments.size()) texts.resize(message.arguments.size());
        for (std::size_t i = 0; i < message.arguments.size(); ++i) {
            const Plan::Binding& binding = message.arguments[i];
            const Datum& value = machine_.binding(binding.local);
            if (auto argument = evaluation::message_value(machine_, value, binding.type, texts[i]))
                arguments.push_back({binding.name, *argument});
        }
        return message.pattern.format(arguments);
    }

    // The node of 'at'; without one (or when it is no part of the document) the for-each
    // element, else the root element. A template problem carries its own place.
    void locate(Finding& f, const Datum* element) {
        f.file = machine_.document().source().name();
        auto place = [&](const Datum& value, const check::Type& type) {
            if (!value.present && value.record == check::none) return false;
            if (type.kind == check::TypeKind::problem && value.present) {
                const evaluation::Problem& problem = machine_.scratch().problems[value.index];
                f.file = problem.file;
                f.position = problem.position;
                f.path = problem.path;
                return true;
            }
            if (value.record == check::none) return false;
            evaluation::NodeLocation location = evaluation::locate(machine_.document(), value.record, value.field);
            f.position = location.position;
            f.path = std::move(location.path);
            return true;
        };
        if (rule_.at != check::none && place(machine_.eval(rule_.at), machine_.plan().node(rule_.at).type)) return;
        if (element != nullptr && place(*element, rule_.for_each->type)) return;
        evaluation::NodeLocation root = evaluation::locate(machine_.document(), 0, 0);
        f.position = root.position;
        f.path = std::move(root.path);
    }

    Machine& machine_;
    evaluation::Scratch& scratch_;
    const Plan::Rule& rule_;
    const RuleInfo& info_;
    Severity severity_;
    const EvalOptions& options_;
    DocumentResult& result_;
    bool reported_undecided_ = false;
};

}  // namespace

DocumentResult evaluate(const CompiledRuleSet& rules, const Document& document, const EvalOptions& options) {
    const Plan& plan = rules.plan();
    std::optional<std::size_t> profile;
    if (!options.profile.empty()) {
        profile = rules.profile_index(options.profile);
        if (!profile) throw std::invalid_argument("unknown profile '" + options.profile + "'");
    }
    evaluation::ScratchLease lease(plan);
    evaluation::Scratch& scratch = lease.get();
    Machine machine(rules, document, options, scratch);
    DocumentResult result;
    result.evaluated.reserve(plan.rules_by_kind[static_cast<std::size_t>(document.kind())].size());
    for (std::uint32_t index : plan.rules_by_kind[static_cast<std::size_t>(document.kind())]) {
        const std::optional<Severity> severity = profile ? plan.profiles[*profile][index] : plan.severities[index];
        if (!severity) continue;
        result.evaluated.push_back(rules.rules()[index].id);
        RuleRun(machine, scratch, rules, index, *severity, options, result).run();
    }
    std::sort(result.findings.begin(), result.findings.end());
    std::stable_sort(result.undecided.begin(), result.undecided.end(),
                     [](const Undecided& a, const Undecided& b) { return a.rule < b.rule; });
    return result;
}

}  // namespace drieluik
