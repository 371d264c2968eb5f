#pragma once
// The syntax tree nodes that X3 fills field by field from a sequence of parsers. Nodes
// built by semantic actions (operator chains, members, durations, ranges) and by the
// token parsers (names, literals, strings) need no adaptation.

#include "ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::IfExpr, condition, then_branch, else_branch)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Quantifier, kind, variable, domain, where, body)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Call, function, arguments)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::SetExpr, elements)

BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::RulesetDecl, name, version)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Import, path)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Define, name, value)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Param, name, type)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Function, name, params, result, body)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::TableRow, key, value)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Table, name, key, value_type, rows)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Let, name, value)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Texts, nl, en)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::ForEach, variable, domain)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Rule, id, severity, category, source, title, explanation,
                          applies_to, for_each, lets_before_when, when, lets_after_when, require,
                          at, message_nl, message_en, with)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Override, rule, severity)
BOOST_FUSION_ADAPT_STRUCT(drieluik::ast::Profile, name, overrides)
