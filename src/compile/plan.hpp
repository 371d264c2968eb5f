#pragma once
// The evaluation plan: every rule's expressions as one flat array of typed nodes with
// their operands by index, document paths resolved to record slots, bindings to local
// slots, defines to memoised slots, functions inlined, constants folded, tables as sorted
// key/value arrays and messages compiled once. Built by the compiler, read by the
// evaluator; immutable once built.

#include "base/format.hpp"
#include "check/ir.hpp"
#include "compile/operations.hpp"
#include "compile/ruleset.hpp"

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace drieluik {

class Plan {
public:
    struct Table {
        std::string name;
        bool date_keys = true;
        check::Type value_type;
        std::vector<std::int64_t> keys;  // strictly increasing
        std::vector<check::Datum> values;
        std::vector<check::Datum> key_values;  // the keys as values, for keys(table)
        operations::TableView view() const { return {keys, values, date_keys}; }
    };

    struct Binding {
        std::string name;
        std::uint16_t local = 0;
        std::uint32_t node = check::none;
        check::Type type;
    };

    // A message in one language, with the binding that fills each of its arguments.
    struct Message {
        MessageTemplate pattern;
        std::vector<Binding> arguments;  // in the order of pattern.argument_names()
    };

    struct Rule {
        std::optional<Binding> for_each;     // node: the domain
        std::uint32_t when = check::none;    // lets and withs are in Plan::let_nodes
        std::uint32_t require = check::none;
        std::uint32_t at = check::none;
        std::vector<Binding> evidence;       // the for-each variable when scalar, lets, withs
        std::array<std::optional<Message>, 2> messages;  // by Language
    };

    // ---- expressions
    std::vector<check::Node> nodes;
    std::vector<std::uint32_t> children;
    std::vector<check::Datum> constants;
    std::deque<std::string> texts;            // text constants and labels; never moves
    std::vector<std::string_view> labels;     // into texts
    std::uint32_t local_count = 0;
    // Per local slot: the expression of the let or with that binds it, computed when the
    // rule first reads it (a let that 'when' or 'require' does not need costs nothing);
    // none for the other slots, which their binder writes.
    std::vector<std::uint32_t> let_nodes;

    // ---- declarations
    std::vector<Table> tables;
    std::vector<std::uint32_t> defines;       // the body of each memoised define
    std::vector<Rule> rules;                  // in the order of CompiledRuleSet::rules()
    std::array<std::vector<std::uint32_t>, 2> rules_by_kind;  // by DocumentKind
    // Per profile, the severity of every rule under it; no value: the rule is off.
    std::vector<std::vector<std::optional<Severity>>> profiles;
    std::vector<Severity> severities;         // without a profile
    // Per template_problems call: whether rule i is left out of the template's problems.
    std::vector<std::vector<bool>> exclusions;

    const check::Node& node(std::uint32_t index) const { return nodes[index]; }
    std::uint32_t child(std::uint32_t index, std::size_t n) const { return children[nodes[index].first + n]; }
};

}  // namespace drieluik
