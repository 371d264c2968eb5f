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

bool is_text(pugi::xml_node_type type) { return type == pugi::node_pcdata || type == pugi::node_cdata; }

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
          cursor_(builder.source().text(), builder.source().line_starts(), input.first_multibyte) {
        path_.reserve(8);
    }

    void read(pugi::xml_node root) {
        const Position position = element_position(root.name());
        const std::uint32_t record = builder_.add_record(0, 0, position, index_.empty_slots[0]);
        path_.push_back({0, -1});
        read_element(root, root.first_attribute(), 0, record, 0, position, 1);
    }

private:
    const FieldDef& field(FieldId id) const { return model_.field(id); }
    std::size_t offset_of(const char* text) const { return static_cast<std::size_t>(text - input_.buffer); }
    // The position of the element named `name`: that of its '<'.
    Position element_position(const char* name) { return cursor_.at(offset_of(name) - 1); }

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

    // Reads the element `node` (whose first attribute is `attributes`) of field `id`,
    // whose own value is slot `slot` of record instance `record`.
    void read_element(pugi::xml_node node, pugi::xml_attribute attributes, FieldId id, std::uint32_t record,
                      std::uint16_t slot, Position position, std::size_t depth) {
        Value& value = builder_.value(record, slot);
        value.present = true;
        value.position = position;
        if (depth > input_.max_depth) {
            report_too_deep(position);  // only that: it is there, but its content is not read
            return;
        }
        read_attributes(attributes, id, record);
        if (own_value_type(field(id)) == ValueType::container) {
            read_children(node, id, record, depth);
        } else {
            read_text(node, id, record, slot, position);
        }
        complete(id, record, position);
    }

    void read_attributes(pugi::xml_attribute first, FieldId id, std::uint32_t record) {
        std::size_t next_candidate = 0;
        for (pugi::xml_attribute attribute = first; attribute; attribute = attribute.next_attribute()) {
            const char* const name = attribute.name();
            if (NamespaceScope::is_declaration(name)) continue;
            const Position position = cursor_.at(offset_of(name));
            // Attributes of the model are unqualified, so a name that is one of them has
            // no prefix to look up.
            const FieldId attribute_id = child_field(id, name, true, next_candidate);
            if (attribute_id == no_field) {
                report_other_attribute(id, name, position);
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

    // An attribute that is not one of the model: one in our namespace (or in none) is
    // unknown, one in another namespace is an extension.
    void report_other_attribute(FieldId id, std::string_view name, Position position) {
        const auto qualified = scope_.attribute_name(name);
        if (!qualified) {
            report_undeclared_prefix(name, position);
        } else if (qualified->ns.empty() || qualified->ns == model_.xml_namespace()) {
            error(path() + ": unknown attribute " + std::string(name) + suggestion(id, name, true), position);
        }
    }

    // The child element or attribute of `parent` whose name is `name` (in pugixml's
    // buffer: see PackedName), or no_field. The search starts at `next`, where the
    // previous one among the same siblings ended, and leaves it where this one ends:
    // documents mostly follow the model's order, so the first or second candidate is it.
    FieldId child_field(FieldId parent, const char* name, bool attribute, std::size_t& next) const {
        const std::vector<ChildField>& children = index_.children[static_cast<std::size_t>(parent)];
        const std::size_t count = children.size();
        for (std::size_t tried = 0, i = next; tried < count; ++tried, i = i + 1 == count ? 0 : i + 1) {
            const ChildField& child = children[i];
            if (child.attribute == attribute && child.packed_name.matches(name)) {
                next = i;
                return child.id;
            }
        }
        return no_field;
    }

    // "; did you mean salary?" when a child of `parent` is spelt almost like `name`.
    std::string suggestion(FieldId parent, std::string_view name, bool attribute) const {
        std::vector<std::string_view> candidates;
        for (const ChildField& child : index_.children[static_cast<std::size_t>(parent)]) {
            if (child.attribute == attribute) candidates.push_back(child.name);
        }
        const std::string_view closest = closest_name(name, candidates);
        return closest.empty() ? std::string() : "; did you mean " + std::string(closest) + "?";
    }

    // The text of a leaf element: its text and CDATA pieces; child elements are errors.
    void read_text(pugi::xml_node node, FieldId id, std::uint32_t record, std::uint16_t slot, Position position) {
        std::string_view text;
        std::size_t pieces = 0;
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            const pugi::xml_node_type type = child.type();
            if (type == pugi::node_element) {
                error(path() + ": element " + std::string(child.name()) + " is not allowed inside a value",
                      element_position(child.name()));
            } else if (is_text(type)) {
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
        if (input_.may_need_nfc) {
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
        std::size_t next_candidate = 0;
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            const pugi::xml_node_type type = child.type();
            if (type == pugi::node_element) {
                read_child_element(child, id, record, depth + 1, next_candidate);
            } else if (is_text(type)) {
                const std::string_view text = trim_xml_space(child.value());
                if (!text.empty()) {
                    error(path() + ": unexpected text " + quoted(text), cursor_.at(offset_of(text.data())));
                }
            }
        }
    }

    void read_child_element(pugi::xml_node node, FieldId parent, std::uint32_t record, std::size_t depth,
                            std::size_t& next_candidate) {
        const pugi::xml_attribute attributes = node.first_attribute();
        const bool declares = scope_.enter(attributes);
        const char* const written = node.name();
        const Position position = element_position(written);
        if (const FieldId id = element_field(node, written, parent, position, depth, next_candidate); id != no_field) {
            read_child(node, attributes, id, record, position, depth);
        }
        if (declares) scope_.leave();
    }

    // The field of the child element `node` of `parent`, named `written`; no_field when
    // it is not read (an error, reported, or an extension).
    FieldId element_field(pugi::xml_node node, const char* written, FieldId parent, Position position,
                          std::size_t depth, std::size_t& next_candidate) {
        // The usual case: no prefix, in the default namespace, which is ours. A name
        // that is one of the model's has no prefix to look up.
        if (in_our_namespace(scope_.default_namespace())) {
            if (const FieldId id = child_field(parent, written, false, next_candidate); id != no_field) return id;
        }
        const auto name = scope_.element_name(written);
        if (!name) {
            report_undeclared_prefix(written, position);
        } else if (!in_our_namespace(name->ns)) {
            check_nesting(node, depth);  // an extension: not read
        } else if (const FieldId id = child_field(parent, name->local.data(), false, next_candidate); id != no_field) {
            return id;
        } else {
            error(path() + ": unknown element " + std::string(name->local) + suggestion(parent, name->local, false),
                  position);
        }
        return no_field;
    }

    // Namespace names are compared once; later elements usually carry the same string.
    bool in_our_namespace(std::string_view ns) {
        if (ns.data() == our_namespace_seen_) return true;
        if (ns != model_.xml_namespace()) return false;
        our_namespace_seen_ = ns.data();
        return true;
    }

    void read_child(pugi::xml_node node, pugi::xml_attribute attributes, FieldId id, std::uint32_t record,
                    Position position, std::size_t depth) {
        const FieldDef& definition = field(id);
        if (definition.type != ValueType::list) {
            if (builder_.value(record, definition.slot).present) {
                error(path() + ": duplicate element " + std::string(definition.name), position);
                return;
            }
            path_.push_back({id, -1});
            read_element(node, attributes, id, record, definition.slot, position, depth);
            path_.pop_back();
            return;
        }
        const std::uint32_t index = builder_.value(record, definition.slot).list.count;
        const std::uint32_t instance =
            builder_.add_record(definition.own_record, index, position, index_.empty_slots[definition.own_record]);
        Value& list = builder_.value(record, definition.slot);  // after add_record, which moves slots
        if (index == 0) {
            list.present = true;
            list.position = position;
            list.list.first = instance;
        }
        ++list.list.count;
        path_.push_back({id, index});
        read_element(node, attributes, id, instance, 0, position, depth);
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
                report_too_deep(element_position(node.name()));
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
        for (const ChildField& child : index_.children[static_cast<std::size_t>(id)]) {
            Value& value = builder_.value(record, child.slot);
            if (value.present) continue;
            const FieldDef& definition = field(child.id);
            value.position = position;
            const bool required = definition.cardinality == Cardinality::required ||
                                  definition.cardinality == Cardinality::repeated_nonempty;
            if (!definition.default_value.empty()) {
                value.present = true;
                store_leaf(child.id, record, definition.slot, definition.default_value, position);
            } else if (required) {
                error(path() + ": missing required " + (definition.attribute ? "attribute " : "element ") +
                          std::string(definition.name),
                      position);
            }
            mark_absent_below(child.id, record, position);
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
