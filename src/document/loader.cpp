// Loading a document, stage by stage: size limit, encoding, XML parsing, document kind,
// structure and typed values. Each stage that fails ends the load with its errors.

#include "document/loader.hpp"

#include "document/document_builder.hpp"
#include "document/encoding.hpp"
#include "document/file_reading.hpp"
#include "document/namespaces.hpp"
#include "document/packed_name.hpp"
#include "document/structure_reader.hpp"
#include "document/xml_parse_options.hpp"
#include "document/xml_checks.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <memory>
#include <optional>

namespace drieluik {
namespace {

Diagnostic error(const std::string& file, Position position, std::string message) {
    Diagnostic diagnostic;
    diagnostic.file = file;
    diagnostic.position = position;
    diagnostic.message = std::move(message);
    return diagnostic;
}

LoadFailure failure(const std::string& file, Position position, std::string message) {
    return LoadFailure{{error(file, position, std::move(message))}};
}

std::string known_kinds() {
    std::string text;
    for (const DocumentModel* model : {&agreement_model(), &programme_model()}) {
        if (!text.empty()) text += " and ";
        text += std::string(model->root_name()) + " in " + std::string(model->xml_namespace());
    }
    return "known are " + text;
}

// The model of the root element, or why there is none.
std::variant<const DocumentModel*, std::string> recognise_kind(pugi::xml_node root, const NamespaceScope& scope) {
    const std::string_view written = root.name();
    const auto name = scope.element_name(written);
    if (!name) {
        return "root element " + std::string(written) + ": namespace prefix " +
               std::string(written.substr(0, written.find(':'))) + " is not declared";
    }
    if (name->ns.empty()) return "root element " + std::string(name->local) + " has no namespace; " + known_kinds();
    const DocumentModel* model = model_for_namespace(name->ns);
    if (model == nullptr) {
        return "root element " + std::string(name->local) + " is in unknown namespace " + std::string(name->ns) +
               "; " + known_kinds();
    }
    if (name->local != model->root_name()) {
        return "root element " + std::string(name->local) + " is not " + std::string(model->root_name()) +
               ", the root of namespace " + std::string(model->xml_namespace());
    }
    return model;
}

LoadFailure sorted(std::vector<Diagnostic> errors) {
    std::stable_sort(errors.begin(), errors.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.position < b.position; });
    return LoadFailure{std::move(errors)};
}

bool has_character_reference(std::string_view text) {
    for (std::size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
        if (text.substr(at + 1).starts_with('#')) return true;
    }
    return false;
}

std::string lower_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

// Loads a document from its bytes, which it takes over; they are within the size limit.
LoadResult load_bytes(std::string name, std::string bytes, const LoadLimits& limits) {
    auto decoded = decode_document(std::move(bytes));
    if (const auto* problem = std::get_if<EncodingError>(&decoded)) {
        return failure(name, problem->position, problem->message);
    }
    DecodedText& text = std::get<DecodedText>(decoded);
    // A character reference (&#x301;) can put any character in a value.
    const bool may_need_nfc = !text.below_combining_marks || has_character_reference(text.utf8);
    // pugixml parses a copy in place; the copy then becomes the document's text arena,
    // so that text values are never copied one by one. Past the end that pugixml sees,
    // the copy holds the padding that names are compared with (PackedName).
    const std::size_t size = text.utf8.size();
    std::string buffer;
    buffer.reserve(size + PackedName::padding);
    buffer.append(text.utf8).append(PackedName::padding, '\0');
    SourceText source(std::move(name), std::move(text.utf8), std::move(text.line_starts));

    pugi::xml_document xml;
    const pugi::xml_parse_result parsed =
        xml.load_buffer_inplace(buffer.data(), size, xml_parse_options, pugi::encoding_utf8);
    if (!parsed) {
        return failure(source.name(), source.position(static_cast<std::size_t>(parsed.offset)),
                       "not well-formed XML: " + lower_first(parsed.description()));
    }
    if (const auto problems = check_document_level(xml, source.text(), buffer.data()); !problems.empty()) {
        std::vector<Diagnostic> errors;
        errors.reserve(problems.size());
        for (const XmlProblem& problem : problems) {
            errors.push_back(error(source.name(), source.position(problem.offset), problem.message));
        }
        return sorted(std::move(errors));
    }

    const pugi::xml_node root = xml.document_element();
    NamespaceScope scope;
    scope.enter(root.first_attribute());
    const auto kind = recognise_kind(root, scope);
    if (const auto* problem = std::get_if<std::string>(&kind)) {
        const Position position = source.position(static_cast<std::size_t>(root.name() - buffer.data()) - 1);
        return failure(source.name(), position, *problem);
    }

    DocumentBuilder builder(*std::get<const DocumentModel*>(kind), std::move(source));
    const std::string* const file = &builder.source().name();
    const StructureInput input{buffer.data(), size, text.first_multibyte, may_need_nfc, limits.max_depth, file};
    std::string extra_text;
    std::vector<Diagnostic> errors;
    read_structure(root, scope, input, builder, extra_text, errors);
    if (!errors.empty()) return sorted(std::move(errors));
    buffer.resize(size);
    buffer += extra_text;
    builder.set_text_arena(std::move(buffer));
    return builder.finish();
}

}  // namespace

LoadResult load_document(std::string name, std::string_view bytes, const LoadLimits& limits) {
    if (auto refused = refuse_size(name, bytes.size(), limits)) return std::move(*refused);
    return load_bytes(std::move(name), std::string(bytes), limits);
}

LoadResult load_document_file(const std::string& path, const LoadLimits& limits) {
    auto bytes = read_document_file(path, limits);
    if (auto* failed = std::get_if<LoadFailure>(&bytes)) return std::move(*failed);
    return load_bytes(path, std::move(std::get<std::string>(bytes)), limits);
}

}  // namespace drieluik
