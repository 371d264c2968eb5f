// Checking a rule: its bindings in the order they are written (each sees the ones before
// it), its conditions, its location and its messages.

#include "check/checker.hpp"
#include "base/format.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace drieluik::check {

void Checker::check_rule(CheckedRule& rule) {
    const ast::Rule& r = *rule.rule;
    Scope scope{rule.file, &model_of(rule.kind), rule.kind, {}, 0};
    scope_ = &scope;
    if (r.for_each) {
        const std::uint32_t list = domain(r.for_each->domain);
        const Type t = type(list);
        const Type element = t.kind == TypeKind::list ? t.element_type() : Type{};
        const std::uint16_t slot = new_local(r.for_each->variable.text, element, r.for_each->variable);
        rule.for_each = Binding{r.for_each->variable.text, slot, list, element};
    }
    for (const ast::Let& let : r.lets_before_when) rule.lets_before_when.push_back(bind(let));
    if (r.when) rule.when = condition(*r.when, "when");
    for (const ast::Let& let : r.lets_after_when) rule.lets_after_when.push_back(bind(let));
    rule.require = condition(r.require, "require");
    if (r.at) {
        rule.at = expr(*r.at);
        if (type(rule.at).kind == TypeKind::duration) {
            error(ast::tagged(*r.at), "'at' needs a part of the document, not a duration");
            rule.at = invalid(ast::tagged(*r.at));
        }
    }
    for (const ast::Let& with : r.with) rule.with.push_back(bind(with));
    check_message(r.message_nl, Language::nl, rule);
    check_message(r.message_en, Language::en, rule);
    rule.local_count = scope.local_count;
    warn_optional_reads(rule);
    scope_ = nullptr;
}

Binding Checker::bind(const ast::Let& let) {
    std::uint32_t value = expr(let.value);
    Type t = type(value);
    if (t.kind == TypeKind::duration) {
        error(ast::tagged(let.value), "a duration can only be added to or subtracted from a date");
        value = invalid(ast::tagged(let.value));
        t = Type{};
    }
    const std::uint16_t slot = new_local(let.name.text, t, let.name);
    return Binding{let.name.text, slot, value, t};
}

std::uint32_t Checker::condition(const ast::Expr& e, std::string_view clause) {
    const std::uint32_t value = scalar(expr(e));
    const Type t = type(value);
    if (t.kind != TypeKind::boolean && t.kind != TypeKind::invalid) {
        error(ast::tagged(e), fmt::format("'{}' needs a boolean, not {}", clause, describe(t)));
        return invalid(ast::tagged(e));
    }
    return value;
}

void Checker::check_message(const ast::StringLiteral& message, Language language, CheckedRule& rule) {
    auto compiled = MessageTemplate::compile(message.value, language);
    if (const auto* problem = std::get_if<MessageError>(&compiled)) {
        // The offset counts code points of the text between the quotes.
        Diagnostic d;
        d.level = DiagnosticLevel::error;
        d.file = scope_->file->source.name();
        d.position = scope_->file->position(message);
        d.position.column += 1 + problem->offset;
        d.message = fmt::format("the message is not a valid ICU MessageFormat pattern: {}", problem->message);
        diagnostics_.push_back(std::move(d));
        return;
    }
    const MessageTemplate& pattern =
        rule.messages[static_cast<std::size_t>(language)].emplace(std::get<MessageTemplate>(std::move(compiled)));
    std::vector<const Binding*> bound;
    if (rule.for_each) bound.push_back(&*rule.for_each);
    for (const auto* bindings : {&rule.lets_before_when, &rule.lets_after_when, &rule.with})
        for (const Binding& binding : *bindings) bound.push_back(&binding);
    const auto& numeric = pattern.numeric_argument_names();
    for (const std::string& name : pattern.argument_names()) {
        auto it = std::find_if(bound.begin(), bound.end(), [&](const Binding* b) { return b->name == name; });
        if (it == bound.end()) {
            error(message, fmt::format("placeholder {{{}}} is not bound: add 'with {} = ...' or a let of that name", name, name));
            continue;
        }
        const Type t = (*it)->type;
        if (std::binary_search(numeric.begin(), numeric.end(), name) && !t.numeric() && t.kind != TypeKind::invalid)
            error(message, fmt::format("placeholder {{{}}} is used as a number, but {} is {}", name, name, describe(t)));
    }
}

}  // namespace drieluik::check
