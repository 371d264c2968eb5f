#pragma once
// Reading a document file's bytes, within the size limit, in as few system calls as a
// small file allows. load_document_file reads with it, and the benchmark's floor (pugixml
// alone) too, so that both pay the same for the file.

#include "document/loader.hpp"

#include <optional>
#include <string>
#include <variant>

namespace drieluik {

// The bytes of the file at `path`, or why they cannot be had: it is missing, not a
// regular file, unreadable or larger than the limit.
std::variant<std::string, LoadFailure> read_document_file(const std::string& path, const LoadLimits& limits);

// Why a document of `size` bytes is refused, when it is larger than the limit.
std::optional<LoadFailure> refuse_size(const std::string& file, std::size_t size, const LoadLimits& limits);

}  // namespace drieluik
