#include "report/phrases.hpp"

#include "base/format.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace drieluik {

namespace {

constexpr std::string_view dutch_severities =
    "{error, plural, one {# fout} other {# fouten}}, "
    "{warning, plural, one {# waarschuwing} other {# waarschuwingen}}, "
    "{advice, plural, one {# advies} other {# adviezen}}";
constexpr std::string_view english_severities =
    "{error, plural, one {# error} other {# errors}}, "
    "{warning, plural, one {# warning} other {# warnings}}, "
    "{advice} advice";

struct Phrases {
    MessageTemplate run;
    MessageTemplate counts;
    MessageTemplate counts_with_undecided;
};

Phrases make_phrases(Language language) {
    std::string severities(language == Language::nl ? dutch_severities : english_severities);
    if (language == Language::nl) {
        return {
            MessageTemplate("{documents, plural, one {# document} other {# documenten}} gecontroleerd: " +
                                severities + ", {unreadable} onleesbaar",
                            language),
            MessageTemplate(severities, language),
            MessageTemplate(severities + ", {undecided, plural, one {# regel} other {# regels}} niet te beoordelen",
                            language),
        };
    }
    return {
        MessageTemplate("{documents, plural, one {# document} other {# documents}} checked: " + severities +
                            ", {unreadable} unreadable",
                        language),
        MessageTemplate(severities, language),
        MessageTemplate(severities + ", {undecided, plural, one {# rule} other {# rules}} undecided", language),
    };
}

const Phrases& phrases(Language language) {
    static const std::array<Phrases, 2> compiled{make_phrases(Language::nl), make_phrases(Language::en)};
    return compiled[language == Language::nl ? 0 : 1];
}

MessageArg count(std::string_view name, std::size_t value) {
    return {name, static_cast<std::int64_t>(value)};
}

}  // namespace

std::string run_summary_phrase(const RunSummary& summary, Language language) {
    const std::array<MessageArg, 5> arguments{
        count("documents", summary.documents), count("error", summary.error), count("warning", summary.warning),
        count("advice", summary.advice), count("unreadable", summary.unreadable)};
    return phrases(language).run.format(arguments);
}

std::string counts_phrase(const FindingCounts& counts, Language language) {
    const std::array<MessageArg, 4> arguments{count("error", counts.error), count("warning", counts.warning),
                                              count("advice", counts.advice), count("undecided", counts.undecided)};
    const Phrases& language_phrases = phrases(language);
    return (counts.undecided > 0 ? language_phrases.counts_with_undecided : language_phrases.counts).format(arguments);
}

}  // namespace drieluik
