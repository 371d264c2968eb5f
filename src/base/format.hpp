#pragma once
// Values and messages in the reader's language, through ICU (CLDR data of nl_NL and
// en_GB). Numbers reach ICU as decimal strings, never as binary floating point, so what
// is printed is exactly the Decimal that was computed.
//
// Exact output (U+00A0 is the no-break space ICU puts between the euro sign and a Dutch
// amount; the other spaces are plain):
//   format_integer   nl "1.234", "-5"          en "1,234", "-5"
//   format_decimal   nl "2,5", "1.234,50"      en "2.5", "1,234.50"  (the stored digits)
//   format_money     nl "€\u00A01.234,50", "€\u00A0-5,00"
//                    en "€1,234.50", "-€5.00"   (rounded half up to 2 digits, always 2)
//   format_date      nl "1 september 2025"     en "1 September 2025"
//   format_boolean   nl "ja" / "nee"           en "yes" / "no"
// All functions are safe to call from many threads at once.

#include "base/date.hpp"
#include "base/decimal.hpp"
#include "base/language.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace drieluik {

std::string format_integer(std::int64_t value, Language language);
std::string format_decimal(const Decimal& value, Language language);
std::string format_money(const Decimal& amount, Language language);
std::string format_date(Date date, Language language);  // day, month name, year: "d MMMM y"
std::string_view format_boolean(bool value, Language language);

// An amount in euros, to tell it apart from a plain Decimal in a message.
struct Money {
    Decimal amount;
};

using MessageValue = std::variant<std::int64_t, Decimal, Money, Date, std::string_view, bool>;

struct MessageArg {
    std::string_view name;
    MessageValue value;
};

struct MessageError {
    std::string message;      // one sentence, no trailing newline
    std::uint32_t offset = 0;  // in code points from the start of the pattern
};

// An ICU MessageFormat pattern with named arguments, parsed once for one language:
//   "Proeftijd van {n, plural, one {# maand} other {# maanden}}; hoogstens {allowed}."
//
// Supported arguments:
//   {x}                       the value formatted as above: integer "1.234", decimal
//                             "2,5", Money "€ 2.450,00", Date "1 september 2025", text
//                             as is, bool "ja"/"nee"
//   {x, plural, ...}, {x, selectordinal, ...}, {x, number[, style]}
//                             numeric arguments: an integer, Decimal or Money (its
//                             amount) chooses the case; '#' and {x, number} are formatted
//                             by ICU for the language (at most 3 fraction digits)
//   {x, select, ...}          the keyword is the text, "true"/"false" for a bool, the
//                             plain digits ("12", "2.50") for numbers and money, the ISO
//                             date for a date
// Other argument types (date, time, spellout, ordinal, duration, choice), numbered
// arguments ({0}), a name used both in a select and as a number, and braces nested more
// than 32 deep are compile errors: dates reach messages already formatted by {x}. A name
// used both as {n} and as a number is given to ICU as a number, so that {n} is then
// formatted by ICU too. MessageError::offset is where ICU reports the error (for a
// plural or select without 'other' ICU reports 0), or the argument's name.
// Quoting follows ICU: an apostrophe quotes only before '{', '}', '#', '|' or another
// apostrophe, so "auto's" needs no escaping.
//
// format() never fails: an argument that is not given, or a value that does not fit a
// numeric argument (text, a date or a bool for {n, plural, ...}), is written as ICU
// writes a missing argument, "{name}". Arguments not in the pattern are ignored.
//
// A MessageTemplate is immutable after compile (copies share the parsed pattern); format()
// may be called on the same template from many threads at once. ICU's formatter for the
// pattern is built by the first format(), not by compile(): a rule set compiles every
// message it has and a run formats few of them.
class MessageTemplate {
public:
    static std::variant<MessageTemplate, MessageError> compile(std::string_view pattern, Language language);
    // For a pattern known to be valid: throws std::invalid_argument with the error
    // message and offset otherwise.
    MessageTemplate(std::string_view pattern, Language language);

    Language language() const;
    // Every argument name in the pattern, sorted, each once.
    const std::vector<std::string>& argument_names() const;
    // The names used as plural, selectordinal or number arguments, sorted, each once: the
    // ones that need an integer, decimal or money value.
    const std::vector<std::string>& numeric_argument_names() const;

    std::string format(std::span<const MessageArg> args) const;

private:
    struct Compiled;
    explicit MessageTemplate(std::shared_ptr<const Compiled> compiled);
    std::shared_ptr<const Compiled> compiled_;
};

}  // namespace drieluik
