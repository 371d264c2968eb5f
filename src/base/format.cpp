#include "base/format.hpp"

#include "base/icu_text.hpp"

#include <unicode/gregocal.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <array>
#include <limits>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace drieluik {
namespace {

namespace number = icu::number;

void require_success(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string(what) + ": " + u_errorName(status));
}

// The number formatters of one language. LocalizedNumberFormatter is immutable and
// documented thread-safe, so one set serves every thread.
struct NumberFormatters {
    number::LocalizedNumberFormatter integer;
    std::array<number::LocalizedNumberFormatter, Decimal::max_scale + 1> decimal;  // by scale
    number::LocalizedNumberFormatter money;

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
    }
};

const NumberFormatters& number_formatters(Language language) {
    static const NumberFormatters dutch(Language::nl);
    static const NumberFormatters english(Language::en);
    return language == Language::nl ? dutch : english;
}

std::string format_decimal_string(const number::LocalizedNumberFormatter& formatter, const Decimal& value) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string digits = value.to_string();
    const auto formatted = formatter.formatDecimal(digits, status).toString(status);
    require_success(status, "formatting a number");
    return icu_text::to_utf8(formatted);
}

// A date format of one language: proleptic Gregorian (no switch to the Julian calendar
// in 1582) in UTC, so the day formatted is the day given. SimpleDateFormat keeps calendar
// state while formatting, so one thread at a time uses it.
class DateFormat {
public:
    explicit DateFormat(Language language) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = icu_text::locale(language);
        auto calendar = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), locale, status);
        calendar->setGregorianChange(std::numeric_limits<double>::lowest(), status);
        format_ = std::make_unique<icu::SimpleDateFormat>(u"d MMMM y", locale, status);
        require_success(status, "date format");
        format_->adoptCalendar(calendar.release());
    }

    std::string format(Date date) const {
        constexpr double milliseconds_per_day = 86400000.0;
        constexpr std::int64_t unix_epoch_day = 719162;  // 1970-01-01 as a day number
        const double instant = static_cast<double>(date.day_number() - unix_epoch_day) * milliseconds_per_day;
        icu::UnicodeString formatted;
        {
            const std::lock_guard lock(mutex_);
            format_->format(instant, formatted);
        }
        return icu_text::to_utf8(formatted);
    }

private:
    std::unique_ptr<icu::SimpleDateFormat> format_;
    mutable std::mutex mutex_;
};

const DateFormat& date_format(Language language) {
    static const DateFormat dutch(Language::nl);
    static const DateFormat english(Language::en);
    return language == Language::nl ? dutch : english;
}

}  // namespace

std::string format_integer(std::int64_t value, Language language) {
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = number_formatters(language).integer.formatInt(value, status).toString(status);
    require_success(status, "formatting an integer");
    return icu_text::to_utf8(formatted);
}

std::string format_decimal(const Decimal& value, Language language) {
    const auto& formatter = number_formatters(language).decimal[static_cast<std::size_t>(value.scale())];
    return format_decimal_string(formatter, value);
}

std::string format_money(const Decimal& amount, Language language) {
    return format_decimal_string(number_formatters(language).money, amount.rounded(2));
}

std::string format_date(Date date, Language language) { return date_format(language).format(date); }

std::string_view format_boolean(bool value, Language language) {
    if (language == Language::nl) return value ? "ja" : "nee";
    return value ? "yes" : "no";
}

}  // namespace drieluik
