#include "cli/atomic_file.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace drieluik::cli {

namespace {

constexpr std::array<int, 3> stopping_signals{SIGINT, SIGTERM, SIGHUP};

// The temporary file being written, for the signal handler: a fixed buffer, because a
// handler may only touch memory that is never reallocated.
std::array<char, 4096> unfinished{};

extern "C" void remove_unfinished_and_stop(int signal_number) {
    if (unfinished[0] != '\0') {
        ::unlink(unfinished.data());
    }
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

void guard(const std::string& temporary) {
    if (temporary.size() >= unfinished.size()) {
        return;  // too long to keep: an interruption leaves it behind
    }
    std::copy(temporary.begin(), temporary.end(), unfinished.begin());
    unfinished[temporary.size()] = '\0';
    for (int signal_number : stopping_signals) {
        std::signal(signal_number, remove_unfinished_and_stop);
    }
}

void unguard() {
    for (int signal_number : stopping_signals) {
        std::signal(signal_number, SIG_DFL);
    }
    unfinished[0] = '\0';
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    std::filesystem::path target(path_);
    std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int descriptor = ::mkstemp(name.data());
    if (descriptor < 0) {
        problem_ = failure(errno);
        return;
    }
    temporary_ = name.data();
    guard(temporary_);
    // mkstemp creates the file for its owner only; a report is an ordinary file.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(descriptor, 0666 & ~mask);
    ::close(descriptor);
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_) {
        problem_ = failure(errno);
    }
}

AtomicFile::~AtomicFile() {
    if (!temporary_.empty()) {
        unguard();
        if (!committed_) {
            std::remove(temporary_.c_str());
        }
    }
}

std::string AtomicFile::commit() {
    if (!problem_.empty()) {
        return problem_;
    }
    stream_.close();
    if (stream_.fail()) {
        return failure(errno);
    }
    // The rename must not make visible a file whose blocks are not yet on disk.
    int descriptor = ::open(temporary_.c_str(), O_WRONLY);
    bool synced = descriptor >= 0 && ::fsync(descriptor) == 0;
    int error = errno;
    if (descriptor >= 0) {
        ::close(descriptor);
    }
    if (!synced) {
        return failure(error);
    }
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
        return failure(errno);
    }
    committed_ = true;
    return {};
}

std::string AtomicFile::failure(int error) const {
    return "cannot write " + path_ + ": " + std::strerror(error);
}

}  // namespace drieluik::cli
