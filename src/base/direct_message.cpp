#include "base/direct_message.hpp"

#include "base/icu_text.hpp"

#include <unicode/plurrule.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace drieluik {

namespace {

// CLDR's cardinal plural rules of a language, with the keyword of each small whole number
// looked up once: messages count months, years and days, and asking ICU each time runs
// much code. Immutable once built, so one instance serves every thread.
class PluralRules {
public:
    explicit PluralRules(Language language) {
        UErrorCode status = U_ZERO_ERROR;
        rules_.reset(icu::PluralRules::forLocale(icu_text::locale(language), UPLURAL_TYPE_CARDINAL, status));
        if (U_FAILURE(status) || !rules_) throw std::runtime_error(std::string("plural rules: ") + u_errorName(status));
        for (std::size_t n = 0; n < small_.size(); ++n) small_[n] = keyword_from_icu(static_cast<double>(n));
    }

    std::string keyword(double number) const {
        const bool small_whole = number >= 0 && number < static_cast<double>(small_.size()) && std::floor(number) == number;
        return small_whole ? small_[static_cast<std::size_t>(number)] : keyword_from_icu(number);
    }

private:
    std::string keyword_from_icu(double number) const { return icu_text::to_utf8(rules_->select(number)); }

    std::unique_ptr<icu::PluralRules> rules_;
    std::array<std::string, 100> small_;
};

}  // namespace

// Turns ICU's parts into pieces, part by part as MessageFormat::format and
// SelectFormat/PluralFormat::findSubMessage walk them; fails on what it cannot write.
class DirectMessage::Reader {
public:
    Reader(const icu::MessagePattern& parsed, std::span<const std::string> names) : parsed_(parsed), names_(names) {}

    // The message whose MSG_START is part `start`.
    bool message(std::int32_t start, std::vector<Piece>& out) {
        const icu::UnicodeString& pattern = parsed_.getPatternString();
        std::int32_t previous = parsed_.getPart(start).getLimit();
        icu::UnicodeString text;
        for (std::int32_t i = start + 1;; ++i) {
            const icu::MessagePattern::Part& part = parsed_.getPart(i);
            // Text up to every part is written; the part itself is not (apostrophes that
            // quote, SKIP_SYNTAX, are thereby left out; MessageFormat inserts nothing for
            // INSERT_CHAR either).
            text.append(pattern, previous, part.getIndex() - previous);
            previous = part.getLimit();
            Piece piece;
            switch (part.getType()) {
            case UMSGPAT_PART_TYPE_MSG_LIMIT:
                piece.text = icu_text::to_utf8(text);
                out.push_back(std::move(piece));
                return true;
            case UMSGPAT_PART_TYPE_REPLACE_NUMBER:
                piece.kind = Piece::Kind::number_sign;
                break;
            case UMSGPAT_PART_TYPE_ARG_START: {
                const std::int32_t limit = parsed_.getLimitPartIndex(i);
                if (!argument(i, piece)) return false;
                i = limit;
                previous = parsed_.getPart(limit).getLimit();
                break;
            }
            default: continue;
            }
            piece.text = icu_text::to_utf8(text);
            text.remove();
            out.push_back(std::move(piece));
        }
    }

    bool has_plural = false;

private:
    bool argument(std::int32_t start, Piece& piece) {
        const icu::MessagePattern::Part& name_part = parsed_.getPart(start + 1);
        if (name_part.getType() != UMSGPAT_PART_TYPE_ARG_NAME) return false;
        const std::string name = icu_text::to_utf8(parsed_.getSubstring(name_part));
        const auto found = std::find(names_.begin(), names_.end(), name);
        if (found == names_.end()) return false;
        piece.argument = static_cast<std::uint32_t>(found - names_.begin());
        std::int32_t i = start + 2;
        switch (parsed_.getPart(start).getArgType()) {
        case UMSGPAT_ARG_TYPE_NONE: piece.kind = Piece::Kind::argument; return true;
        case UMSGPAT_ARG_TYPE_SELECT: piece.kind = Piece::Kind::select; break;
        case UMSGPAT_ARG_TYPE_PLURAL:
            piece.kind = Piece::Kind::plural;
            has_plural = true;
            if (icu::MessagePattern::Part::hasNumericValue(parsed_.getPartType(i))) {
                if (parsed_.getNumericValue(parsed_.getPart(i)) != 0) return false;  // an offset
                ++i;
            }
            break;
        default: return false;
        }
        // (selector, [explicit value,] message) until the ARG_LIMIT
        while (parsed_.getPartType(i) != UMSGPAT_PART_TYPE_ARG_LIMIT) {
            Branch branch;
            branch.keyword = icu_text::to_utf8(parsed_.getSubstring(parsed_.getPart(i++)));
            if (icu::MessagePattern::Part::hasNumericValue(parsed_.getPartType(i)))
                branch.exact = parsed_.getNumericValue(parsed_.getPart(i++));
            if (!message(i, branch.message)) return false;
            i = parsed_.getLimitPartIndex(i) + 1;
            piece.branches.push_back(std::move(branch));
        }
        return true;
    }

    const icu::MessagePattern& parsed_;
    std::span<const std::string> names_;
};

std::optional<DirectMessage> DirectMessage::build(const icu::MessagePattern& parsed, std::span<const std::string> names,
                                                  Language language) {
    DirectMessage direct;
    Reader reader(parsed, names);
    if (parsed.countParts() == 0 || !reader.message(0, direct.message_)) return std::nullopt;
    direct.language_ = language;
    direct.names_.assign(names.begin(), names.end());
    direct.literal_size_ = static_cast<std::size_t>(parsed.getPatternString().length());
    if (reader.has_plural) for_language<PluralRules>(language);  // built now, not while formatting
    return direct;
}

std::string DirectMessage::format(std::span<const Value> values) const {
    std::string out;
    std::size_t size = literal_size_;
    for (const Value& value : values) size += value.text.size();
    out.reserve(size);
    write(message_, values, nullptr, out);
    return out;
}

void DirectMessage::write(const std::vector<Piece>& message, std::span<const Value> values, const Value* plural,
                          std::string& out) const {
    for (const Piece& piece : message) {
        out += piece.text;
        if (piece.kind == Piece::Kind::end) return;
        if (piece.kind == Piece::Kind::number_sign) {
            out += plural->text;
            continue;
        }
        const Value& value = values[piece.argument];
        if (!value.given) {
            out += '{';
            out += names_[piece.argument];
            out += '}';
            continue;
        }
        switch (piece.kind) {
        case Piece::Kind::argument: out += value.text; break;
        case Piece::Kind::select: {
            // The first branch of the keyword, else the first 'other' (SelectFormat).
            const auto chosen = std::find_if(piece.branches.begin(), piece.branches.end(),
                                             [&](const Branch& branch) { return branch.keyword == value.text; });
            const auto other = std::find_if(piece.branches.begin(), piece.branches.end(),
                                            [](const Branch& branch) { return branch.keyword == "other"; });
            write((chosen != piece.branches.end() ? chosen : other)->message, values, nullptr, out);
            break;
        }
        case Piece::Kind::plural:
            write(choose_plural(piece.branches, value.number).message, values, &value, out);
            break;
        case Piece::Kind::end:
        case Piece::Kind::number_sign: break;
        }
    }
}

// PluralFormat::findSubMessage: the first branch whose explicit value is the number; else
// the first branch of the number's plural keyword; else the first 'other'.
const DirectMessage::Branch& DirectMessage::choose_plural(const std::vector<Branch>& branches, double number) const {
    for (const Branch& branch : branches)
        if (branch.exact && *branch.exact == number) return branch;
    const std::string keyword = for_language<PluralRules>(language_).keyword(number);
    const Branch* other = nullptr;
    for (const Branch& branch : branches) {
        if (branch.exact) continue;
        if (branch.keyword == keyword) return branch;
        if (other == nullptr && branch.keyword == "other") other = &branch;
    }
    return *other;
}

}  // namespace drieluik
