#include "base/date.hpp"

#include <algorithm>
#include <array>

namespace drieluik {
namespace {

// Civil-date conversions after Howard Hinnant's "chrono-compatible low-level date
// algorithms": exact for the proleptic Gregorian calendar, no tables, no loops.
constexpr std::int64_t days_from_civil(std::int64_t y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

struct Civil {
    int year;
    int month;
    int day;
};

constexpr Civil civil_from_days(std::int64_t z) {
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year), month, day};
}

constexpr int min_year = 1;
constexpr int max_year = 9999;
// Day numbers count from 0001-01-01.
constexpr std::int64_t epoch = days_from_civil(min_year, 1, 1);
constexpr std::int64_t last_day_number = days_from_civil(max_year, 12, 31) - epoch;

constexpr bool is_leap_year(std::int64_t year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int days_in_month(std::int64_t year, int month) {
    constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : lengths[static_cast<std::size_t>(month - 1)];
}

int two_digits(char tens, char ones) { return (tens - '0') * 10 + (ones - '0'); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The (month, day) on which someone born on `birth` has a birthday in `year`.
Civil birthday_in(Civil birth, int year) {
    if (birth.month == 2 && birth.day == 29 && !is_leap_year(year)) return {year, 3, 1};
    return {year, birth.month, birth.day};
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (year < min_year || year > max_year || month < 1 || month > 12) return std::nullopt;
    if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date{static_cast<std::int32_t>(days_from_civil(year, month, day) - epoch)};
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!is_digit(text[i])) return std::nullopt;
    }
    const int year = two_digits(text[0], text[1]) * 100 + two_digits(text[2], text[3]);
    return from_ymd(year, two_digits(text[5], text[6]), two_digits(text[8], text[9]));
}

int Date::year() const { return civil_from_days(days_ + epoch).year; }
int Date::month() const { return civil_from_days(days_ + epoch).month; }
int Date::day() const { return civil_from_days(days_ + epoch).day; }

std::optional<Date> Date::plus_days(std::int64_t days) const {
    // Any step longer than the whole calendar leaves it; checking first keeps the sum exact.
    if (days > last_day_number || days < -last_day_number) return std::nullopt;
    const std::int64_t result = std::int64_t{days_} + days;
    if (result < 0 || result > last_day_number) return std::nullopt;
    return Date{static_cast<std::int32_t>(result)};
}

std::optional<Date> Date::plus_months(std::int64_t months) const {
    constexpr std::int64_t calendar_months = std::int64_t{max_year} * 12;
    if (months > calendar_months || months < -calendar_months) return std::nullopt;
    const Civil civil = civil_from_days(days_ + epoch);
    const std::int64_t month_index = std::int64_t{civil.year} * 12 + (civil.month - 1) + months;
    const std::int64_t year = month_index / 12;  // month_index >= 0 for every year >= 1
    const int month = static_cast<int>(month_index % 12) + 1;
    if (month_index < 0 || year < min_year || year > max_year) return std::nullopt;
    const int day = std::min(civil.day, days_in_month(year, month));
    return from_ymd(static_cast<int>(year), month, day);
}

std::int64_t Date::months_between(Date from, Date to) {
    const Civil a = civil_from_days(from.days_ + epoch);
    const Civil b = civil_from_days(to.days_ + epoch);
    const std::int64_t months = (std::int64_t{b.year} * 12 + b.month) - (std::int64_t{a.year} * 12 + a.month);
    // from + months lands in to's month, on from's day clamped to that month's length;
    // one month fewer (or more, going backwards) lands in the neighbouring month.
    const int landing_day = std::min(a.day, days_in_month(b.year, b.month));
    if (from <= to) return landing_day > b.day ? months - 1 : months;
    return landing_day < b.day ? months + 1 : months;
}

int Date::age(Date birth, Date on) {
    const Civil born = civil_from_days(birth.days_ + epoch);
    const Civil now = civil_from_days(on.days_ + epoch);
    const Civil birthday = birthday_in(born, now.year);
    const bool before_birthday =
        now.month < birthday.month || (now.month == birthday.month && now.day < birthday.day);
    return now.year - born.year - (before_birthday ? 1 : 0);
}

std::optional<Date> Date::birthday(Date birth, int years) {
    const Civil born = civil_from_days(birth.days_ + epoch);
    const std::int64_t year = std::int64_t{born.year} + years;
    if (year < min_year || year > max_year) return std::nullopt;
    const Civil day = birthday_in(born, static_cast<int>(year));
    return from_ymd(day.year, day.month, day.day);
}

std::string Date::to_string() const {
    const Civil civil = civil_from_days(days_ + epoch);
    // Years are 1..9999, so the text is always exactly "YYYY-MM-DD".
    std::string text(10, '-');
    const auto put = [&text](std::size_t at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) text[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    };
    put(0, civil.year, 4);
    put(5, civil.month, 2);
    put(8, civil.day, 2);
    return text;
}

}  // namespace drieluik
