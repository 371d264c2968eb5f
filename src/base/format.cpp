#include "base/format.hpp"

#include "base/icu_text.hpp"
#include "base/number_layout.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/numberformatter.h>

#include <array>
#include <optional>
#include <stdexcept>
#include <string>

namespace drieluik {
namespace {

namespace number = icu::number;

void require_success(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string(what) + ": " + u_errorName(status));
}

// The number formatters of one language, and their layouts, by which numbers are written
// without a call to ICU (without one when ICU's output does not have the expected shape).
// LocalizedNumberFormatter is immutable and documented thread-safe, so one set serves
// every thread.
struct NumberFormatters {
    number::LocalizedNumberFormatter integer;
    std::array<number::LocalizedNumberFormatter, Decimal::max_scale + 1> decimal;  // by scale
    number::LocalizedNumberFormatter money;
    std::optional<NumberLayout> plain;  // integer and decimal
    std::optional<NumberLayout> euros;

    explicit NumberFormatters(Language language) {
        const auto base = number::NumberFormatter::withLocale(icu_text::locale(language))
                              .roundingMode(UNUM_ROUND_UNNECESSARY);  // never round silently
        integer = base.precision(number::Precision::integer());
        for (std::size_t scale = 0; scale < decimal.size(); ++scale) {
            decimal[scale] = base.precision(number::Precision::fixedFraction(static_cast<std::int32_t>(scale)));
        }
        UErrorCode status = U_ZERO_ERROR;
        const icu::CurrencyUnit euro(u"EUR", status);
        require_success(status, "EUR currency");
        money = base.unit(euro).precision(number::Precision::fixedFraction(2));

        // The decimal formatters differ only in their number of fraction digits.
        plain = NumberLayout::learn(decimal[2], 2);
        if (plain && !plain->agrees_on_integers(integer)) plain.reset();
        euros = NumberLayout::learn(money, 2);
    }
};

std::string format_decimal_string(const number::LocalizedNumberFormatter& formatter, const Decimal& value) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string digits = value.to_string();
    const auto formatted = formatter.formatDecimal(digits, status).toString(status);
    require_success(status, "formatting a number");
    return icu_text::to_utf8(formatted);
}

// The month names of one language from CLDR, as "MMMM" writes them in a date
// ("september", "September"). Dates are written "d MMMM y", and both languages write the
// day and the year in plain digits without grouping, so only the names need ICU: a
// DateFormatSymbols costs a third of what a SimpleDateFormat with its calendar costs to
// build, and a run formats dates in one language at most. Immutable once built.
class MonthNames {
public:
    explicit MonthNames(Language language) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols(icu_text::locale(language), status);
        require_success(status, "month names");
        std::int32_t count = 0;
        const icu::UnicodeString* months =
            symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
        if (count < static_cast<std::int32_t>(names_.size())) throw std::runtime_error("month names: too few months");
        for (std::size_t month = 0; month < names_.size(); ++month) names_[month] = icu_text::to_utf8(months[month]);
    }

    std::string format(Date date) const {
        return std::to_string(date.day()) + ' ' + names_[static_cast<std::size_t>(date.month() - 1)] + ' ' +
               std::to_string(date.year());
    }

private:
    std::array<std::string, 12> names_;
};

}  // namespace

std::string format_integer(std::int64_t value, Language language) {
    const NumberFormatters& formatters = for_language<NumberFormatters>(language);
    if (formatters.plain) return formatters.plain->write(value);
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = formatters.integer.formatInt(value, status).toString(status);
    require_success(status, "formatting an integer");
    return icu_text::to_utf8(formatted);
}

std::string format_decimal(const Decimal& value, Language language) {
    const NumberFormatters& formatters = for_language<NumberFormatters>(language);
    if (formatters.plain) return formatters.plain->write(value, value.scale());
    return format_decimal_string(formatters.decimal[static_cast<std::size_t>(value.scale())], value);
}

std::string format_money(const Decimal& amount, Language language) {
    const NumberFormatters& formatters = for_language<NumberFormatters>(language);
    const Decimal cents = amount.rounded(2);
    if (formatters.euros && cents.scale() <= 2) return formatters.euros->write(cents, 2);
    return format_decimal_string(formatters.money, cents);
}

std::string format_date(Date date, Language language) { return for_language<MonthNames>(language).format(date); }

std::string_view format_boolean(bool value, Language language) {
    if (language == Language::nl) return value ? "ja" : "nee";
    return value ? "yes" : "no";
}

}  // namespace drieluik
