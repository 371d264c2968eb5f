#include "check/ir.hpp"

namespace drieluik::check {

std::string describe(const Type& type, const DocumentModel* model) {
    switch (type.kind) {
        case TypeKind::invalid: return "invalid";
        case TypeKind::boolean: return "boolean";
        case TypeKind::integer: return "integer";
        case TypeKind::decimal: return "decimal";
        case TypeKind::money: return "money";
        case TypeKind::date: return "date";
        case TypeKind::text: return "text";
        case TypeKind::enumeration: return std::string(type.enumeration->name) + " value";
        case TypeKind::container: return "element without a value";
        case TypeKind::record:
            if (model == nullptr) return "element";
            return model->rule_path(model->records()[type.record].element) + " element";
        case TypeKind::list: {
            if (type.element == TypeKind::record && model != nullptr)
                return "list of " + model->rule_path(model->records()[type.record].element);
            if (type.element == TypeKind::enumeration) return "list of " + std::string(type.enumeration->name) + " values";
            return "list of " + describe(type.element_type(), model);
        }
        case TypeKind::duration: return "duration";
        case TypeKind::problem: return "template problem";
    }
    return "invalid";
}

}  // namespace drieluik::check
