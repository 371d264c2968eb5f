// Lookups on the model tables (the tables themselves are agreement_model.cpp and
// programme_model.cpp).

#include "document/model.hpp"

#include <vector>

namespace drieluik {

std::string_view to_string(DocumentKind kind) {
    return kind == DocumentKind::agreement ? "agreement" : "programme";
}

int EnumDef::index_of(std::string_view value) const {
    for (std::size_t i = 0; i < values.size(); ++i) {
        // Length and first letter rule out most values without a call to memcmp.
        const std::string_view candidate = values[i];
        if (candidate.size() == value.size() && (value.empty() || candidate.front() == value.front()) &&
            candidate == value) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

FieldId DocumentModel::child(FieldId parent, std::string_view name) const {
    // Fields are in outline order, so the children of `parent` follow it and the first
    // field whose parent lies before `parent` ends its subtree.
    for (std::size_t i = static_cast<std::size_t>(parent) + 1; i < fields_.size(); ++i) {
        const FieldDef& field = fields_[i];
        if (field.parent < parent) break;
        if (field.parent == parent && field.name == name) return static_cast<FieldId>(i);
    }
    return no_field;
}

namespace {

// The fields from the root down to `id`.
std::vector<FieldId> chain(const DocumentModel& model, FieldId id) {
    std::vector<FieldId> fields;
    for (FieldId at = id; at != no_field; at = model.field(at).parent) fields.push_back(at);
    return {fields.rbegin(), fields.rend()};
}

}  // namespace

std::string DocumentModel::xml_path(FieldId id) const {
    std::string path;
    for (FieldId at : chain(*this, id)) {
        const FieldDef& field = this->field(at);
        path += field.attribute ? "/@" : "/";
        path += field.name;
    }
    return path;
}

std::string DocumentModel::rule_path(FieldId id) const {
    std::string path;
    for (FieldId at : chain(*this, id)) {
        if (at == 0) continue;  // rules name fields from below the root
        if (!path.empty()) path += '.';
        path += this->field(at).name;
    }
    return path;
}

const DocumentModel* model_for_namespace(std::string_view ns) {
    for (const DocumentModel* model : {&agreement_model(), &programme_model()}) {
        if (model->xml_namespace() == ns) return model;
    }
    return nullptr;
}

}  // namespace drieluik
