#include "parse_state.hpp"

#include "lexical.hpp"

#include <string>

namespace drieluik::grammar {

namespace {

std::string too_deep_message() {
    return "the expression is nested too deeply (the limit is " + std::to_string(max_nesting) +
           " levels)";
}

}  // namespace

void ParseState::tag(boost::spirit::x3::position_tagged& node, const char* first,
                     const char* last) {
    node.id_first = node.id_last = static_cast<int>(ranges_.size());
    ranges_.emplace_back(offset(first), offset(last));
    heights_.push_back(0);
}

void ParseState::tag_expression(boost::spirit::x3::position_tagged& node, const char* first,
                                const char* last, int height, const char* at) {
    if (height > max_nesting) throw syntax_error{at, too_deep_message()};
    tag(node, first, last);
    heights_.back() = static_cast<std::uint16_t>(height);
}

void ParseState::widen(const ast::Expr& expr, const char* first, const char* last) {
    ranges_[static_cast<std::size_t>(ast::tagged(expr).id_first)] = {offset(first), offset(last)};
}

int ParseState::height(const ast::Expr& expr) const {
    return heights_[static_cast<std::size_t>(ast::tagged(expr).id_first)];
}

const char* ParseState::start(const ast::Expr& expr) const {
    return begin_ + ranges_[static_cast<std::size_t>(ast::tagged(expr).id_first)].first;
}

void ParseState::enter(const char* at) {
    if (depth_ >= max_nesting) throw syntax_error{at, too_deep_message()};
    ++depth_;
}

}  // namespace drieluik::grammar
