#include "check/checker.hpp"

#include "check/builtins.hpp"
#include "check/literal.hpp"
#include "check/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace drieluik::check {

namespace {

std::size_t kind_index(DocumentKind kind) { return static_cast<std::size_t>(kind); }

Type type_of(ast::TypeName name) {
    switch (name) {
        case ast::TypeName::boolean: return Type::of(TypeKind::boolean);
        case ast::TypeName::integer: return Type::of(TypeKind::integer);
        case ast::TypeName::decimal: return Type::of(TypeKind::decimal);
        case ast::TypeName::money: return Type::of(TypeKind::money);
        case ast::TypeName::date: return Type::of(TypeKind::date);
        case ast::TypeName::text: return Type::of(TypeKind::text);
    }
    return {};
}

bool same_diagnostic(const Diagnostic& a, const Diagnostic& b) {
    return a.level == b.level && a.file == b.file && a.position == b.position && a.message == b.message;
}

}  // namespace

CheckOutcome check_rule_set(std::span<const syntax::ParsedFile* const> files) {
    return Checker(files).run();
}

Checker::Checker(std::span<const syntax::ParsedFile* const> files) : files_(files) {}

CheckOutcome Checker::run() {
    reserve_nodes();
    std::map<std::string, std::pair<const syntax::ParsedFile*, const ast::Rule*>, std::less<>> rules;
    for (const syntax::ParsedFile* file : files_) {
        diagnostics_.insert(diagnostics_.end(), file->diagnostics.begin(), file->diagnostics.end());
        collect(*file);
        for (const ast::Item& item : file->file.items) {
            const auto* rule = boost::get<ast::Rule>(&item);
            if (rule == nullptr) continue;
            auto [it, inserted] = rules.try_emplace(rule->id.text, file, rule);
            if (!inserted) {
                report(DiagnosticLevel::error, *file, rule->id,
                       fmt::format("duplicate rule id '{}'", rule->id.text),
                       {fmt::format("'{}' is first defined at {}", rule->id.text,
                                    where(*it->second.first, it->second.second->id))});
            }
        }
    }
    for (const auto& [id, source] : rules) {
        CheckedRule rule;
        rule.file = source.first;
        rule.rule = source.second;
        rule.kind = source.second->applies_to == ast::Kind::agreement ? DocumentKind::agreement
                                                                        : DocumentKind::programme;
        out_.rules.push_back(std::move(rule));
    }
    for (CheckedRule& rule : out_.rules) check_rule(rule);

    // Declarations no rule uses are still checked, against the agreement model.
    for (std::uint32_t i = 0; i < define_sources_.size(); ++i) {
        if (define_sources_[i].state[0] == State::unchecked && define_sources_[i].state[1] == State::unchecked)
            check_define_body(i, DocumentKind::agreement);
    }
    for (std::uint32_t i = 0; i < function_sources_.size(); ++i) {
        if (function_sources_[i].state[0] == State::unchecked && function_sources_[i].state[1] == State::unchecked)
            check_function_body(i, DocumentKind::agreement);
    }
    for (std::size_t i = 0; i < profile_sources_.size(); ++i) check_profile(*profile_sources_[i], *profile_files_[i]);

    std::stable_sort(diagnostics_.begin(), diagnostics_.end());
    diagnostics_.erase(std::unique(diagnostics_.begin(), diagnostics_.end(), same_diagnostic), diagnostics_.end());

    CheckOutcome outcome;
    outcome.has_errors = std::any_of(diagnostics_.begin(), diagnostics_.end(),
                                     [](const Diagnostic& d) { return d.level == DiagnosticLevel::error; });
    outcome.rules = std::move(out_);
    outcome.diagnostics = std::move(diagnostics_);
    return outcome;
}

// ---- declarations -----------------------------------------------------------------------

void Checker::collect(const syntax::ParsedFile& file) {
    for (const ast::Item& item : file.file.items) {
        if (const auto* ruleset = boost::get<ast::RulesetDecl>(&item)) {
            if (ruleset_decl_ != nullptr) {
                report(DiagnosticLevel::error, file, *ruleset, "the rule set is named twice",
                       {fmt::format("it is first named at {}", where(*ruleset_file_, *ruleset_decl_))});
                continue;
            }
            ruleset_decl_ = ruleset;
            ruleset_file_ = &file;
            out_.name = ruleset->name.value;
            out_.version = ruleset->version.value;
        } else if (const auto* define = boost::get<ast::Define>(&item)) {
            const auto index = static_cast<std::uint32_t>(out_.defines.size());
            out_.defines.push_back({define->name.text, {}});
            define_sources_.push_back({define, &file, {}, {}});
            declare(define->name.text, {DeclarationKind::define, index, &file, &define->name});
        } else if (const auto* function = boost::get<ast::Function>(&item)) {
            const auto index = static_cast<std::uint32_t>(out_.functions.size());
            CheckedFunction checked;
            checked.name = function->name.text;
            for (const ast::Param& param : function->params) checked.params.push_back(type_of(param.type));
            checked.result = type_of(function->result);
            out_.functions.push_back(std::move(checked));
            function_sources_.push_back({function, &file, {}});
            declare(function->name.text, {DeclarationKind::function, index, &file, &function->name});
        } else if (const auto* table = boost::get<ast::Table>(&item)) {
            const auto index = static_cast<std::uint32_t>(out_.tables.size());
            out_.tables.emplace_back();
            check_table(*table, file, index);
            declare(table->name.text, {DeclarationKind::table, index, &file, &table->name});
        } else if (const auto* profile = boost::get<ast::Profile>(&item)) {
            profile_sources_.push_back(profile);
            profile_files_.push_back(&file);
        }
    }
}

void Checker::declare(std::string_view name, Declaration declaration) {
    if (is_builtin_name(name)) {
        report(DiagnosticLevel::error, *declaration.file, *declaration.node,
               fmt::format("'{}' is a built-in name and cannot be declared again", name));
        return;
    }
    auto [it, inserted] = declarations_.try_emplace(std::string(name), declaration);
    if (!inserted) {
        report(DiagnosticLevel::error, *declaration.file, *declaration.node, fmt::format("'{}' is declared twice", name),
               {fmt::format("'{}' is first declared at {}", name, where(*it->second.file, *it->second.node))});
    }
}

const Checker::Declaration* Checker::find_declaration(std::string_view name) const {
    auto it = declarations_.find(name);
    return it == declarations_.end() ? nullptr : &it->second;
}

void Checker::check_table(const ast::Table& table, const syntax::ParsedFile& file, std::uint32_t index) {
    CheckedTable checked;
    checked.name = table.name.text;
    checked.date_keys = table.key == ast::TableKey::date;
    checked.value_type = type_of(table.value_type);
    const std::string_view key_kind = checked.date_keys ? "date" : "integer";
    for (const ast::TableRow& row : table.rows) {
        std::string problem;
        auto key = parse_literal(row.key, problem);
        if (!key) {
            report(DiagnosticLevel::error, file, row.key, problem);
            continue;
        }
        const TypeKind wanted = checked.date_keys ? TypeKind::date : TypeKind::integer;
        if (key->type.kind != wanted) {
            report(DiagnosticLevel::error, file, row.key,
                   fmt::format("the keys of table {} are of type {}, and {} is {}", checked.name, key_kind,
                               row.key.text, describe(key->type)));
            continue;
        }
        const std::int64_t k = checked.date_keys ? key->value.date.day_number() : key->value.integer;
        if (!checked.keys.empty() && k <= checked.keys.back()) {
            const std::string previous = checked.date_keys ? date_of_day_number(checked.keys.back()).to_string()
                                                           : std::to_string(checked.keys.back());
            report(DiagnosticLevel::error, file, row.key,
                   fmt::format("the keys of table {} must increase strictly: {} does not come after {}",
                               checked.name, row.key.text, previous));
            continue;
        }
        auto value = parse_literal(row.value, problem);
        if (!value) {
            report(DiagnosticLevel::error, file, row.value, problem);
            continue;
        }
        if (!table_value(*value, checked.value_type)) {
            report(DiagnosticLevel::error, file, row.value,
                   fmt::format("table {} holds {} values, and {} is {}", checked.name,
                               describe(checked.value_type), row.value.text, describe(value->type)));
            continue;
        }
        if (value->type.kind == TypeKind::text) {
            out_.texts.emplace_back(row.value.text);
            value->value = Datum::of_text(out_.texts.back());
        }
        checked.keys.push_back(k);
        checked.values.push_back(value->value);
    }
    if (table.rows.empty()) report(DiagnosticLevel::error, file, table.name, fmt::format("table {} has no rows", checked.name));
    out_.tables[index] = std::move(checked);
}

void Checker::check_profile(const ast::Profile& profile, const syntax::ParsedFile& file) {
    for (std::size_t i = 0; i < out_.profiles.size(); ++i) {
        if (out_.profiles[i].name == profile.name.text) {
            report(DiagnosticLevel::error, file, profile.name, fmt::format("profile '{}' is declared twice", profile.name.text));
            return;
        }
    }
    CheckedProfile checked;
    checked.name = profile.name.text;
    const std::vector<std::string_view> ids = rule_ids();
    for (const ast::Override& override : profile.overrides) {
        auto it = std::lower_bound(ids.begin(), ids.end(), std::string_view(override.rule.text));
        if (it == ids.end() || *it != override.rule.text) {
            report(DiagnosticLevel::error, file, override.rule,
                   fmt::format("profile '{}' overrides unknown rule '{}'{}", checked.name, override.rule.text,
                               did_you_mean(override.rule.text, ids)));
            continue;
        }
        const auto index = static_cast<std::uint32_t>(it - ids.begin());
        const bool repeated = std::any_of(checked.overrides.begin(), checked.overrides.end(),
                                          [&](const auto& o) { return o.first == index; });
        if (repeated) {
            report(DiagnosticLevel::error, file, override.rule,
                   fmt::format("profile '{}' overrides rule '{}' twice", checked.name, override.rule.text));
            continue;
        }
        checked.overrides.emplace_back(index, override.severity ? std::optional<ast::Severity>(*override.severity)
                                                                : std::nullopt);
    }
    out_.profiles.push_back(std::move(checked));
}

std::vector<std::string_view> Checker::rule_ids() const {
    std::vector<std::string_view> ids;
    ids.reserve(out_.rules.size());
    for (const CheckedRule& rule : out_.rules) ids.push_back(rule.rule->id.text);
    return ids;
}

// Checking a define or function body happens on first use, for the document kind of the
// rule that uses it; a use while it is being checked is recursion.
bool Checker::enter(std::string_view owner, State& state, const x3::position_tagged& use) {
    if (state == State::done) return true;
    if (state == State::checking) {
        auto start = std::find(chain_.begin(), chain_.end(), owner);
        std::string cycle;
        for (auto it = start; it != chain_.end(); ++it) cycle += *it + " → ";
        error(use, fmt::format("'{}' refers to itself ({}{}); recursion is not allowed", owner, cycle, owner));
        return false;
    }
    return true;
}

Type Checker::define_type(std::uint32_t index, const x3::position_tagged& use) {
    DefineSource& source = define_sources_[index];
    const std::size_t k = kind_index(scope_->kind);
    if (!enter(source.ast->name.text, source.state[k], use)) return {};
    if (source.state[k] == State::unchecked) check_define_body(index, scope_->kind);
    return source.type[k];
}

bool Checker::function_checked(std::uint32_t index, const x3::position_tagged& use) {
    FunctionSource& source = function_sources_[index];
    const std::size_t k = kind_index(scope_->kind);
    if (!enter(source.ast->name.text, source.state[k], use)) return false;
    if (source.state[k] == State::unchecked) check_function_body(index, scope_->kind);
    return true;
}

void Checker::check_define_body(std::uint32_t index, DocumentKind kind) {
    DefineSource& source = define_sources_[index];
    const std::size_t k = kind_index(kind);
    source.state[k] = State::checking;
    Scope scope{source.file, &model_of(kind), kind, {}, 0};
    Scope* const saved = scope_;
    scope_ = &scope;
    chain_.push_back(source.ast->name.text);
    std::uint32_t body = scalar(expr(source.ast->value));
    if (type(body).kind == TypeKind::duration) {
        error(ast::tagged(source.ast->value), "a duration can only be added to or subtracted from a date");
        body = invalid(ast::tagged(source.ast->value));
    }
    chain_.pop_back();
    scope_ = saved;
    source.state[k] = State::done;
    source.type[k] = type(body);
    out_.defines[index].body[k] = Body{body, scope.local_count};
}

void Checker::check_function_body(std::uint32_t index, DocumentKind kind) {
    FunctionSource& source = function_sources_[index];
    CheckedFunction& function = out_.functions[index];
    const std::size_t k = kind_index(kind);
    source.state[k] = State::checking;
    Scope scope{source.file, &model_of(kind), kind, {}, 0};
    Scope* const saved = scope_;
    scope_ = &scope;
    chain_.push_back(source.ast->name.text);
    for (std::size_t i = 0; i < source.ast->params.size(); ++i)
        new_local(source.ast->params[i].name.text, function.params[i], source.ast->params[i].name);
    const std::uint32_t body = scalar(expr(source.ast->body));
    std::uint32_t result = convert(body, function.result);
    if (result == none) {
        if (type(body).kind != TypeKind::invalid)
            error(ast::tagged(source.ast->body),
                  fmt::format("function {} returns {}, but its body is {}", function.name,
                              describe(function.result), describe(type(body))));
        result = invalid(ast::tagged(source.ast->body));
    }
    chain_.pop_back();
    scope_ = saved;
    source.state[k] = State::done;
    out_.functions[index].body[k] = Body{result, scope.local_count};
}

// ---- nodes and types ----------------------------------------------------------------------

// Nodes come from the expressions of the syntax tree, which make up about half of its
// position-tagged nodes (the rest are names, strings and declarations). Reserving that
// many up front saves growing the arrays step by step, each step a fresh copy.
void Checker::reserve_nodes() {
    std::size_t tagged = 0;
    for (const syntax::ParsedFile* file : files_) tagged += file->ranges.size();
    out_.nodes.reserve(tagged / 2);
    out_.children.reserve(tagged / 2);
    origins_.reserve(tagged / 2);
}

std::uint32_t Checker::add(const x3::position_tagged& at, Node n, std::span<const std::uint32_t> children) {
    n.first = static_cast<std::uint32_t>(out_.children.size());
    n.count = static_cast<std::uint16_t>(children.size());
    out_.children.insert(out_.children.end(), children.begin(), children.end());
    out_.nodes.push_back(n);
    origins_.push_back(scope_ != nullptr ? Origin{scope_->file, at.id_first} : Origin{});
    return static_cast<std::uint32_t>(out_.nodes.size() - 1);
}

Position Checker::position_of(std::uint32_t node) const {
    const Origin& origin = origins_[node];
    if (origin.file == nullptr) return {};
    x3::position_tagged tagged;
    tagged.id_first = origin.id;
    return origin.file->position(tagged);
}

std::uint32_t Checker::invalid(const x3::position_tagged& at) {
    Node n;
    n.op = Op::constant;
    n.a = none;
    return add(at, n);
}

std::uint32_t Checker::constant(const x3::position_tagged& at, Datum value, Type t) {
    Node n;
    n.op = Op::constant;
    n.type = t;
    n.a = static_cast<std::uint32_t>(out_.constants.size());
    out_.constants.push_back(value);
    return add(at, n);
}

std::uint32_t Checker::text_constant(const x3::position_tagged& at, std::string_view text) {
    out_.texts.emplace_back(text);
    return constant(at, Datum::of_text(out_.texts.back()), Type::of(TypeKind::text));
}

std::uint32_t Checker::label(std::string_view text) {
    out_.texts.emplace_back(text);
    out_.labels.push_back(out_.texts.back());
    return static_cast<std::uint32_t>(out_.labels.size() - 1);
}

std::uint32_t Checker::scalar(std::uint32_t index) {
    const Type t = type(index);
    if (t.kind != TypeKind::record) return index;
    const DocumentModel& model = *scope_->model;
    const FieldId element = model.records()[t.record].element;
    const FieldDef& def = model.field(element);
    if (def.type != ValueType::list || def.item_type == ValueType::container) return index;
    Node n;
    n.op = Op::read;
    n.sub = static_cast<std::uint8_t>(def.item_type);
    n.field = element;
    n.a = 0;
    n.type = Type::of(TypeKind::text);
    n.label = node(index).label;
    const std::uint32_t children[] = {index};
    const std::uint32_t result = add(x3::position_tagged{}, n, children);
    origins_[result] = origins_[index];
    return result;
}

std::uint32_t Checker::convert(std::uint32_t index, Type to) {
    const Type from = type(index);
    if (from == to) return index;
    if (from.kind == TypeKind::integer && (to.kind == TypeKind::decimal || to.kind == TypeKind::money)) {
        Node n;
        n.op = Op::to_decimal;
        n.type = to;
        const std::uint32_t children[] = {index};
        const std::uint32_t result = add(x3::position_tagged{}, n, children);
        origins_[result] = origins_[index];
        return result;
    }
    return none;
}

Type Checker::unify(std::uint32_t& left, std::uint32_t& right) {
    const Type l = type(left), r = type(right);
    if (l == r) return l;
    auto rank = [](TypeKind k) { return k == TypeKind::integer ? 0 : k == TypeKind::decimal ? 1 : 2; };
    if (l.numeric() && r.numeric()) {
        if (l.kind != TypeKind::integer && r.kind != TypeKind::integer) return {};  // decimal with money
        const Type common = rank(l.kind) > rank(r.kind) ? l : r;
        left = convert(left, common);
        right = convert(right, common);
        return common;
    }
    return {};
}

Type Checker::field_type(FieldId field) const {
    const FieldDef& def = scope_->model->field(field);
    switch (def.type) {
        case ValueType::container: return Type::of(TypeKind::container);
        case ValueType::text:
        case ValueType::token:
        case ValueType::pattern: return Type::of(TypeKind::text);
        case ValueType::date: return Type::of(TypeKind::date);
        case ValueType::decimal: return Type::of(TypeKind::decimal);
        case ValueType::money: return Type::of(TypeKind::money);
        case ValueType::count:
        case ValueType::integer: return Type::of(TypeKind::integer);
        case ValueType::boolean: return Type::of(TypeKind::boolean);
        case ValueType::enumeration: return Type::enum_of(def.enumeration);
        case ValueType::enum_list: return Type::list_of(Type::enum_of(def.enumeration));
        case ValueType::list: return Type::list_of(Type::record_of(def.own_record));
    }
    return {};
}

std::string Checker::describe(Type t) const {
    return check::describe(t, scope_ != nullptr ? scope_->model : nullptr);
}

std::uint16_t Checker::new_local(std::string name, Type t, const x3::position_tagged& at) {
    if (find_local(name) != nullptr) error(at, fmt::format("'{}' is already bound", name));
    const std::uint16_t slot = scope_->local_count++;
    scope_->locals.push_back({std::move(name), slot, t});
    return slot;
}

const Checker::Local* Checker::find_local(std::string_view name) const {
    for (auto it = scope_->locals.rbegin(); it != scope_->locals.rend(); ++it)
        if (it->name == name) return &*it;
    return nullptr;
}

// ---- diagnostics ---------------------------------------------------------------------------

void Checker::report(DiagnosticLevel level, const syntax::ParsedFile& file, const x3::position_tagged& at,
                     std::string message, std::vector<std::string> notes) {
    Diagnostic d;
    d.level = level;
    d.file = file.source.name();
    d.position = file.position(at);
    d.message = std::move(message);
    d.notes = std::move(notes);
    diagnostics_.push_back(std::move(d));
}

void Checker::error(const x3::position_tagged& at, std::string message, std::vector<std::string> notes) {
    report(DiagnosticLevel::error, *scope_->file, at, std::move(message), std::move(notes));
}

std::string Checker::where(const syntax::ParsedFile& file, const x3::position_tagged& node) const {
    const Position p = file.position(node);
    return fmt::format("{}:{}:{}", file.source.name(), p.line, p.column);
}

}  // namespace drieluik::check
