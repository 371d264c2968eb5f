#include "document/file_reading.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace drieluik {
namespace {

LoadFailure failure(const std::string& file, std::string message) {
    return LoadFailure{{Diagnostic{DiagnosticLevel::error, file, {}, std::move(message), {}}}};
}

// Text values are addressed with 32-bit offsets into a document's text (TextRef), so no
// limit, however high it is set, lets a larger document in.
constexpr std::size_t largest_document = std::size_t{1} << 30;

// The largest document `limits` let in.
std::size_t size_limit(const LoadLimits& limits) { return std::min(limits.max_bytes, largest_document); }

std::string cannot_read(int error_number) {
    return "cannot read the file: " + std::error_code(error_number, std::generic_category()).message();
}

// An open file, closed when it goes.
class OpenFile {
public:
    // Without blocking: opening a named pipe would wait for a writer.
    explicit OpenFile(const std::string& path) : descriptor_(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)) {}
    ~OpenFile() {
        if (descriptor_ >= 0) ::close(descriptor_);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;

    int descriptor() const { return descriptor_; }

private:
    int descriptor_;
};

// Whether the file at `path` (or the open file, when `descriptor` >= 0) may be read at
// all and how large it is: the answers std::filesystem::file_size gives (what is not a
// regular file is not read) and the size limit.
std::variant<std::size_t, LoadFailure> regular_file_size(const std::string& path, int descriptor,
                                                          const LoadLimits& limits) {
    struct stat status {};
    const int result = descriptor >= 0 ? ::fstat(descriptor, &status) : ::stat(path.c_str(), &status);
    if (result != 0) return failure(path, cannot_read(errno));
    if (S_ISDIR(status.st_mode)) return failure(path, cannot_read(EISDIR));
    if (!S_ISREG(status.st_mode)) return failure(path, cannot_read(EOPNOTSUPP));
    const auto size = static_cast<std::size_t>(status.st_size);
    if (auto refused = refuse_size(path, size, limits)) return std::move(*refused);
    return size;
}

// Reads into `bytes` from offset `done` of the file up to its size; 0, or the error number.
int read_rest(int descriptor, std::string& bytes, std::size_t done) {
    while (done < bytes.size()) {
        const ssize_t count =
            ::pread(descriptor, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
        if (count > 0) {
            done += static_cast<std::size_t>(count);
        } else if (count == 0) {
            return EIO;  // cut short while it was read
        } else if (errno != EINTR) {
            return errno;
        }
    }
    return 0;
}

// Below this size a document is read without first asking for its size.
constexpr std::size_t small_file = std::size_t{64} * 1024;

}  // namespace

// The bytes of the file at `path`, or why they cannot be had. On some machines every
// system call costs microseconds, as much as parsing a small document, so a file is
// opened and read at once, from its start, into a buffer of small_file bytes: when less
// comes back, the read ended at the end of a small regular file (three calls: open,
// pread, close; pread fails on pipes and sockets). The file is looked at through its
// descriptor first, as std::filesystem::file_size would, when the read gave nothing (an
// empty file, or a device), filled the buffer (a large file: measured against the limit
// before the rest is read), or failed (a directory, a pipe).
std::variant<std::string, LoadFailure> read_document_file(const std::string& path, const LoadLimits& limits) {
    const OpenFile file(path);
    if (file.descriptor() < 0) {
        const int open_error = errno;
        // What stands in the way, as std::filesystem::file_size would tell it: a missing
        // file, a folder, a file too large; else why it cannot be opened.
        auto size = regular_file_size(path, -1, limits);
        if (auto* refused = std::get_if<LoadFailure>(&size)) return std::move(*refused);
        return failure(path, cannot_read(open_error));
    }
    // One buffer per thread, for every file it reads: not allocated anew for each.
    thread_local const std::unique_ptr<char[]> buffer = std::make_unique_for_overwrite<char[]>(small_file);
    ssize_t count = 0;
    do {
        count = ::pread(file.descriptor(), buffer.get(), small_file, 0);
    } while (count < 0 && errno == EINTR);
    if (count > 0 && static_cast<std::size_t>(count) < small_file &&
        static_cast<std::size_t>(count) <= size_limit(limits)) {
        return std::string(buffer.get(), static_cast<std::size_t>(count));
    }
    const int read_error = count < 0 ? errno : 0;
    auto size = regular_file_size(path, file.descriptor(), limits);
    if (auto* refused = std::get_if<LoadFailure>(&size)) return std::move(*refused);
    if (read_error != 0) return failure(path, cannot_read(read_error));
    std::string bytes(std::get<std::size_t>(size), '\0');
    const std::size_t done = std::min(bytes.size(), static_cast<std::size_t>(count));
    std::memcpy(bytes.data(), buffer.get(), done);
    if (const int problem = read_rest(file.descriptor(), bytes, done)) return failure(path, cannot_read(problem));
    return bytes;
}

std::optional<LoadFailure> refuse_size(const std::string& file, std::size_t size, const LoadLimits& limits) {
    const std::size_t limit = size_limit(limits);
    if (size <= limit) return std::nullopt;
    return failure(file,
                   "document is " + std::to_string(size) + " bytes; the limit is " + std::to_string(limit) + " bytes");
}

}  // namespace drieluik
