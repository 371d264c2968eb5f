#include "syntax/print.hpp"

#include <string_view>
#include <typeinfo>

namespace drieluik::syntax {

namespace {

std::string_view spelling(ast::BinaryOp op) {
    using ast::BinaryOp;
    switch (op) {
        case BinaryOp::logical_or: return "or";
        case BinaryOp::logical_and: return "and";
        case BinaryOp::equal: return "=";
        case BinaryOp::not_equal: return "!=";
        case BinaryOp::less: return "<";
        case BinaryOp::less_equal: return "<=";
        case BinaryOp::greater: return ">";
        case BinaryOp::greater_equal: return ">=";
        case BinaryOp::in: return "in";
        case BinaryOp::not_in: return "not-in";
        case BinaryOp::otherwise: return "otherwise";
        case BinaryOp::add: return "+";
        case BinaryOp::subtract: return "-";
        case BinaryOp::multiply: return "*";
        case BinaryOp::divide: return "/";
    }
    return "?";
}

std::string_view spelling(ast::QuantifierKind kind) {
    using ast::QuantifierKind;
    switch (kind) {
        case QuantifierKind::every: return "every";
        case QuantifierKind::some: return "some";
        case QuantifierKind::count: return "count";
        case QuantifierKind::sum: return "sum";
        case QuantifierKind::min: return "min";
        case QuantifierKind::max: return "max";
        case QuantifierKind::find: return "find";
    }
    return "?";
}

std::string_view spelling(ast::DurationUnit unit) {
    switch (unit) {
        case ast::DurationUnit::days: return "days";
        case ast::DurationUnit::months: return "months";
        case ast::DurationUnit::years: return "years";
    }
    return "?";
}

std::string_view spelling(ast::TypeName type) {
    using ast::TypeName;
    switch (type) {
        case TypeName::boolean: return "boolean";
        case TypeName::integer: return "integer";
        case TypeName::decimal: return "decimal";
        case TypeName::money: return "money";
        case TypeName::date: return "date";
        case TypeName::text: return "text";
    }
    return "?";
}

std::string_view spelling(ast::Severity severity) {
    switch (severity) {
        case ast::Severity::error: return "error";
        case ast::Severity::warning: return "warning";
        case ast::Severity::advice: return "advice";
    }
    return "?";
}

std::string_view spelling(ast::Kind kind) {
    return kind == ast::Kind::agreement ? "agreement" : "programme";
}

std::string_view spelling(ast::TableKey key) {
    return key == ast::TableKey::date ? "date" : "integer";
}

class Printer {
public:
    explicit Printer(std::string& out) : out_(out) {}

    // Expressions ------------------------------------------------------------------------
    void operator()(const ast::Expr& expr) { expr.apply_visitor(Visit{*this}); }

    void operator()(const ast::Literal& literal) {
        switch (literal.kind) {
            case ast::LiteralKind::date: return tagged("date", literal.text);
            case ast::LiteralKind::money: return tagged("money", literal.text);
            case ast::LiteralKind::percent: return tagged("percent", literal.text);
            case ast::LiteralKind::string: return quoted(literal.text);
            case ast::LiteralKind::decimal:
            case ast::LiteralKind::integer:
            case ast::LiteralKind::boolean: out_ += literal.text; return;
        }
    }
    void operator()(const ast::Name& name) { out_ += name.text; }
    void operator()(const ast::Unary& node) {
        open(node.op == ast::UnaryOp::negate ? "-" : "not");
        item(node.operand);
        close();
    }
    void operator()(const ast::Binary& node) {
        open(spelling(node.op));
        item(node.left);
        item(node.right);
        close();
    }
    void operator()(const ast::IfExpr& node) {
        open("if");
        item(node.condition);
        item(node.then_branch);
        item(node.else_branch);
        close();
    }
    void operator()(const ast::Quantifier& node) {
        open(spelling(node.kind));
        item(node.variable);
        item(node.domain);
        if (node.where) {
            out_ += ' ';
            open("where");
            item(*node.where);
            close();
        }
        if (node.body) item(*node.body);
        close();
    }
    void operator()(const ast::Call& node) {
        open("call");
        item(node.function);
        for (const auto& argument : node.arguments) item(argument);
        close();
    }
    void operator()(const ast::Member& node) {
        if (is_path(node.object)) {
            (*this)(node.object);
            out_ += '.';
            out_ += node.member.text;
            return;
        }
        open(".");
        item(node.object);
        item(node.member);
        close();
    }
    void operator()(const ast::Duration& node) {
        open(spelling(node.unit));
        item(node.amount);
        close();
    }
    void operator()(const ast::SetExpr& node) {
        open("set");
        for (const auto& element : node.elements) item(element);
        close();
    }
    void operator()(const ast::Range& node) {
        open("range");
        item(node.from);
        item(node.to);
        close();
    }

    // Declarations -----------------------------------------------------------------------
    void operator()(const ast::RulesetDecl& node) {
        open("ruleset");
        item(node.name);
        out_ += " (version";
        item(node.version);
        out_ += "))";
    }
    void operator()(const ast::Import& node) {
        open("import");
        item(node.path);
        close();
    }
    void operator()(const ast::Define& node) {
        open("define");
        item(node.name);
        item(node.value);
        close();
    }
    void operator()(const ast::Function& node) {
        open("function");
        item(node.name);
        out_ += " (";
        for (std::size_t i = 0; i < node.params.size(); ++i) {
            if (i > 0) out_ += ' ';
            open(node.params[i].name.text);
            word(spelling(node.params[i].type));
            close();
        }
        out_ += ')';
        word(spelling(node.result));
        item(node.body);
        close();
    }
    void operator()(const ast::Table& node) {
        open("table");
        item(node.name);
        out_ += " (by ";
        out_ += spelling(node.key);
        out_ += ')';
        word(spelling(node.value_type));
        for (const auto& row : node.rows) {
            out_ += ' ';
            open("from");
            item(row.key);
            item(row.value);
            close();
        }
        close();
    }
    void operator()(const ast::Rule& node) {
        open("rule");
        item(node.id);
        out_ += ' ';
        clause("severity", spelling(node.severity));
        clause("category", node.category);
        clause("source", node.source);
        clause("title", node.title);
        if (node.explanation) clause("explain", *node.explanation);
        clause("applies-to", spelling(node.applies_to));
        if (node.for_each) {
            open("for-each");
            item(node.for_each->variable);
            item(node.for_each->domain);
            close();
            out_ += ' ';
        }
        lets(node.lets_before_when);
        if (node.when) clause("when", *node.when);
        lets(node.lets_after_when);
        clause("require", node.require);
        if (node.at) clause("at", *node.at);
        open("message");
        out_ += " nl";
        item(node.message_nl);
        out_ += " en";
        item(node.message_en);
        close();
        if (!node.with.empty()) {
            out_ += ' ';
            open("with");
            for (const auto& binding : node.with) {
                out_ += ' ';
                open(binding.name.text);
                item(binding.value);
                close();
            }
            close();
        }
        close();
    }
    void operator()(const ast::Profile& node) {
        open("profile");
        item(node.name);
        for (const auto& override_ : node.overrides) {
            out_ += ' ';
            open(override_.rule.text);
            word(override_.severity ? spelling(*override_.severity) : "off");
            close();
        }
        close();
    }

    struct Visit {
        using result_type = void;
        Printer& printer;
        template <typename Node>
        void operator()(const Node& node) const { printer(node); }
        template <typename Node>
        void operator()(const boost::spirit::x3::forward_ast<Node>& node) const {
            printer(node.get());
        }
    };

private:
    static bool is_path(const ast::Expr& expr) {
        if (expr.get().type() == typeid(ast::Name)) return true;
        if (const auto* member = boost::get<boost::spirit::x3::forward_ast<ast::Member>>(&expr.get())) {
            return is_path(member->get().object);
        }
        return false;
    }

    void open(std::string_view head) {
        out_ += '(';
        out_ += head;
    }
    void close() { out_ += ')'; }
    void word(std::string_view text) {
        out_ += ' ';
        out_ += text;
    }
    template <typename Node>
    void item(const Node& node) {
        out_ += ' ';
        (*this)(node);
    }
    void item(const ast::StringLiteral& string) {
        out_ += ' ';
        quoted(string.value);
    }
    void item(const ast::Texts& texts) {
        out_ += " nl";
        item(texts.nl);
        out_ += " en";
        item(texts.en);
    }
    // "(head value) "
    template <typename Value>
    void clause(std::string_view head, const Value& value) {
        open(head);
        item(value);
        out_ += ") ";
    }
    void clause(std::string_view head, std::string_view value) {
        open(head);
        word(value);
        out_ += ") ";
    }
    void lets(const std::vector<ast::Let>& lets) {
        for (const auto& let : lets) {
            open("let");
            item(let.name);
            item(let.value);
            out_ += ") ";
        }
    }
    void tagged(std::string_view head, const std::string& text) {
        open(head);
        word(text);
        close();
    }
    void quoted(const std::string& text) {
        out_ += '"';
        for (char c : text) {
            if (c == '"' || c == '\\') out_ += '\\';
            out_ += c;
        }
        out_ += '"';
    }

    std::string& out_;
};

}  // namespace

std::string print(const ast::Expr& expr) {
    std::string out;
    Printer{out}(expr);
    return out;
}

std::string print(const ast::Item& item) {
    std::string out;
    Printer printer{out};
    item.apply_visitor(Printer::Visit{printer});
    return out;
}

std::string print(const ast::File& file) {
    std::string out;
    for (const auto& item : file.items) {
        out += print(item);
        out += '\n';
    }
    return out;
}

}  // namespace drieluik::syntax
