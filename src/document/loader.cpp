// Loading a document, stage by stage: size limit, encoding, XML parsing, document kind,
// structure and typed values. Each stage that fails ends the load with its errors.

#include "document/loader.hpp"

#include "document/document_builder.hpp"
#include "document/encoding.hpp"
#include "document/namespaces.hpp"
#include "document/structure_reader.hpp"
#include "document/xml_checks.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

namespace drieluik {
namespace {

// Deliberately no parse_declaration, parse_pi, parse_comments (nothing to read there)
// and no parse_ws_pcdata (white space between elements is not content). DOCTYPE nodes
// are kept only to be refused; pugixml never expands entities they declare.
constexpr unsigned parse_options =
    pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol | pugi::parse_wconv_attribute | pugi::parse_doctype;

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

// Text values are addressed with 32-bit offsets into a document's text (TextRef), so no
// limit, however high it is set, lets a larger document in.
constexpr std::size_t largest_document = std::size_t{1} << 30;

std::optional<LoadFailure> refuse_size(const std::string& file, std::size_t size, const LoadLimits& limits) {
    const std::size_t limit = std::min(limits.max_bytes, largest_document);
    if (size <= limit) return std::nullopt;
    return failure(file, {}, "document is " + std::to_string(size) + " bytes; the limit is " + std::to_string(limit) +
                                 " bytes");
}

LoadFailure sorted(std::vector<Diagnostic> errors) {
    std::stable_sort(errors.begin(), errors.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.position < b.position; });
    return LoadFailure{std::move(errors)};
}

std::string lower_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

}  // namespace

LoadResult load_document(std::string name, std::string_view bytes, const LoadLimits& limits) {
    if (auto refused = refuse_size(name, bytes.size(), limits)) return std::move(*refused);
    auto decoded = decode_document(bytes);
    if (const auto* problem = std::get_if<EncodingError>(&decoded)) {
        return failure(name, problem->position, problem->message);
    }
    const bool ascii = std::get<DecodedText>(decoded).ascii;
    // pugixml parses a copy in place; the copy then becomes the document's text arena,
    // so that text values are never copied one by one.
    std::string buffer = std::get<DecodedText>(decoded).utf8;
    SourceText source(name, std::move(std::get<DecodedText>(decoded).utf8));

    pugi::xml_document xml;
    const pugi::xml_parse_result parsed =
        xml.load_buffer_inplace(buffer.data(), buffer.size(), parse_options, pugi::encoding_utf8);
    if (!parsed) {
        return failure(name, source.position(static_cast<std::size_t>(parsed.offset)),
                       "not well-formed XML: " + lower_first(parsed.description()));
    }
    if (const auto problems = check_document_level(xml, source.text(), buffer.data()); !problems.empty()) {
        std::vector<Diagnostic> errors;
        for (const XmlProblem& problem : problems) {
            errors.push_back(error(name, source.position(problem.offset), problem.message));
        }
        return sorted(std::move(errors));
    }

    const pugi::xml_node root = xml.document_element();
    NamespaceScope scope;
    scope.enter(root);
    const auto kind = recognise_kind(root, scope);
    if (const auto* problem = std::get_if<std::string>(&kind)) {
        return failure(name, source.position(static_cast<std::size_t>(root.name() - buffer.data()) - 1), *problem);
    }

    DocumentBuilder builder(*std::get<const DocumentModel*>(kind), std::move(source));
    const StructureInput input{buffer.data(), buffer.size(), ascii, limits.max_depth, &name};
    std::string extra_text;
    std::vector<Diagnostic> errors;
    read_structure(root, scope, input, builder, extra_text, errors);
    if (!errors.empty()) return sorted(std::move(errors));
    buffer += extra_text;
    builder.set_text_arena(std::move(buffer));
    return builder.finish();
}

LoadResult load_document_file(const std::string& path, const LoadLimits& limits) {
    std::error_code code;
    const auto size = std::filesystem::file_size(path, code);
    if (code) return failure(path, {}, "cannot read the file: " + code.message());
    if (auto refused = refuse_size(path, static_cast<std::size_t>(size), limits)) return std::move(*refused);
    std::ifstream file(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        return failure(path, {}, "cannot read the file: " + std::string(std::strerror(errno)));
    }
    return load_document(path, bytes, limits);
}

}  // namespace drieluik
