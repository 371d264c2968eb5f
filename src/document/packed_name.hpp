#pragma once
// A name of the model packed for comparison with names as pugixml leaves them in the
// buffer it parsed (each ending in a NUL), eight bytes at a time and without measuring
// them first: finding the field of each element and attribute is the loader's most
// frequent question.

#include <array>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace drieluik {

class PackedName {
public:
    // Bytes that must be readable after the NUL that ends a name being compared (the
    // loader gives pugixml's buffer that many more bytes than it parses).
    static constexpr std::size_t padding = 8;
    static constexpr std::size_t max_length = 31;

    // `name` holds no NUL; a longer name than max_length is a mistake in the model.
    explicit PackedName(std::string_view name) : word_count_(name.size() / 8 + 1) {
        if (name.size() > max_length) throw std::length_error("name too long to pack: " + std::string(name));
        std::array<char, sizeof words_> bytes{};  // the name, then NULs
        name.copy(bytes.data(), name.size());
        std::memcpy(words_.data(), bytes.data(), sizeof words_);
        std::array<unsigned char, 8> mask{};
        std::memset(mask.data(), 0xFF, name.size() % 8 + 1);  // up to the NUL
        std::memcpy(&last_mask_, mask.data(), 8);
    }

    // `name` (ending in a NUL followed by `padding` readable bytes) is this name. A word
    // is read only where the words before it matched, so never past that padding.
    bool matches(const char* name) const {
        const std::size_t last = word_count_ - 1;
        for (std::size_t k = 0; k < last; ++k) {
            if (word(name + 8 * k) != words_[k]) return false;
        }
        return (word(name + 8 * last) & last_mask_) == words_[last];
    }

private:
    static std::uint64_t word(const char* bytes) {
        std::uint64_t value;
        std::memcpy(&value, bytes, 8);
        return value;
    }

    std::array<std::uint64_t, (max_length + 1 + 7) / 8> words_{};
    std::uint64_t last_mask_ = 0;
    std::size_t word_count_ = 0;
};

}  // namespace drieluik
