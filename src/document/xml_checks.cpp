#include "document/xml_checks.hpp"

#include "document/value_parser.hpp"

#include <optional>

namespace drieluik {
namespace {

// The offset of text before the root element (which starts at `root_start`), skipping
// white space, comments and processing instructions (the XML declaration among them).
std::optional<std::size_t> text_before_root(std::string_view text, std::size_t root_start) {
    std::size_t at = 0;
    const auto skip = [&](std::string_view open, std::string_view close) {
        if (!text.substr(at).starts_with(open)) return false;
        const std::size_t end = text.find(close, at + open.size());
        at = end == std::string_view::npos ? root_start : end + close.size();
        return true;
    };
    while (at < root_start) {
        if (is_xml_space(text[at])) {
            ++at;
        } else if (!skip("<?", "?>") && !skip("<!--", "-->")) {
            if (text.substr(at).starts_with("<!DOCTYPE")) return std::nullopt;  // refused on its own
            return at;
        }
    }
    return std::nullopt;
}

// The offset of text after the root element: the document must end, after comments,
// processing instructions and white space, with the '>' that closes the root.
std::optional<std::size_t> text_after_root(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0) {
        const std::string_view before = text.substr(0, end);
        if (is_xml_space(before.back())) {
            --end;
        } else if (before.ends_with("-->") || before.ends_with("?>")) {
            const std::size_t start = before.rfind(before.ends_with("-->") ? "<!--" : "<?");
            if (start == std::string_view::npos) return std::nullopt;
            end = start;
        } else if (before.back() == '>') {
            return std::nullopt;
        } else {
            const std::size_t close = before.rfind('>');
            std::size_t start = close == std::string_view::npos ? 0 : close + 1;
            while (is_xml_space(text[start])) ++start;
            return start;
        }
    }
    return std::nullopt;
}

}  // namespace

std::vector<XmlProblem> check_document_level(const pugi::xml_document& document, std::string_view text,
                                             const char* buffer) {
    std::vector<XmlProblem> problems;
    const auto offset_of = [&](const char* pointer) { return static_cast<std::size_t>(pointer - buffer); };
    pugi::xml_node root;
    for (const pugi::xml_node node : document.children()) {
        if (node.type() == pugi::node_doctype) {
            const std::size_t start = text.rfind("<!DOCTYPE", offset_of(node.value()));
            problems.push_back({start == std::string_view::npos ? offset_of(node.value()) : start,
                                "DOCTYPE declarations are not allowed"});
        } else if (node.type() == pugi::node_element) {
            if (root) {
                problems.push_back({offset_of(node.name()) - 1, "not well-formed XML: more than one root element"});
            } else {
                root = node;
            }
        }
    }
    if (root) {
        const std::size_t root_start = offset_of(root.name()) - 1;
        if (const auto at = text_before_root(text, root_start)) {
            problems.push_back({*at, "not well-formed XML: text outside the root element"});
        }
        if (const auto at = text_after_root(text); at && *at > root_start) {
            problems.push_back({*at, "not well-formed XML: text outside the root element"});
        }
    }
    return problems;
}

}  // namespace drieluik
