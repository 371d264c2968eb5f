#pragma once
// What the checker hands to the compiler: every declaration of a rule set with its
// expressions typed and resolved (ir.hpp). Expressions of rules, defines and functions
// live in one node array; each owner numbers its own local slots from 0 (a function's
// parameters first), and the compiler gives them their place in the plan.

#include "ast.hpp"
#include "base/format.hpp"
#include "check/ir.hpp"
#include "syntax/parser.hpp"

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace drieluik::check {

// An expression tree owned by a define or function body, checked for one document kind.
struct Body {
    std::uint32_t node = none;       // none: not checked for that kind
    std::uint16_t local_count = 0;
};

struct CheckedDefine {
    std::string name;
    std::array<Body, 2> body;        // by DocumentKind
};

struct CheckedFunction {
    std::string name;
    std::vector<Type> params;
    Type result;
    std::array<Body, 2> body;        // by DocumentKind
};

struct CheckedTable {
    std::string name;
    bool date_keys = true;           // else integer keys
    Type value_type;
    std::vector<std::int64_t> keys;  // strictly increasing; dates as day numbers
    std::vector<Datum> values;
};

struct Binding {
    std::string name;
    std::uint16_t local = 0;
    std::uint32_t node = none;
    Type type;
};

struct CheckedRule {
    const ast::Rule* rule = nullptr;           // id, severity, texts and source
    const syntax::ParsedFile* file = nullptr;  // where it is written
    DocumentKind kind = DocumentKind::agreement;
    std::optional<Binding> for_each;           // node: the domain
    std::vector<Binding> lets_before_when;
    std::uint32_t when = none;
    std::vector<Binding> lets_after_when;
    std::uint32_t require = none;
    std::uint32_t at = none;
    std::array<std::optional<MessageTemplate>, 2> messages;  // by Language; none: the pattern has an error
    std::vector<Binding> with;
    std::uint16_t local_count = 0;
};

struct CheckedProfile {
    std::string name;
    // The rule's index in CheckedRuleSet::rules and its severity there; none: off.
    std::vector<std::pair<std::uint32_t, std::optional<ast::Severity>>> overrides;
};

struct CheckedRuleSet {
    std::string name, version;
    std::vector<Node> nodes;
    std::vector<std::uint32_t> children;
    std::vector<Datum> constants;
    std::deque<std::string> texts;             // text constants and labels; never moves
    std::vector<std::string_view> labels;      // into texts
    std::vector<CheckedDefine> defines;
    std::vector<CheckedFunction> functions;
    std::vector<CheckedTable> tables;
    std::vector<CheckedRule> rules;            // sorted by id
    std::vector<CheckedProfile> profiles;
    std::vector<std::vector<std::uint32_t>> exclusions;  // of template_problems: rule indices
};

}  // namespace drieluik::check
