#pragma once
// A message pattern that needs none of ICU's MessageFormat machinery to be formatted: text,
// {x} arguments, {x, select, ...} and {x, plural, ...} without an offset. MessageTemplate compiles such a pattern once more into a tree of pieces, read
// from ICU's own parse the way MessageFormat::format reads it, and formats it straight
// into UTF-8, which costs a fraction of building ICU's strings and Formattables and
// running MessageFormat. The output is MessageFormat's, character for character.

#include "base/language.hpp"

#include <unicode/messagepattern.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

class DirectMessage {
public:
    // One argument of the pattern, as format() is given it.
    struct Value {
        bool given = false;        // false: written "{name}", as ICU writes a missing argument
        // {x}: the text to show; select: the keyword; a plural's number: the number as
        // MessageFormat writes it (for '#' and {x})
        std::string_view text;
        double number = 0;         // a plural's number: chooses the branch
    };

    // nullopt when the pattern has arguments of another kind (number, selectordinal,
    // choice) or a plural offset. `names` are the pattern's argument names, sorted: the
    // values format() is given are in that order.
    static std::optional<DirectMessage> build(const icu::MessagePattern& parsed, std::span<const std::string> names,
                                              Language language);

    // `values[i]` is the argument names[i]. Texts must be valid UTF-8.
    std::string format(std::span<const Value> values) const;

private:
    struct Branch;
    struct Piece {
        enum class Kind : std::uint8_t { end, argument, number_sign, select, plural };
        std::string text;              // the literal text before what the piece writes
        Kind kind = Kind::end;
        std::uint32_t argument = 0;    // argument, select, plural: index into the names
        std::vector<Branch> branches;  // select, plural
    };
    struct Branch {
        std::string keyword;                  // the selector: a keyword or "other"
        std::optional<double> exact;          // plural "=N"
        std::vector<Piece> message;
    };

    class Reader;
    void write(const std::vector<Piece>& message, std::span<const Value> values, const Value* plural,
               std::string& out) const;
    const Branch& choose_plural(const std::vector<Branch>& branches, double number) const;

    Language language_ = Language::nl;
    std::vector<std::string> names_;
    std::vector<Piece> message_;
    std::size_t literal_size_ = 0;  // the text of the pattern written as is, to reserve room
};

}  // namespace drieluik
