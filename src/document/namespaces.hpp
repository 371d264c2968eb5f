#pragma once
// XML namespaces for pugixml, which keeps qualified names as written ("p:name"): the
// declarations in scope while the tree is walked, and the namespace of a name.

#include <pugixml.hpp>

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
    // Opens the scope of `element` if it declares namespaces (xmlns, xmlns:p), which
    // then apply to it and below, and says whether it did: only then must leave() close
    // it. Most elements declare nothing, and cost nothing but a look at their attributes.
    bool enter(pugi::xml_node element);
    void leave();

    // nullopt when the prefix is not declared. An element without a prefix is in the
    // default namespace; an attribute without a prefix is in none.
    std::optional<QualifiedName> element_name(std::string_view name) const;
    std::optional<QualifiedName> attribute_name(std::string_view name) const;

    static bool is_declaration(std::string_view attribute_name);  // xmlns, xmlns:p

private:
    struct Binding {
        std::string_view prefix;  // empty: the default namespace
        std::string_view uri;
    };
    std::optional<std::string_view> lookup(std::string_view prefix) const;

    std::vector<Binding> bindings_;
    std::vector<std::size_t> scope_starts_;  // bindings_.size() when each scope opened
};

}  // namespace drieluik
