#include "cli/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace drieluik::cli {

namespace {

std::string failure(const std::string& path, int error) {
    return "cannot write " + path + ": " + std::strerror(error);
}

bool write_all(int descriptor, std::string_view content) {
    while (!content.empty()) {
        ssize_t written = ::write(descriptor, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

}  // namespace

std::string write_file_atomically(const std::string& path, std::string_view content) {
    std::filesystem::path target(path);
    std::filesystem::path folder = target.parent_path();
    std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> temporary(pattern.begin(), pattern.end());
    temporary.push_back('\0');

    int descriptor = ::mkstemp(temporary.data());
    if (descriptor < 0) {
        return failure(path, errno);
    }
    // mkstemp creates the file for its owner only; a report is an ordinary file.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(descriptor, 0666 & ~mask);

    bool written = write_all(descriptor, content) && ::fsync(descriptor) == 0;
    int error = errno;
    if (::close(descriptor) != 0 && written) {
        written = false;
        error = errno;
    }
    if (written && std::rename(temporary.data(), path.c_str()) == 0) {
        return {};
    }
    error = written ? errno : error;
    std::remove(temporary.data());
    return failure(path, error);
}

}  // namespace drieluik::cli
