#include "document/namespaces.hpp"

#include <algorithm>

namespace drieluik {
namespace {

constexpr std::string_view xml_prefix_uri = "http://www.w3.org/XML/1998/namespace";

}  // namespace

bool NamespaceScope::enter(pugi::xml_attribute attributes) {
    const std::size_t start = bindings_.size();
    for (pugi::xml_attribute attribute = attributes; attribute; attribute = attribute.next_attribute()) {
        const char* const written = attribute.name();
        if (!is_declaration(written)) continue;
        const std::string_view name = written;
        bindings_.push_back({name.size() == 5 ? std::string_view() : name.substr(6), attribute.value()});
    }
    if (bindings_.size() == start) return false;
    scope_starts_.push_back(start);
    default_namespace_ = *lookup({});
    return true;
}

void NamespaceScope::leave() {
    bindings_.resize(scope_starts_.back());
    scope_starts_.pop_back();
    default_namespace_ = *lookup({});
}

std::optional<std::string_view> NamespaceScope::lookup(std::string_view prefix) const {
    for (auto binding = bindings_.rbegin(); binding != bindings_.rend(); ++binding) {
        if (binding->prefix == prefix) return binding->uri;
    }
    if (prefix == "xml") return xml_prefix_uri;
    if (prefix.empty()) return std::string_view();  // no default namespace declared
    return std::nullopt;
}

namespace {

// Where the prefix of a qualified name ends. A loop rather than find(): names are short,
// and a call to memchr for each costs more than it saves.
std::size_t colon_in(std::string_view name) {
    const auto colon = std::find(name.begin(), name.end(), ':');
    return colon == name.end() ? std::string_view::npos : static_cast<std::size_t>(colon - name.begin());
}

}  // namespace

std::optional<QualifiedName> NamespaceScope::element_name(std::string_view name) const {
    const std::size_t colon = colon_in(name);
    const std::string_view prefix = colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
    const auto ns = lookup(prefix);
    if (!ns) return std::nullopt;
    return QualifiedName{*ns, colon == std::string_view::npos ? name : name.substr(colon + 1)};
}

std::optional<QualifiedName> NamespaceScope::attribute_name(std::string_view name) const {
    const std::size_t colon = colon_in(name);
    if (colon == std::string_view::npos) return QualifiedName{{}, name};
    const auto ns = lookup(name.substr(0, colon));
    if (!ns) return std::nullopt;
    return QualifiedName{*ns, name.substr(colon + 1)};
}

}  // namespace drieluik
