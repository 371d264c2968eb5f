#include "report/phrases.hpp"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace drieluik {

namespace {

struct Argument {
    std::string_view name;
    std::size_t value;
};

// Formats an ICU message pattern with named numeric arguments in the language's locale.
template <std::size_t N>
std::string format_counts(std::string_view pattern, Language language,
                          const std::array<Argument, N>& arguments) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale(language == Language::nl ? "nl" : "en");
    icu::MessageFormat format(
        icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<std::int32_t>(pattern.size()))),
        locale, status);
    std::array<icu::UnicodeString, N> names;
    std::array<icu::Formattable, N> values;
    for (std::size_t i = 0; i < N; ++i) {
        names[i] = icu::UnicodeString::fromUTF8(
            icu::StringPiece(arguments[i].name.data(), static_cast<std::int32_t>(arguments[i].name.size())));
        values[i] = icu::Formattable(static_cast<std::int64_t>(arguments[i].value));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<std::int32_t>(N), result, status);
    if (U_FAILURE(status)) {
        // The patterns are constants of this file: a failure is a defect, not bad input.
        throw std::logic_error(std::string("report phrase cannot be formatted: ") + u_errorName(status));
    }
    std::string text;
    result.toUTF8String(text);
    return text;
}

constexpr std::string_view dutch_severities =
    "{error, plural, one {# fout} other {# fouten}}, "
    "{warning, plural, one {# waarschuwing} other {# waarschuwingen}}, "
    "{advice, plural, one {# advies} other {# adviezen}}";
constexpr std::string_view english_severities =
    "{error, plural, one {# error} other {# errors}}, "
    "{warning, plural, one {# warning} other {# warnings}}, "
    "{advice, number} advice";

}  // namespace

std::string run_summary_phrase(const RunSummary& summary, Language language) {
    std::string pattern = language == Language::nl
        ? "{documents, plural, one {# document} other {# documenten}} gecontroleerd: "
          + std::string(dutch_severities) + ", {unreadable, number} onleesbaar"
        : "{documents, plural, one {# document} other {# documents}} checked: "
          + std::string(english_severities) + ", {unreadable, number} unreadable";
    return format_counts(pattern, language, std::array<Argument, 5>{{
        {"documents", summary.documents},
        {"error", summary.error},
        {"warning", summary.warning},
        {"advice", summary.advice},
        {"unreadable", summary.unreadable},
    }});
}

std::string counts_phrase(const FindingCounts& counts, Language language) {
    std::string pattern(language == Language::nl ? dutch_severities : english_severities);
    if (counts.undecided > 0) {
        pattern += language == Language::nl
            ? ", {undecided, plural, one {# regel} other {# regels}} niet te beoordelen"
            : ", {undecided, plural, one {# rule} other {# rules}} undecided";
    }
    return format_counts(pattern, language, std::array<Argument, 4>{{
        {"error", counts.error},
        {"warning", counts.warning},
        {"advice", counts.advice},
        {"undecided", counts.undecided},
    }});
}

}  // namespace drieluik
