#pragma once
// XML namespaces for pugixml, which keeps qualified names as written ("p:name"): the
// declarations in scope while the tree is walked, and the namespace of a name.

#include <pugixml.hpp>

#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace drieluik {

struct QualifiedName {
    std::string_view ns;     // empty: no namespace
    std::string_view local;
};

class NamespaceScope {
public:
    // Opens the scope of the element whose first attribute is `attributes` if it
    // declares namespaces (xmlns, xmlns:p), which then apply to it and below, and says
    // whether it did: only then must leave() close it. Most elements declare nothing,
    // and cost nothing but a look at their attributes.
    bool enter(pugi::xml_attribute attributes);
    void leave();

    // nullopt when the prefix is not declared. An element without a prefix is in the
    // default namespace; an attribute without a prefix is in none.
    std::optional<QualifiedName> element_name(std::string_view name) const;
    std::optional<QualifiedName> attribute_name(std::string_view name) const;

    // xmlns, xmlns:p (asked of every attribute, so answered without a call)
    static bool is_declaration(const char* attribute_name) {
        return attribute_name[0] == 'x' && std::strncmp(attribute_name, "xmlns", 5) == 0 &&
               (attribute_name[5] == '\0' || attribute_name[5] == ':');
    }

    // The default namespace in scope (empty: none): an unprefixed element name is in it.
    std::string_view default_namespace() const { return default_namespace_; }

private:
    struct Binding {
        std::string_view prefix;  // empty: the default namespace
        std::string_view uri;
    };
    std::optional<std::string_view> lookup(std::string_view prefix) const;

    std::vector<Binding> bindings_;
    std::vector<std::size_t> scope_starts_;  // bindings_.size() when each scope opened
    std::string_view default_namespace_;
};

}  // namespace drieluik
