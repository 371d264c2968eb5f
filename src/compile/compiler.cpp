#include "compile/compiler.hpp"

#include "check/literal.hpp"
#include "compile/fold.hpp"
#include "compile/plan.hpp"

#include <map>
#include <memory>

namespace drieluik {

using check::Datum;
using check::Node;
using check::Op;
using check::TypeKind;

namespace {

Severity severity_of(ast::Severity severity) {
    switch (severity) {
        case ast::Severity::error: return Severity::error;
        case ast::Severity::warning: return Severity::warning;
        case ast::Severity::advice: return Severity::advice;
    }
    return Severity::error;
}

RuleInfo info_of(const check::CheckedRule& checked) {
    const ast::Rule& rule = *checked.rule;
    RuleInfo info;
    info.id = rule.id.text;
    info.severity = severity_of(rule.severity);
    info.category = rule.category.text;
    info.source = rule.source.value;
    info.title_nl = rule.title.nl.value;
    info.title_en = rule.title.en.value;
    if (rule.explanation) {
        info.explain_nl = rule.explanation->nl.value;
        info.explain_en = rule.explanation->en.value;
    }
    info.applies_to = checked.kind;
    info.text = checked.file->text(rule);
    info.file = checked.file->source.name();
    info.position = checked.file->position(rule);
    return info;
}

// Values a finding can show as evidence: one value each (lists and durations have none).
bool has_single_value(const check::Type& type) {
    return type.kind != TypeKind::list && type.kind != TypeKind::duration && type.kind != TypeKind::invalid &&
           type.kind != TypeKind::container;
}

class Compiler {
public:
    Compiler(check::CheckedRuleSet& in, Plan& plan) : in_(in), plan_(plan) {}

    Plan::Rule rule(const check::CheckedRule& checked) {
        Plan::Rule rule;
        const std::uint32_t base = allocate(checked.local_count);
        auto binding = [&](const check::Binding& b) {
            return Plan::Binding{b.name, static_cast<std::uint16_t>(base + b.local), copy(b.node, base, checked.kind), b.type};
        };
        // Lets and withs, in the order written; the evaluator computes each on first use.
        std::vector<Plan::Binding> lets;
        auto lazy = [&](const std::vector<check::Binding>& from) {
            for (const check::Binding& b : from) {
                lets.push_back(binding(b));
                plan_.let_nodes.resize(plan_.local_count, check::none);
                plan_.let_nodes[lets.back().local] = lets.back().node;
            }
        };
        if (checked.for_each) rule.for_each = binding(*checked.for_each);
        lazy(checked.lets_before_when);
        rule.when = copy(checked.when, base, checked.kind);
        lazy(checked.lets_after_when);
        rule.require = copy(checked.require, base, checked.kind);
        rule.at = copy(checked.at, base, checked.kind);
        lazy(checked.with);

        const TypeKind each = rule.for_each ? rule.for_each->type.kind : TypeKind::invalid;
        if (has_single_value(rule.for_each ? rule.for_each->type : check::Type{}) && each != TypeKind::record &&
            each != TypeKind::problem)
            rule.evidence.push_back(*rule.for_each);
        for (const Plan::Binding& b : lets)
            if (has_single_value(b.type)) rule.evidence.push_back(b);

        std::vector<Plan::Binding> named = rule.evidence;
        if (rule.for_each) named.push_back(*rule.for_each);
        for (Language language : {Language::nl, Language::en}) {
            Plan::Message message{*checked.messages[static_cast<std::size_t>(language)], {}};
            for (const std::string& name : message.pattern.argument_names()) {
                for (const Plan::Binding& b : named) {
                    if (b.name == name) {
                        message.arguments.push_back(b);
                        break;
                    }
                }
            }
            rule.messages[static_cast<std::size_t>(language)] = std::move(message);
        }
        return rule;
    }

private:
    std::uint32_t allocate(std::uint16_t count) {
        const std::uint32_t base = plan_.local_count;
        plan_.local_count += count;
        return base;
    }

    // Copies checked node `index` into the plan: locals moved to the owner's place,
    // defines memoised once per document kind, function calls inlined, constants folded.
    std::uint32_t copy(std::uint32_t index, std::uint32_t base, DocumentKind kind) {
        if (index == check::none) return check::none;
        Node n = in_.nodes[index];
        switch (n.op) {
            case Op::constant: return emit(n, {});
            case Op::local:
            case Op::quantifier: n.a += base; break;
            case Op::define: n.a = define(n.a, kind); break;
            case Op::call: return inline_call(index, base, kind);
            default: break;
        }
        std::vector<std::uint32_t> children;
        for (std::uint16_t i = 0; i < n.count; ++i)
            children.push_back(copy(in_.children[n.first + i], base, kind));
        return emit(n, children);
    }

    std::uint32_t define(std::uint32_t index, DocumentKind kind) {
        const auto key = std::pair{index, kind};
        if (auto it = defines_.find(key); it != defines_.end()) return it->second;
        const check::Body& body = in_.defines[index].body[static_cast<std::size_t>(kind)];
        const auto id = static_cast<std::uint32_t>(plan_.defines.size());
        defines_.emplace(key, id);
        plan_.defines.push_back(check::none);
        const std::uint32_t root = copy(body.node, allocate(body.local_count), kind);
        plan_.defines[id] = root;
        return id;
    }

    // f(a, b) becomes bind(a, b, body): the arguments go to fresh local slots that the
    // body's parameters read, so no call stack is needed when evaluating.
    std::uint32_t inline_call(std::uint32_t index, std::uint32_t base, DocumentKind kind) {
        const Node& call = in_.nodes[index];
        const check::Body& body = in_.functions[call.a].body[static_cast<std::size_t>(kind)];
        std::vector<std::uint32_t> children;
        for (std::uint16_t i = 0; i < call.count; ++i) children.push_back(copy(in_.children[call.first + i], base, kind));
        const std::uint32_t frame = allocate(body.local_count);
        children.push_back(copy(body.node, frame, kind));
        Node bind;
        bind.op = Op::bind;
        bind.type = call.type;
        bind.a = frame;
        return emit(bind, children);
    }

    std::uint32_t emit(Node n, const std::vector<std::uint32_t>& children) {
        if (n.op == Op::constant) {
            n.a = constant(in_.constants[n.a]);
            return push(n, children);
        }
        if (n.op == Op::read && plan_.node(children[0]).op == Op::root) {
            n.op = Op::read_root;
            return push(n, {});
        }
        const std::uint32_t index = push(n, children);
        if (auto value = fold(plan_, index)) {
            Node folded;
            folded.op = Op::constant;
            folded.type = n.type;
            folded.a = constant(*value);
            plan_.nodes[index] = folded;
        } else if (n.op == Op::in_set) {
            enum_mask(index);
        }
        return index;
    }

    // `x in [a, b, c]` with enumeration constants: one bit test.
    void enum_mask(std::uint32_t index) {
        Node& n = plan_.nodes[index];
        if (static_cast<TypeKind>(n.b) != TypeKind::enumeration) return;
        Datum set;
        set.present = true;
        set.form = check::ListForm::enum_set;
        set.set = 0;
        for (std::uint16_t i = 1; i < n.count; ++i) {
            const Node& element = plan_.node(plan_.child(index, i));
            if (element.op != Op::constant || !plan_.constants[element.a].present) return;
            set.set |= std::uint64_t{1} << plan_.constants[element.a].enum_index;
        }
        const std::uint32_t needle = plan_.child(index, 0);
        Node list;
        list.op = Op::constant;
        list.type = check::Type::list_of(plan_.node(needle).type);
        list.a = constant(set);
        const std::uint32_t list_index = push(list, {});
        Node& test = plan_.nodes[index];
        test.op = Op::in_list;
        test.first = static_cast<std::uint32_t>(plan_.children.size());
        test.count = 2;
        plan_.children.push_back(needle);
        plan_.children.push_back(list_index);
    }

    std::uint32_t push(Node n, const std::vector<std::uint32_t>& children) {
        n.first = static_cast<std::uint32_t>(plan_.children.size());
        n.count = static_cast<std::uint16_t>(children.size());
        plan_.children.insert(plan_.children.end(), children.begin(), children.end());
        plan_.nodes.push_back(n);
        return static_cast<std::uint32_t>(plan_.nodes.size() - 1);
    }

    std::uint32_t constant(const Datum& value) {
        plan_.constants.push_back(value);
        return static_cast<std::uint32_t>(plan_.constants.size() - 1);
    }

    check::CheckedRuleSet& in_;
    Plan& plan_;
    std::map<std::pair<std::uint32_t, DocumentKind>, std::uint32_t> defines_;
};

}  // namespace

CompiledRuleSet compile_rule_set(check::CheckedRuleSet&& checked) {
    auto plan = std::make_shared<Plan>();
    plan->texts = std::move(checked.texts);
    plan->labels = std::move(checked.labels);
    for (check::CheckedTable& table : checked.tables) {
        std::vector<Datum> key_values;
        for (std::int64_t key : table.keys)
            key_values.push_back(table.date_keys ? Datum::of_date(check::date_of_day_number(key)) : Datum::of_integer(key));
        plan->tables.push_back({table.name, table.date_keys, table.value_type, std::move(table.keys),
                                std::move(table.values), std::move(key_values)});
    }

    // Inlining adds nodes and folding and shared defines save some: the plan comes out
    // about as large as the checked rule set.
    plan->nodes.reserve(checked.nodes.size());
    plan->children.reserve(checked.children.size());
    Compiler compiler(checked, *plan);
    std::vector<RuleInfo> infos;
    for (std::size_t i = 0; i < checked.rules.size(); ++i) {
        const check::CheckedRule& rule = checked.rules[i];
        infos.push_back(info_of(rule));
        plan->rules.push_back(compiler.rule(rule));
        plan->severities.push_back(infos.back().severity);
        plan->rules_by_kind[static_cast<std::size_t>(rule.kind)].push_back(static_cast<std::uint32_t>(i));
    }
    plan->let_nodes.resize(plan->local_count, check::none);
    std::vector<std::string> profile_names;
    for (const check::CheckedProfile& profile : checked.profiles) {
        profile_names.push_back(profile.name);
        std::vector<std::optional<Severity>> severities(plan->severities.begin(), plan->severities.end());
        for (const auto& [rule, severity] : profile.overrides)
            severities[rule] = severity ? std::optional(severity_of(*severity)) : std::nullopt;
        plan->profiles.push_back(std::move(severities));
    }
    for (const std::vector<std::uint32_t>& excluded : checked.exclusions) {
        std::vector<bool> mask(checked.rules.size(), false);
        for (std::uint32_t rule : excluded) mask[rule] = true;
        plan->exclusions.push_back(std::move(mask));
    }
    return CompiledRuleSet(std::move(checked.name), std::move(checked.version), std::move(infos),
                           std::move(profile_names), std::move(plan));
}

}  // namespace drieluik
