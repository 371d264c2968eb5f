#pragma once
// Values as a reader sees them: evidence in the report's language, arguments of a rule's
// message, and the reason a rule is undecided (what is missing, and where).

#include "base/format.hpp"
#include "eval/machine.hpp"

#include <optional>
#include <string>

namespace drieluik::evaluation {

// "€ 2.450,00", "1 september 2025", "ja", "associate-degree", "/agreement/schedule/year[2]"
std::string present(const Machine& machine, const check::Datum& value, const check::Type& type, Language language);

// The value as a message argument; a text that must be made (an element's path) is made
// in `storage`, which the value then views. nullopt for an absent value.
std::optional<MessageValue> message_value(const Machine& machine, const check::Datum& value, const check::Type& type,
                                          std::string& storage);

struct Reason {
    std::string text;   // "employment.endDate ontbreekt", "geen waarde in minimum_wage_21 bekend vóór 1 januari 2024"
    Position position;  // where the missing value should be, when known
};
Reason reason(const Machine& machine, const check::Datum& absent, Language language);

}  // namespace drieluik::evaluation
