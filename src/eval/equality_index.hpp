#pragma once
// A quantifier run once per element of a list, as "some z in schedule.year: z.n = y.n
// and ..." is for every year y, costs the square of the list when it visits every element.
// When a quantifier's condition is an 'and' that requires a field of the element to equal
// a value that does not depend on the element, every element whose field has another
// value makes the condition false (an 'and' with a false side is false, whatever the
// other sides), so it adds nothing to the quantifier: then only the elements whose field
// has that value, or none, need a visit. From its second run on a document over the same
// long list (after a run that visited much of it), a quantifier finds those elements in
// an index of the list by that field, built once, and visits them in list order, so that
// it yields what visiting every element would.

#include "base/decimal.hpp"
#include "check/ir.hpp"
#include "compile/plan.hpp"

#include <algorithm>
#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace drieluik::evaluation {

// `field` (a read of the element) equals `value` (independent of the element), compared
// as `kind`.
struct Equality {
    std::uint32_t field = check::none;
    std::uint32_t value = check::none;
    check::TypeKind kind = check::TypeKind::invalid;
};

// The first such equality among the sides of `condition`, an 'and' of conditions, about
// the element in local slot `variable`.
std::optional<Equality> find_equality(const Plan& plan, std::uint32_t condition, std::uint32_t variable);

// A value as operations::equal compares it: two values are equal exactly when their keys are.
struct EqualityKey {
    Decimal::Mantissa number = 0;  // integer, day, enumeration index, boolean; a decimal's digits
    int scale = 0;                 // a decimal's fraction digits (trailing zeros dropped)
    std::string_view text;
    friend auto operator<=>(const EqualityKey&, const EqualityKey&) = default;
};
EqualityKey key_of(const check::Datum& value, check::TypeKind kind);

// The elements of one list (positions 0..size-1) by the value of one field.
class EqualityIndex {
public:
    // `field_at(position)` is the field's value in that element, compared as `kind`.
    template <typename FieldAt>
    void build(std::uint32_t size, check::TypeKind kind, FieldAt field_at) {
        entries_.clear();
        absent_.clear();
        for (std::uint32_t position = 0; position < size; ++position) {
            const check::Datum field = field_at(position);
            if (field.present) entries_.push_back({key_of(field, kind), position});
            else absent_.push_back(position);
        }
        std::sort(entries_.begin(), entries_.end());
    }

    // Calls `visit(position)`, in list order, for the elements whose field equals `key` or
    // has no value, until it returns false.
    template <typename Visit>
    void visit_candidates(const EqualityKey& key, Visit visit) const {
        const auto [first, last] = std::equal_range(entries_.begin(), entries_.end(), Entry{key, 0},
                                                    [](const Entry& a, const Entry& b) { return a.key < b.key; });
        auto equal = first;
        auto absent = absent_.begin();
        while (equal != last || absent != absent_.end()) {
            const bool take_equal = absent == absent_.end() || (equal != last && equal->position < *absent);
            const std::uint32_t position = take_equal ? (equal++)->position : *absent++;
            if (!visit(position)) return;
        }
    }

private:
    struct Entry {
        EqualityKey key;
        std::uint32_t position = 0;
        friend auto operator<=>(const Entry&, const Entry&) = default;
    };
    std::vector<Entry> entries_;        // sorted by key, then position
    std::vector<std::uint32_t> absent_;  // ascending
};

// An index with the equality it serves.
struct Join {
    Equality equality;
    EqualityIndex index;
};

// The joins of one document's evaluation: which quantifier ran over which list, and the
// index built when it runs again. Reused from document to document.
class Joins {
public:
    // Lists shorter than this are visited whole: an index would not pay.
    static constexpr std::uint32_t min_size = 32;

    void new_document() { used_ = 0; }

    // The join for quantifier `node` over the records list starting at `first` with `size`
    // elements. On the quantifier's first run `find_equality()` tells whether its
    // condition has an equality to join on; on a later run over the same list, after a
    // run that visited at least min_size elements (a 'some' that stops at its first match
    // does not), the index is built, once, with `build(join)`. nullptr when the elements
    // are to be visited one by one.
    template <typename FindEquality, typename Build>
    const Join* find(std::uint32_t node, std::uint32_t first, std::uint32_t size, FindEquality find_equality,
                     Build build) {
        if (Slot* slot = slot_of(node)) {
            if (!slot->joinable || !slot->costly || slot->first != first || slot->size != size) return nullptr;
            if (!slot->built) {
                build(slot->join);
                slot->built = true;
            }
            return &slot->join;
        }
        if (used_ == slots_.size()) slots_.emplace_back();
        Slot& slot = slots_[used_++];
        slot.node = node;
        slot.first = first;
        slot.size = size;
        slot.costly = false;
        slot.built = false;
        const std::optional<Equality> equality = find_equality();
        slot.joinable = equality.has_value();
        if (equality) slot.join.equality = *equality;
        return nullptr;
    }

    // Quantifier `node`, not joined, visited `elements` elements of its list.
    void visited(std::uint32_t node, std::uint32_t elements) {
        if (elements < min_size) return;
        if (Slot* slot = slot_of(node)) slot->costly = true;
    }

private:
    struct Slot {
        std::uint32_t node = check::none;
        std::uint32_t first = 0;
        std::uint32_t size = 0;
        bool joinable = false;
        bool costly = false;  // a run visited at least min_size elements
        bool built = false;
        Join join;
    };

    Slot* slot_of(std::uint32_t node) {
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].node == node) return &slots_[i];
        return nullptr;
    }

    std::vector<Slot> slots_;  // the first used_ are this document's
    std::size_t used_ = 0;
};

}  // namespace drieluik::evaluation
