#include "report/spool.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace drieluik {

namespace {

[[noreturn]] void fail(const char* what) {
    throw std::runtime_error(std::string(what) + " a temporary file for the report: " + std::strerror(errno));
}

}  // namespace

Spool::Spool() : file_(std::tmpfile()) {
    if (!file_) {
        fail("cannot create");
    }
}

void Spool::append(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), file_.get()) != text.size()) {
        fail("cannot write");
    }
}

void Spool::copy_to(std::ostream& out) {
    if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET) != 0) {
        fail("cannot read back");
    }
    std::array<char, 1 << 16> block{};
    while (std::size_t read = std::fread(block.data(), 1, block.size(), file_.get())) {
        out.write(block.data(), static_cast<std::streamsize>(read));
    }
    if (std::ferror(file_.get()) != 0) {
        fail("cannot read back");
    }
}

}  // namespace drieluik
