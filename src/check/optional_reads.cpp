// Warnings for reads of optional document fields that nothing guards: such a rule is
// undecided on every document that lacks the field, which is rarely what its writer meant.
// A read is guarded when the rule tests the field with exists() (directly or through a
// define it uses), or when the read sits where absence is expected: inside exists(), on
// the left of 'otherwise', or in least()/greatest().

#include "check/checker.hpp"

#include <fmt/format.h>

#include <set>

namespace drieluik::check {

namespace {

constexpr std::int64_t not_a_path = -2;
constexpr std::int64_t root_base = -1;

struct Guard {
    std::int64_t base;
    FieldId field;
};

class OptionalReads {
public:
    OptionalReads(const CheckedRuleSet& set, const DocumentModel& model, DocumentKind kind)
        : set_(set), model_(model), kind_(kind) {}

    void collect_guards(std::uint32_t index) {
        if (index == none) return;
        const Node& n = set_.nodes[index];
        if (n.op == Op::define) {
            const std::uint32_t body = set_.defines[n.a].body[static_cast<std::size_t>(kind_)].node;
            if (visited_defines_.insert(n.a).second) collect_guards(body);
            return;
        }
        if (n.op == Op::exists) {
            const Node& operand = set_.nodes[child(index, 0)];
            if (operand.op == Op::read) {
                const std::int64_t b = base(child(index, 0));
                if (b != not_a_path) guards_.push_back({b, operand.field});
            }
        }
        for (std::uint16_t i = 0; i < n.count; ++i) collect_guards(child(index, i));
    }

    // The unguarded reads below `index`, in the order they are written.
    void collect_reads(std::uint32_t index, bool sheltered, std::vector<std::uint32_t>& reads) const {
        if (index == none) return;
        const Node& n = set_.nodes[index];
        switch (n.op) {
            case Op::exists: return;
            case Op::otherwise:
                collect_reads(child(index, 0), true, reads);
                collect_reads(child(index, 1), sheltered, reads);
                return;
            case Op::least:
            case Op::greatest: sheltered = true; break;
            case Op::read:
                if (!sheltered && unguarded(index)) reads.push_back(index);
                break;
            default: break;
        }
        for (std::uint16_t i = 0; i < n.count; ++i) collect_reads(child(index, i), sheltered, reads);
    }

private:
    std::uint32_t child(std::uint32_t index, std::size_t i) const { return set_.children[set_.nodes[index].first + i]; }

    // What a read starts from: the root, a binding's local slot, or something computed.
    std::int64_t base(std::uint32_t read) const {
        const Node& from = set_.nodes[child(read, 0)];
        if (from.op == Op::root) return root_base;
        if (from.op == Op::local) return from.a;
        return not_a_path;
    }

    FieldId base_element(std::uint32_t read) const {
        return model_.records()[set_.nodes[child(read, 0)].type.record].element;
    }

    bool covered(std::int64_t b, FieldId field, FieldId stop) const {
        for (const Guard& guard : guards_) {
            if (guard.base != b) continue;
            for (FieldId f = guard.field; f != no_field && f != stop; f = model_.field(f).parent)
                if (f == field) return true;
        }
        return false;
    }

    bool unguarded(std::uint32_t read) const {
        const std::int64_t b = base(read);
        if (b == not_a_path) return false;
        const FieldId stop = base_element(read);
        for (FieldId f = set_.nodes[read].field; f != no_field && f != stop; f = model_.field(f).parent) {
            if (model_.field(f).cardinality == Cardinality::optional && !covered(b, f, stop)) return true;
        }
        return false;
    }

    const CheckedRuleSet& set_;
    const DocumentModel& model_;
    DocumentKind kind_;
    std::vector<Guard> guards_;
    std::set<std::uint32_t> visited_defines_;
};

}  // namespace

void Checker::warn_optional_reads(const CheckedRule& rule) {
    OptionalReads reads(out_, *scope_->model, rule.kind);
    std::vector<std::uint32_t> roots;
    for (const Binding& let : rule.lets_before_when) roots.push_back(let.node);
    for (const Binding& let : rule.lets_after_when) roots.push_back(let.node);
    roots.push_back(rule.require);
    reads.collect_guards(rule.when);
    for (std::uint32_t root : roots) reads.collect_guards(root);

    std::vector<std::uint32_t> found;
    for (std::uint32_t root : roots) reads.collect_reads(root, false, found);
    std::set<std::string_view> warned;
    for (std::uint32_t read : found) {
        const std::string_view path = out_.labels[node(read).label];
        if (!warned.insert(path).second) continue;
        Diagnostic d;
        d.level = DiagnosticLevel::warning;
        d.file = scope_->file->source.name();
        d.position = position_of(read);
        d.message = fmt::format("{} is optional and may be absent; guard it with exists({}) in 'when' or the rule is "
                                "undecided when it is missing",
                                path, path);
        diagnostics_.push_back(std::move(d));
    }
}

}  // namespace drieluik::check
