// The tripartite agreement (document-model.md, section 1) as an outline of its elements
// and attributes, in the order of the specification.

#include "document/common_fields.hpp"
#include "document/model_layout.hpp"

namespace drieluik {
namespace {

using namespace model_layout;
using namespace common_fields;
using namespace model_layout::words;

constexpr std::string_view prior_education_values[] = {
    "mbo-4", "havo", "vwo", "associate-degree", "bachelor", "master", "foreign", "other"};
constexpr EnumDef prior_education_enum{"prior-education", prior_education_values};

constexpr std::string_view admission_test_values[] = {"passed", "failed", "none"};
constexpr EnumDef admission_test_enum{"admission-test", admission_test_values};

constexpr std::string_view contract_type_values[] = {"fixed-term", "indefinite"};
constexpr EnumDef contract_type_enum{"contract-type", contract_type_values};

constexpr std::string_view salary_period_values[] = {"month", "hour"};
constexpr EnumDef salary_period_enum{"salary-period", salary_period_values};

constexpr std::string_view cost_kind_values[] = {"tuition", "materials", "laptop", "exam", "travel", "other"};
constexpr EnumDef cost_kind_enum{"cost-kind", cost_kind_values};

constexpr std::string_view payer_values[] = {"employer", "student", "institution", "other"};
constexpr EnumDef payer_enum{"payer", payer_values};

constexpr std::string_view exemption_reason_values[] = {
    "employer-termination", "non-renewal-by-employer", "illness", "failed-programme", "other"};
constexpr EnumDef exemption_reason_enum{"exemption-reason", exemption_reason_values};

constexpr std::string_view termination_event_values[] = {
    "student-stops-study", "employment-ends", "institution-deregisters", "other"};
constexpr EnumDef termination_event_enum{"termination-event", termination_event_values};

constexpr std::string_view party_values[] = {"student", "employer", "institution", "guardian",
                                             "employer-of-record"};
constexpr EnumDef party_enum{"party", party_values};

constexpr FieldDef day_count(std::string_view name, Cardinality cardinality, std::string_view meaning) {
    return between(attribute(name, decimal, cardinality, meaning), 0, 5);
}

constexpr FieldDef months(FieldDef field) { return at_least(field, 0); }

constexpr Entry outline[] = {
    {0, element("agreement", container, required,
                "the work-study agreement between a student, a hogeschool and an SME employer")},
    {1, attribute("id", ValueType::token, required, "the agreement's reference, unique within an institution")},
    {1, status("a final agreement must be complete and signed")},
    {1, attribute("version", integer, optional, "revision counter of the document")},

    {1, element("programme", container, required, "the programme the student follows")},
    {2, element("institution", text, required, "name of the hogeschool")},
    {3, brin()},
    {2, programme_name()},
    {2, croho()},
    {2, level()},
    {2, credits()},
    {2, form()},
    {2, work_model()},
    {2, element("startDate", date, required, "the student's start in the programme")},

    {1, element("student", container, required, "the student")},
    {2, element("name", text, required, "the student's name")},
    {2, element("birthDate", date, required, "the student's date of birth")},
    {2, with_enumeration(element("priorEducation", enumeration, required, "highest completed prior education"),
                         prior_education_enum)},
    {3, with_enumeration(attribute("admissionTest", enumeration, optional,
                                   "21+ admission test where the prior education does not admit"),
                         admission_test_enum)},
    {2, element("email", text, optional, "the student's e-mail address")},
    {2, element("guardian", container, optional, "legal guardian, needed when the student is a minor at signing")},
    {3, element("name", text, optional, "the guardian's name")},

    {1, element("employer", container, required, "the company where the student works and learns")},
    {2, element("name", text, required, "the company's name")},
    {2, kvk(required, "chamber of commerce number")},
    {2, element("employees", ValueType::count, required, "headcount")},
    {2, element("annualTurnover", money, optional, "annual turnover")},
    {3, currency()},
    {2, element("balanceSheetTotal", money, optional, "balance sheet total")},
    {3, currency()},
    {2, element("sector", text, optional, "sector of the company, e.g. bouwnijverheid")},
    {2, element("cao", text, optional, "collective labour agreement that applies")},
    {2, element("employerOfRecord", container, optional,
                "a regional foundation that employs the student and seconds them to the company")},
    {3, element("name", text, optional, "the employer of record's name")},
    {3, kvk(optional, "the employer of record's chamber of commerce number")},

    {1, element("supervision", container, required, "supervision of the student")},
    {2, element("workplaceSupervisor", container, required, "praktijkbegeleider at the company")},
    {3, element("name", text, required, "the workplace supervisor's name")},
    {3, element("hoursPerWeek", decimal, required, "time reserved for supervision")},
    {3, element("trained", boolean, optional, "followed a supervisor training")},
    {2, element("institutionSupervisor", container, required, "supervisor on behalf of the hogeschool")},
    {3, element("name", text, required, "the institution supervisor's name")},

    {1, element("employment", container, required, "the employment contract")},
    {2, with_enumeration(element("contractType", enumeration, required, "fixed-term or indefinite contract"),
                         contract_type_enum)},
    {2, element("startDate", date, required, "first day of the contract")},
    {2, element("endDate", date, optional, "last day of the contract; needed for a fixed-term contract")},
    {2, element("hoursPerWeek", decimal, required, "contractual hours, school hours included")},
    {2, months(element("probationMonths", integer, required, "probation period in months; 0 for none"))},
    {2, element("salary", money, required, "gross pay")},
    {3, with_enumeration(attribute("per", enumeration, required, "the period the salary is paid for"),
                         salary_period_enum)},
    {3, currency()},
    {2, element("paidStudyHoursPerWeek", decimal, optional, "school hours paid as working time")},
    {2, element("holidayHours", decimal, optional, "paid holiday hours a year")},

    {1, element("workplaceLearning", container, required, "what the student learns at the workplace")},
    {2, repeated("qualification", text, nonempty_list,
                 "a final qualification of the programme that the student achieves at the workplace")},
    {3, attribute("assessment", text, required, "how that qualification is assessed")},

    {1, element("schedule", container, required, "the division of the week, per study year")},
    {2, repeated("year", container, nonempty_list, "one study year")},
    {3, at_least(attribute("n", integer, required, "study year"), 1)},
    {3, day_count("workDays", required, "days a week at the company")},
    {3, day_count("schoolDays", required, "days a week at the hogeschool")},
    {3, day_count("otherDays", optional, "days a week at a third location (training centre, branch)")},
    {3, attribute("otherLocation", text, optional, "the third location; needed with otherDays")},

    {1, element("costs", container, optional, "the costs of the programme")},
    {2, repeated("item", container, repeated_list, "a cost of the programme")},
    {3, with_enumeration(attribute("kind", enumeration, required, "what the cost is for"), cost_kind_enum)},
    {3, with_enumeration(attribute("payer", enumeration, required, "who pays"), payer_enum)},
    {3, attribute("amount", money, required, "total over the programme")},
    {3, attribute("mandatory", boolean, optional, "training the employer must offer by law or CAO")},

    {1, element("repayment", container, optional, "training-cost repayment clause (studiekostenbeding)")},
    {2, element("maxAmount", money, required, "the most the student can owe")},
    {3, currency()},
    {2, months(element("bindingMonths", integer, required,
                       "months after completion during which leaving triggers repayment"))},
    {2, with_enumeration(element("covers", ValueType::enum_list, required, "the cost kinds the clause recovers"),
                         cost_kind_enum)},
    {2, element("scale", container, required, "the share owed, by time of leaving")},
    {3, repeated("step", container, nonempty_list, "share owed when leaving before untilMonth")},
    {4, months(attribute("untilMonth", integer, required, "months after completion"))},
    {4, between(attribute("percent", decimal, required, "share of maxAmount owed"), 0, 100)},
    {2, element("exemptions", container, optional, "situations in which nothing is owed")},
    {3, repeated("exemption", container, repeated_list, "a situation in which nothing is owed")},
    {4, with_enumeration(attribute("reason", enumeration, optional, "the situation"), exemption_reason_enum)},

    {1, element("termination", container, optional, "how the agreement ends early")},
    {2, repeated("clause", text, repeated_list, "when and how the agreement ends early, for one event")},
    {3, with_enumeration(attribute("event", enumeration, required, "the event the clause is about"),
                         termination_event_enum)},

    {1, element("signatures", container, optional, "the signatures of the parties")},
    {2, repeated("signature", container, repeated_list, "one party's signature")},
    {3, with_enumeration(attribute("party", enumeration, required, "the party that signed"), party_enum)},
    {3, attribute("name", text, required, "who signed")},
    {3, attribute("date", date, required, "the day of signing")},
};

constexpr auto layout = lay_out<record_count(outline)>(outline);

}  // namespace

const DocumentModel& agreement_model() {
    static const DocumentModel model(DocumentKind::agreement, "urn:drieluik:agreement:1", layout.fields,
                                     layout.records);
    return model;
}

}  // namespace drieluik
