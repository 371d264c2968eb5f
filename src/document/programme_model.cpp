// The programme application (document-model.md, section 2) as an outline of its
// elements and attributes, in the order of the specification.

#include "document/common_fields.hpp"
#include "document/model_layout.hpp"

namespace drieluik {
namespace {

using namespace model_layout;
using namespace common_fields;
using namespace model_layout::words;

constexpr std::string_view partner_type_values[] = {"company", "branch-association", "regional-employers",
                                                    "institution", "lectorate", "other"};
constexpr EnumDef partner_type_enum{"partner-type", partner_type_values};

constexpr std::string_view partner_role_values[] = {"co-design", "placement", "funding", "supervision"};
constexpr EnumDef partner_role_enum{"partner-role", partner_role_values};

constexpr Entry outline[] = {
    {0, element("programmeApplication", container, required,
                "a hogeschool's description of a route, for recognition as an Mkb-route")},
    {1, attribute("id", ValueType::token, required, "the application's reference")},
    {1, status("a final application must be complete")},
    {1, element("institution", text, required, "name of the hogeschool")},
    {2, brin()},

    {1, element("programme", container, required, "the programme of the route")},
    {2, programme_name()},
    {2, croho()},
    {2, level()},
    {2, credits()},
    {2, form()},
    {2, work_model()},
    {2, element("firstIntake", ValueType::date, required, "first (or next) start of the route")},
    {2, element("expectedIntake", count, optional, "students expected per year")},

    {1, element("sectors", container, required, "the sectors the route serves")},
    {2, repeated("sector", text, Cardinality::repeated_nonempty, "a sector the route serves")},

    {1, element("partners", container, required, "the organisations involved")},
    {2, repeated("partner", text, Cardinality::repeated, "an organisation involved, by name")},
    {3, with_enumeration(attribute("type", ValueType::enumeration, required, "the kind of organisation"),
                         partner_type_enum)},
    {3, with_enumeration(attribute("role", ValueType::enum_list, required, "what the partner does"),
                         partner_role_enum)},

    {1, element("workplaces", container, required, "where the students work")},
    {2, element("smeOnly", boolean, required, "students work only at SMEs")},
    {2, element("expectedPlacements", count, optional, "workplaces expected")},

    {1, element("salary", container, required, "the students' pay")},
    {2, attribute("paidByEmployer", boolean, required, "students receive a salary from the employer")},

    {1, element("agreementTemplate", container, optional, "the tripartite agreement template the route uses")},
    {2, attribute("href", ValueType::token, required,
                  "relative path of the template, itself an agreement document with status draft")},

    {1, element("coordinator", container, required, "the route coordinator")},
    {2, element("name", text, required, "the route coordinator's name")},

    {1, element("supervisorTraining", boolean, optional, "the route trains workplace supervisors")},
};

constexpr auto layout = lay_out<record_count(outline)>(outline);

}  // namespace

const DocumentModel& programme_model() {
    static const DocumentModel model(DocumentKind::programme, "urn:drieluik:programme:1", layout.fields,
                                     layout.records);
    return model;
}

}  // namespace drieluik
