#include "base/format.hpp"

#include "base/direct_message.hpp"
#include "base/icu_text.hpp"

#include <unicode/fmtable.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/parseerr.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <stdexcept>

namespace drieluik {
namespace {

// How the pattern uses an argument decides what ICU is given for it.
enum class ArgumentUse : std::uint8_t {
    display,  // {x}: the value formatted by drieluik (exact decimals, money, dates)
    keyword,  // {x, select, ...}: a plain keyword
    number,   // {x, plural, ...}, {x, selectordinal, ...}, {x, number}: a numeric Formattable
};

struct Argument {
    std::string name;
    icu::UnicodeString icu_name;
    ArgumentUse use = ArgumentUse::display;
};

std::string describe(UErrorCode status) {
    switch (status) {
    case U_PATTERN_SYNTAX_ERROR: return "syntax error in the message";
    case U_UNMATCHED_BRACES: return "unmatched brace in the message";
    case U_DEFAULT_KEYWORD_MISSING: return "a plural or select argument needs an 'other' case";
    case U_INDEX_OUTOFBOUNDS_ERROR: return "a number in the message is too large";
    case U_UNQUOTED_SPECIAL:
    case U_UNEXPECTED_TOKEN:
    case U_MULTIPLE_DECIMAL_SEPARATORS:
    case U_MULTIPLE_EXPONENTIAL_SYMBOLS:
    case U_MALFORMED_EXPONENTIAL_PATTERN:
    case U_MULTIPLE_PERCENT_SYMBOLS:
    case U_MULTIPLE_PERMILL_SYMBOLS:
    case U_MULTIPLE_PAD_SPECIFIERS:
    case U_ILLEGAL_PAD_POSITION:
    case U_NUMBER_SKELETON_SYNTAX_ERROR:
        return "invalid number style in the message";
    default: return std::string("invalid message (") + u_errorName(status) + ")";
    }
}

MessageError error_at(std::string message, const icu::UnicodeString& pattern, std::int32_t utf16_offset) {
    utf16_offset = std::clamp(utf16_offset, 0, pattern.length());
    return MessageError{std::move(message), static_cast<std::uint32_t>(pattern.countChar32(0, utf16_offset))};
}

// ICU parses and formats nested arguments recursively, so a hostile pattern could
// exhaust the stack. Real messages nest two or three levels; braces are counted without
// regard to quoting, which can only reject more, never less.
std::optional<MessageError> nesting_error(const icu::UnicodeString& pattern) {
    constexpr int max_depth = 32;
    int depth = 0;
    const char16_t* const units = pattern.getBuffer();
    for (std::int32_t i = 0; i < pattern.length(); ++i) {
        if (units[i] == u'}') depth = std::max(depth - 1, 0);
        if (units[i] == u'{' && ++depth > max_depth) {
            return error_at("the message nests braces more than " + std::to_string(max_depth) + " deep", pattern, i);
        }
    }
    return std::nullopt;
}

// The arguments of a parsed pattern with the strongest use of each: a name used both as
// {n} and {n, plural, ...} is given to ICU as a number, one used both as {x} and
// {x, select, ...} as a keyword.
std::variant<std::vector<Argument>, MessageError> collect_arguments(const icu::MessagePattern& parsed,
                                                                    const icu::UnicodeString& pattern) {
    std::vector<Argument> arguments;
    for (std::int32_t i = 0; i + 1 < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& start = parsed.getPart(i);
        if (start.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
        const icu::MessagePattern::Part& id = parsed.getPart(i + 1);
        if (id.getType() != UMSGPAT_PART_TYPE_ARG_NAME) {
            return error_at("arguments must be named: {" + icu_text::to_utf8(parsed.getSubstring(id)) + "}",
                            pattern, id.getIndex());
        }
        const icu::UnicodeString name = parsed.getSubstring(id);
        ArgumentUse use = ArgumentUse::display;
        switch (start.getArgType()) {
        case UMSGPAT_ARG_TYPE_NONE: break;
        case UMSGPAT_ARG_TYPE_SELECT: use = ArgumentUse::keyword; break;
        case UMSGPAT_ARG_TYPE_PLURAL:
        case UMSGPAT_ARG_TYPE_SELECTORDINAL: use = ArgumentUse::number; break;
        case UMSGPAT_ARG_TYPE_SIMPLE:
            if (parsed.getSubstring(parsed.getPart(i + 2)).caseCompare(u"number", U_FOLD_CASE_DEFAULT) == 0) {
                use = ArgumentUse::number;
                break;
            }
            [[fallthrough]];
        default:
            return error_at("argument '" + icu_text::to_utf8(name) +
                                "' has an unsupported type; use {name}, number, plural, selectordinal or select",
                            pattern, id.getIndex());
        }
        std::string utf8_name = icu_text::to_utf8(name);
        const auto known = std::find_if(arguments.begin(), arguments.end(),
                                        [&](const Argument& argument) { return argument.name == utf8_name; });
        if (known == arguments.end()) {
            arguments.push_back(Argument{std::move(utf8_name), name, use});
        } else if (std::min(known->use, use) == ArgumentUse::keyword && std::max(known->use, use) == ArgumentUse::number) {
            return error_at("argument '" + utf8_name + "' cannot be both a select keyword and a number", pattern,
                            id.getIndex());
        } else {
            known->use = std::max(known->use, use);
        }
    }
    std::sort(arguments.begin(), arguments.end(),
              [](const Argument& a, const Argument& b) { return a.name < b.name; });
    return arguments;
}

// The keyword a value selects with in {x, select, ...}.
std::string keyword_text(const MessageValue& value) {
    struct Visitor {
        std::string operator()(std::int64_t integer) const { return std::to_string(integer); }
        std::string operator()(const Decimal& decimal) const { return decimal.to_string(); }
        std::string operator()(const Money& money) const { return money.amount.to_string(); }
        std::string operator()(Date date) const { return date.to_string(); }
        std::string operator()(std::string_view text) const { return std::string(text); }
        std::string operator()(bool flag) const { return flag ? "true" : "false"; }
    };
    return std::visit(Visitor{}, value);
}

std::string display_text(const MessageValue& value, Language language) {
    struct Visitor {
        Language language;
        std::string operator()(std::int64_t integer) const { return format_integer(integer, language); }
        std::string operator()(const Decimal& decimal) const { return format_decimal(decimal, language); }
        std::string operator()(const Money& money) const { return format_money(money.amount, language); }
        std::string operator()(Date date) const { return format_date(date, language); }
        std::string operator()(std::string_view text) const { return std::string(text); }
        std::string operator()(bool flag) const { return std::string(format_boolean(flag, language)); }
    };
    return std::visit(Visitor{language}, value);
}

// Decimals go to ICU as decimal strings, exactly; nullopt for values that are no number.
std::optional<icu::Formattable> numeric(const MessageValue& value) {
    const Decimal* decimal = std::get_if<Decimal>(&value);
    if (const auto* money = std::get_if<Money>(&value)) decimal = &money->amount;
    if (const auto* integer = std::get_if<std::int64_t>(&value)) return icu::Formattable(*integer);
    if (decimal == nullptr) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const std::string digits = decimal->to_string();
    icu::Formattable formattable(icu::StringPiece(digits), status);
    if (U_FAILURE(status)) return std::nullopt;
    return formattable;
}

std::optional<icu::Formattable> to_formattable(const MessageValue& value, ArgumentUse use, Language language) {
    switch (use) {
    case ArgumentUse::number: return numeric(value);
    case ArgumentUse::keyword: return icu::Formattable(icu_text::from_utf8(keyword_text(value)));
    case ArgumentUse::display: break;
    }
    return icu::Formattable(icu_text::from_utf8(display_text(value, language)));
}

bool valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

// A number of a plural as MessageFormat writes it with its default format ("#,##0.###")
// and chooses a branch by, when DirectMessage can: a whole number up to 2^53, or a decimal
// of at most 15 digits, 3 of them after the point (trailing zeros aside), which that
// format writes without rounding.
struct PluralNumber {
    std::string text;
    double value = 0;
};

std::optional<PluralNumber> plural_number(const MessageValue& value, Language language) {
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        constexpr std::int64_t exact = std::int64_t{1} << 53;  // every integer up to here is a double
        if (*integer < -exact || *integer > exact) return std::nullopt;
        return PluralNumber{format_integer(*integer, language), static_cast<double>(*integer)};
    }
    const Decimal* decimal = std::get_if<Decimal>(&value);
    if (const auto* money = std::get_if<Money>(&value)) decimal = &money->amount;
    Decimal::Mantissa mantissa = decimal->mantissa();
    int scale = decimal->scale();
    for (; scale > 0 && mantissa % 10 == 0; --scale) mantissa /= 10;
    constexpr Decimal::Mantissa max_digits = 1'000'000'000'000'000;  // 10^15
    if (scale > 3 || mantissa <= -max_digits || mantissa >= max_digits) return std::nullopt;
    constexpr std::array<double, 4> powers{1, 10, 100, 1000};
    // Both divisions are exact before rounding, so this is the double nearest the decimal,
    // as ICU converts it.
    return PluralNumber{format_decimal(Decimal::from_parts(mantissa, scale), language),
                        static_cast<double>(mantissa) / powers[static_cast<std::size_t>(scale)]};
}

// The message through DirectMessage, when every value given suits it; nullopt for a plural
// number it cannot write as MessageFormat does, and for text that is not valid UTF-8,
// which ICU would change.
std::optional<std::string> format_directly(const DirectMessage& direct, const std::vector<Argument>& arguments,
                                           std::span<const MessageArg> args, Language language) {
    std::vector<DirectMessage::Value> values(arguments.size());
    std::vector<std::string> texts(arguments.size());
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const auto given = std::find_if(args.begin(), args.end(),
                                        [&](const MessageArg& arg) { return arg.name == arguments[i].name; });
        if (given == args.end()) continue;
        DirectMessage::Value& value = values[i];
        if (arguments[i].use == ArgumentUse::number) {
            if (std::holds_alternative<std::string_view>(given->value) || std::holds_alternative<Date>(given->value) ||
                std::holds_alternative<bool>(given->value))
                continue;  // no number: written as a missing argument
            auto number = plural_number(given->value, language);
            if (!number) return std::nullopt;
            texts[i] = std::move(number->text);
            value.text = texts[i];
            value.number = number->value;
        } else if (const auto* text = std::get_if<std::string_view>(&given->value)) {
            value.text = *text;
        } else {
            texts[i] = arguments[i].use == ArgumentUse::keyword ? keyword_text(given->value)
                                                                : display_text(given->value, language);
            value.text = texts[i];
        }
        if (!valid_utf8(value.text)) return std::nullopt;
        value.given = true;
    }
    return direct.format(values);
}

}  // namespace

struct MessageTemplate::Compiled {
    Language language = Language::nl;
    std::string pattern;
    std::vector<Argument> arguments;
    std::vector<std::string> names;
    std::vector<std::string> numeric_names;
    // The pattern as DirectMessage, when it needs no MessageFormat: built by the first
    // format(), for the same reason as the MessageFormat instances below.
    mutable std::once_flag direct_built;
    mutable std::optional<DirectMessage> direct;
    // ICU's MessageFormat::format is const but fills caches (number format, plural rules)
    // on first use without locking, so one instance must not format on two threads at
    // once: each format() call borrows an idle instance and returns it afterwards. A rule
    // set compiles every message of every rule but a run formats only a few, and building
    // a MessageFormat costs more than parsing its pattern, so instances are built when a
    // format() call finds none idle, not at compile.
    mutable std::mutex idle_mutex;
    mutable std::vector<std::unique_ptr<icu::MessageFormat>> idle;
};

namespace {

std::unique_ptr<icu::MessageFormat> new_format(const icu::UnicodeString& pattern, Language language,
                                               UParseError& parse_error, UErrorCode& status) {
    auto format = std::make_unique<icu::MessageFormat>(pattern, icu_text::locale(language), parse_error, status);
    if (U_FAILURE(status)) return nullptr;
    return format;
}

// An idle MessageFormat of the template, or a new one when none is idle; null only when
// ICU cannot build one, which compile() rules out for every pattern it accepts.
class BorrowedFormat {
public:
    using Pool = std::vector<std::unique_ptr<icu::MessageFormat>>;

    BorrowedFormat(std::string_view pattern, Language language, std::mutex& mutex, Pool& idle)
        : mutex_(mutex), idle_(idle) {
        {
            const std::lock_guard lock(mutex_);
            if (!idle_.empty()) {
                format_ = std::move(idle_.back());
                idle_.pop_back();
                return;
            }
        }
        UParseError parse_error{};
        UErrorCode status = U_ZERO_ERROR;
        format_ = new_format(icu_text::from_utf8(pattern), language, parse_error, status);
        if (status == U_MEMORY_ALLOCATION_ERROR) throw std::bad_alloc();
    }
    BorrowedFormat(const BorrowedFormat&) = delete;
    BorrowedFormat& operator=(const BorrowedFormat&) = delete;
    ~BorrowedFormat() {
        if (!format_) return;
        try {
            const std::lock_guard lock(mutex_);
            idle_.push_back(std::move(format_));
        } catch (...) {  // out of memory: the instance is simply not kept
        }
    }

    icu::MessageFormat* get() const { return format_.get(); }

private:
    std::mutex& mutex_;
    Pool& idle_;
    std::unique_ptr<icu::MessageFormat> format_;
};

// Whether ICU builds a format of its own for an argument ({x, number[, style]}) when it
// builds a MessageFormat: the only step of building one that can fail on a pattern that
// MessagePattern accepted (an invalid number style).
bool has_argument_format(const icu::MessagePattern& parsed) {
    for (std::int32_t i = 0; i < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_START && part.getArgType() == UMSGPAT_ARG_TYPE_SIMPLE) return true;
    }
    return false;
}

}  // namespace

MessageTemplate::MessageTemplate(std::shared_ptr<const Compiled> compiled) : compiled_(std::move(compiled)) {}

MessageTemplate::MessageTemplate(std::string_view pattern, Language language) {
    auto result = compile(pattern, language);
    if (const auto* error = std::get_if<MessageError>(&result)) {
        throw std::invalid_argument(error->message + " (at code point " + std::to_string(error->offset) +
                                    " of the message)");
    }
    compiled_ = std::get<MessageTemplate>(std::move(result)).compiled_;
}

std::variant<MessageTemplate, MessageError> MessageTemplate::compile(std::string_view pattern, Language language) {
    const icu::UnicodeString text = icu_text::from_utf8(pattern);
    if (auto error = nesting_error(text)) return std::move(*error);
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    const icu::MessagePattern parsed(text, &parse_error, status);
    if (U_FAILURE(status)) return error_at(describe(status), text, parse_error.offset);
    auto arguments = collect_arguments(parsed, text);
    if (auto* error = std::get_if<MessageError>(&arguments)) return std::move(*error);

    auto compiled = std::make_shared<Compiled>();
    if (has_argument_format(parsed)) {
        // Built now so that an invalid number style is a compile error; it is the first
        // idle instance.
        auto format = new_format(text, language, parse_error, status);
        if (U_FAILURE(status)) return error_at(describe(status), text, parse_error.offset);
        compiled->idle.push_back(std::move(format));
    }
    compiled->language = language;
    compiled->pattern = std::string(pattern);
    compiled->arguments = std::get<std::vector<Argument>>(std::move(arguments));
    for (const Argument& argument : compiled->arguments) {
        compiled->names.push_back(argument.name);
        if (argument.use == ArgumentUse::number) compiled->numeric_names.push_back(argument.name);
    }
    return MessageTemplate(std::move(compiled));
}

Language MessageTemplate::language() const { return compiled_->language; }

const std::vector<std::string>& MessageTemplate::argument_names() const { return compiled_->names; }

const std::vector<std::string>& MessageTemplate::numeric_argument_names() const { return compiled_->numeric_names; }

std::string MessageTemplate::format(std::span<const MessageArg> args) const {
    const Compiled& compiled = *compiled_;
    std::call_once(compiled.direct_built, [&compiled] {
        UParseError parse_error{};
        UErrorCode status = U_ZERO_ERROR;
        const icu::MessagePattern parsed(icu_text::from_utf8(compiled.pattern), &parse_error, status);
        // compile() parsed this pattern without error.
        if (U_SUCCESS(status)) compiled.direct = DirectMessage::build(parsed, compiled.names, compiled.language);
    });
    if (compiled.direct) {
        auto text = format_directly(*compiled.direct, compiled.arguments, args, compiled.language);
        if (text) return std::move(*text);
    }
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    names.reserve(compiled.arguments.size());
    values.reserve(compiled.arguments.size());
    for (const Argument& argument : compiled.arguments) {
        const auto given = std::find_if(args.begin(), args.end(),
                                        [&](const MessageArg& arg) { return arg.name == argument.name; });
        if (given == args.end()) continue;
        auto value = to_formattable(given->value, argument.use, compiled.language);
        if (!value) continue;
        names.push_back(argument.icu_name);
        values.push_back(std::move(*value));
    }
    const BorrowedFormat format(compiled.pattern, compiled.language, compiled.idle_mutex, compiled.idle);
    // Every argument was checked at compile and given a value of the kind it needs, so
    // ICU has no reason left to fail; should it anyway, the pattern itself is shown.
    if (format.get() == nullptr) return compiled.pattern;
    icu::UnicodeString formatted;
    UErrorCode status = U_ZERO_ERROR;
    format.get()->format(names.data(), values.data(), static_cast<std::int32_t>(values.size()), formatted, status);
    if (U_FAILURE(status)) return compiled.pattern;
    return icu_text::to_utf8(formatted);
}

}  // namespace drieluik
