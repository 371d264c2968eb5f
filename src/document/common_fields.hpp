#pragma once
// Fields and enumerations that both document kinds share (the programme part of an
// application is described "as in the agreement"), so each is defined once.

#include "document/model_layout.hpp"

#include <string_view>

namespace drieluik::common_fields {

using model_layout::attribute;
using model_layout::element;

inline constexpr std::string_view status_values[] = {"draft", "final"};
inline constexpr EnumDef status_enum{"status", status_values};

inline constexpr std::string_view level_values[] = {"associate-degree", "bachelor", "master", "other"};
inline constexpr EnumDef level_enum{"level", level_values};

inline constexpr std::string_view form_values[] = {"dual", "part-time", "full-time"};
inline constexpr EnumDef form_enum{"form", form_values};

inline constexpr std::string_view work_model_values[] = {"work-throughout", "learn-then-work",
                                                         "gradual", "multi-location"};
inline constexpr EnumDef work_model_enum{"work-model", work_model_values};

inline constexpr std::string_view currency_values[] = {"EUR"};
inline constexpr EnumDef currency_enum{"currency", currency_values};

constexpr FieldDef status(std::string_view meaning) {
    return model_layout::with_enumeration(
        attribute("status", ValueType::enumeration, Cardinality::required, meaning), status_enum);
}

constexpr FieldDef brin() {
    return model_layout::with_pattern(
        attribute("brin", ValueType::pattern, Cardinality::required, "institution code"),
        "[0-9]{2}[A-Z]{2}", "2 digits and 2 capital letters");
}

constexpr FieldDef kvk(Cardinality cardinality, std::string_view meaning) {
    return model_layout::with_pattern(element("kvk", ValueType::pattern, cardinality, meaning),
                                      "[0-9]{8}", "8 digits");
}

// The currency attribute of every money element.
constexpr FieldDef currency() {
    return model_layout::with_default(
        model_layout::with_enumeration(
            attribute("currency", ValueType::enumeration, Cardinality::optional,
                      "currency of the amount; EUR, the only one known, is the default"),
            currency_enum),
        "EUR");
}

constexpr FieldDef programme_name() {
    return element("name", ValueType::text, Cardinality::required, "name of the programme, e.g. Ad Bouwkunde");
}

constexpr FieldDef croho() {
    return model_layout::with_pattern(
        element("croho", ValueType::pattern, Cardinality::required,
                "programme code in the national register"),
        "[0-9]{5}", "5 digits");
}

constexpr FieldDef level() {
    return model_layout::with_enumeration(
        element("level", ValueType::enumeration, Cardinality::required, "degree"), level_enum);
}

constexpr FieldDef credits() {
    return model_layout::at_least(
        element("credits", ValueType::integer, Cardinality::required,
                "study load in EC; Ad 120, Bachelor 240"),
        1);
}

constexpr FieldDef form() {
    return model_layout::with_enumeration(
        element("form", ValueType::enumeration, Cardinality::required, "mode of study"), form_enum);
}

constexpr FieldDef work_model() {
    return model_layout::with_enumeration(
        element("workModel", ValueType::enumeration, Cardinality::required,
                "how working and learning are combined"),
        work_model_enum);
}

}  // namespace drieluik::common_fields
