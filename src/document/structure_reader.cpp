#include "document/structure_reader.hpp"

#include "document/model_index.hpp"
#include "document/nfc.hpp"
#include "document/position_cursor.hpp"
#include "document/suggestion.hpp"
#include "document/value_parser.hpp"

namespace drieluik {
namespace {

// One step of the path of the element being read, for messages.
struct Frame {
    FieldId field;
    std::int64_t index;  // 0-based instance of a repeated element; -1 for a singular one
};

bool is_text_node(pugi::xml_node node) {
    return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

class StructureReader {
public:
    StructureReader(NamespaceScope& scope, const StructureInput& input, DocumentBuilder& builder,
                    std::string& extra_text, std::vector<Diagnostic>& errors)
        : model_(builder.model()),
          index_(model_index(model_)),
          input_(input),
          scope_(scope),
          builder_(builder),
          extra_text_(extra_text),
          errors_(errors),
          cursor_(builder.source().text(), input.ascii) {
        path_.reserve(8);
    }

    void read(pugi::xml_node root) {
        const Position position = element_position(root);
        const std::uint32_t record = builder_.add_record(0, 0, position, index_.slot_types[0]);
        path_.push_back({0, -1});
        read_element(root, 0, record, 0, position, 1);
    }

private:
    const FieldDef& field(FieldId id) const { return model_.field(id); }
    std::size_t offset_of(const char* text) const { return static_cast<std::size_t>(text - input_.buffer); }
    Position element_position(pugi::xml_node node) { return cursor_.at(offset_of(node.name()) - 1); }

    void error(std::string message, Position position) {
        Diagnostic diagnostic;
        diagnostic.file = *input_.file;
        diagnostic.position = position;
        diagnostic.message = std::move(message);
        errors_.push_back(std::move(diagnostic));
    }

    // "/agreement/schedule/year[2]", the element being read.
    std::string path() const {
        std::string text;
        for (const Frame& frame : path_) {
            text += '/';
            text += field(frame.field).name;
            if (frame.index >= 0) text += "[" + std::to_string(frame.index + 1) + "]";
        }
        return text;
    }

    // Reads the element `node` of field `id`, whose own value is slot `slot` of record
    // instance `record`.
    void read_element(pugi::xml_node node, FieldId id, std::uint32_t record, std::uint16_t slot,
                      Position position, std::size_t depth) {
        Value& value = builder_.value(record, slot);
        value.present = true;
        value.position = position;
        if (depth > input_.max_depth) {
            report_too_deep(position);  // only that: it is there, but its content is not read
            return;
        }
        read_attributes(node, id, record);
        if (own_value_type(field(id)) == ValueType::container) {
            read_children(node, id, record, depth);
        } else {
            read_text(node, id, record, slot, position);
        }
        complete(id, record, position);
    }

    void read_attributes(pugi::xml_node node, FieldId id, std::uint32_t record) {
        for (pugi::xml_attribute attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
            const std::string_view name = attribute.name();
            if (NamespaceScope::is_declaration(name)) continue;
            const Position position = cursor_.at(offset_of(attribute.name()));
            const auto qualified = scope_.attribute_name(name);
            if (!qualified) {
                report_undeclared_prefix(name, position);
                continue;
            }
            // Attributes of the model are unqualified; one in our namespace is unknown,
            // one in another namespace is an extension.
            const FieldId attribute_id = qualified->ns.empty() ? child_field(id, name, true) : no_field;
            if (attribute_id == no_field) {
                if (qualified->ns.empty() || qualified->ns == model_.xml_namespace()) {
                    error(path() + ": unknown attribute " + std::string(name) + suggestion(id, name, true),
                          position);
                }
                continue;
            }
            const FieldDef& definition = field(attribute_id);
            Value& value = builder_.value(record, definition.slot);
            if (value.present) {
                error(path() + ": duplicate attribute " + std::string(name), position);
                continue;
            }
            value.present = true;
            value.position = position;
            store_leaf(attribute_id, record, definition.slot, attribute.value(), position);
        }
    }

    // The child element or attribute `name` of `parent`, or no_field.
    FieldId child_field(FieldId parent, std::string_view name, bool attribute) const {
        for (const FieldId child : index_.children[static_cast<std::size_t>(parent)]) {
            const FieldDef& definition = field(child);
            // The first letter rules out most candidates without a call to memcmp.
            if (definition.attribute == attribute && definition.name.size() == name.size() &&
                definition.name.front() == name.front() && definition.name == name) {
                return child;
            }
        }
        return no_field;
    }

    // "; did you mean salary?" when a child of `parent` is spelt almost like `name`.
    std::string suggestion(FieldId parent, std::string_view name, bool attribute) const {
        std::vector<std::string_view> candidates;
        for (const FieldId child : index_.children[static_cast<std::size_t>(parent)]) {
            if (field(child).attribute == attribute) candidates.push_back(field(child).name);
        }
        const std::string_view closest = closest_name(name, candidates);
        return closest.empty() ? std::string() : "; did you mean " + std::string(closest) + "?";
    }

    // The text of a leaf element: its text and CDATA pieces; child elements are errors.
    void read_text(pugi::xml_node node, FieldId id, std::uint32_t record, std::uint16_t slot, Position position) {
        std::string_view text;
        std::size_t pieces = 0;
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() == pugi::node_element) {
                error(path() + ": element " + std::string(child.name()) + " is not allowed inside a value",
                      element_position(child));
            } else if (is_text_node(child)) {
                const std::string_view piece = child.value();
                if (pieces == 1) joined_ = text;
                if (pieces >= 1) joined_ += piece;
                text = pieces == 0 ? piece : std::string_view(joined_);
                ++pieces;
            }
        }
        store_leaf(id, record, slot, text, position);
    }

    // Parses the leaf's `raw` text into the slot; text values get their place in the arena.
    // `id` is the element being read (the last of the path) or one of its attributes.
    void store_leaf(FieldId id, std::uint32_t record, std::uint16_t slot, std::string_view raw, Position position) {
        const FieldDef& definition = field(id);
        const std::string_view text = value_text(definition, raw);
        Value& value = builder_.value(record, slot);
        const ValueType type = own_value_type(definition);
        if (type == ValueType::text || type == ValueType::token || type == ValueType::pattern) {
            value.text = arena_ref(text);
        }
        const std::string problem = parse_leaf(definition, text, value);
        if (!problem.empty()) {
            const std::string attribute = definition.attribute ? "/@" + std::string(definition.name) : "";
            error(path() + attribute + ": " + problem, position);
        }
    }

    // Where a text value lies in the arena: where pugixml left it in the parsed buffer,
    // or, when it was joined from pieces or is not in NFC, appended after the buffer.
    TextRef arena_ref(std::string_view text) {
        if (text.empty()) return {};
        if (!input_.ascii) {
            if (const auto normalized = to_nfc_if_needed(text)) return append_extra(*normalized);
        }
        const bool in_buffer =
            text.data() >= input_.buffer && text.data() + text.size() <= input_.buffer + input_.buffer_size;
        if (!in_buffer) return append_extra(text);
        return {static_cast<std::uint32_t>(offset_of(text.data())), static_cast<std::uint32_t>(text.size())};
    }

    TextRef append_extra(std::string_view text) {
        const TextRef ref{static_cast<std::uint32_t>(input_.buffer_size + extra_text_.size()),
                          static_cast<std::uint32_t>(text.size())};
        extra_text_ += text;
        return ref;
    }

    // Children of a container, in document order. The instances of a repeated element
    // get their records one at a time, and still lie together: no repeated element holds
    // a repeated element (model_layout.hpp makes sure), so nothing else takes a record
    // between two instances of one list.
    void read_children(pugi::xml_node node, FieldId id, std::uint32_t record, std::size_t depth) {
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() == pugi::node_element) {
                read_child_element(child, id, record, depth + 1);
            } else if (is_text_node(child)) {
                const std::string_view text = trim_xml_space(child.value());
                if (!text.empty()) {
                    error(path() + ": unexpected text " + quoted(text), cursor_.at(offset_of(text.data())));
                }
            }
        }
    }

    void read_child_element(pugi::xml_node node, FieldId parent, std::uint32_t record, std::size_t depth) {
        const bool declares = scope_.enter(node);
        if (const auto name = scope_.element_name(node.name()); !name) {
            report_undeclared_prefix(node.name(), element_position(node));
        } else if (!in_our_namespace(name->ns)) {
            check_nesting(node, depth);  // an extension: not read
        } else if (const FieldId id = child_field(parent, name->local, false); id == no_field) {
            error(path() + ": unknown element " + std::string(name->local) + suggestion(parent, name->local, false),
                  element_position(node));
        } else {
            read_child(node, id, record, depth);
        }
        if (declares) scope_.leave();
    }

    // Namespace names are compared once; later elements usually carry the same string.
    bool in_our_namespace(std::string_view ns) {
        if (ns.data() == our_namespace_seen_) return true;
        if (ns != model_.xml_namespace()) return false;
        our_namespace_seen_ = ns.data();
        return true;
    }

    void read_child(pugi::xml_node node, FieldId id, std::uint32_t record, std::size_t depth) {
        const FieldDef& definition = field(id);
        const Position position = element_position(node);
        if (definition.type != ValueType::list) {
            if (builder_.value(record, definition.slot).present) {
                error(path() + ": duplicate element " + std::string(definition.name), position);
                return;
            }
            path_.push_back({id, -1});
            read_element(node, id, record, definition.slot, position, depth);
            path_.pop_back();
            return;
        }
        const std::uint32_t index = builder_.value(record, definition.slot).list.count;
        const std::uint32_t instance =
            builder_.add_record(definition.own_record, index, position, index_.slot_types[definition.own_record]);
        Value& list = builder_.value(record, definition.slot);  // after add_record, which moves slots
        if (index == 0) {
            list.present = true;
            list.position = position;
            list.list.first = instance;
        }
        ++list.list.count;
        path_.push_back({id, index});
        read_element(node, id, instance, 0, position, depth);
        path_.pop_back();
    }

    void report_undeclared_prefix(std::string_view qualified_name, Position position) {
        const std::string_view prefix = qualified_name.substr(0, qualified_name.find(':'));
        error(path() + ": namespace prefix " + std::string(prefix) + " is not declared", position);
    }

    void report_too_deep(Position position) {
        error(path() + ": elements nested deeper than " + std::to_string(input_.max_depth) + " levels", position);
    }

    // An extension subtree is not read, but its nesting counts all the same. Walked
    // without recursion, as it may be arbitrarily deep.
    void check_nesting(pugi::xml_node top, std::size_t depth) {
        const auto first_element = [](pugi::xml_node node) {
            while (node && node.type() != pugi::node_element) node = node.next_sibling();
            return node;
        };
        pugi::xml_node node = top;
        while (true) {
            if (depth > input_.max_depth) {
                report_too_deep(element_position(node));
                return;
            }
            if (const pugi::xml_node child = first_element(node.first_child())) {
                node = child;
                ++depth;
                continue;
            }
            while (node != top && !first_element(node.next_sibling())) {
                node = node.parent();
                --depth;
            }
            if (node == top) return;
            node = first_element(node.next_sibling());
        }
    }

    // After an element is read: required children that are missing, positions of the
    // absent ones (the element, their nearest existing ancestor) and default values.
    void complete(FieldId id, std::uint32_t record, Position position) {
        for (const FieldId child : index_.children[static_cast<std::size_t>(id)]) {
            const FieldDef& definition = field(child);
            Value& value = builder_.value(record, definition.slot);
            if (value.present) continue;
            value.position = position;
            const bool required = definition.cardinality == Cardinality::required ||
                                  definition.cardinality == Cardinality::repeated_nonempty;
            if (!definition.default_value.empty()) {
                value.present = true;
                store_leaf(child, record, definition.slot, definition.default_value, position);
            } else if (required) {
                error(path() + ": missing required " + (definition.attribute ? "attribute " : "element ") +
                          std::string(definition.name),
                      position);
            }
            mark_absent_below(child, record, position);
        }
    }

    // Every field below an absent one, in the same record, is absent at `position` too.
    void mark_absent_below(FieldId id, std::uint32_t record, Position position) {
        const std::uint8_t record_type = field(id).record;
        const auto end = static_cast<std::size_t>(index_.subtree_end[static_cast<std::size_t>(id)]);
        for (std::size_t below = static_cast<std::size_t>(id) + 1; below < end; ++below) {
            const FieldDef& definition = model_.fields()[below];
            if (definition.record == record_type) builder_.value(record, definition.slot).position = position;
        }
    }

    const DocumentModel& model_;
    const ModelIndex& index_;
    const StructureInput& input_;
    NamespaceScope& scope_;
    DocumentBuilder& builder_;
    std::string& extra_text_;
    std::vector<Diagnostic>& errors_;
    PositionCursor cursor_;
    std::vector<Frame> path_;
    std::string joined_;                       // a text value in several pieces
    const char* our_namespace_seen_ = nullptr; // a namespace name known to be ours
};

}  // namespace

void read_structure(pugi::xml_node root, NamespaceScope& scope, const StructureInput& input,
                    DocumentBuilder& builder, std::string& extra_text, std::vector<Diagnostic>& errors) {
    StructureReader(scope, input, builder, extra_text, errors).read(root);
}

}  // namespace drieluik
