#pragma once
// Writing a report file so that readers see either the old file or the whole new one,
// never a half-written report: the report is written to a temporary file in the same
// folder, which then replaces the target with one rename. A run stopped by SIGINT,
// SIGTERM or SIGHUP removes the temporary file on its way out. One at a time.

#include <fstream>
#include <string>

namespace drieluik::cli {

class AtomicFile {
public:
    // Creates the temporary file next to `path`; problem() says when that failed.
    explicit AtomicFile(std::string path);
    // Removes the temporary file unless it was committed.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Why the file cannot be written, or empty.
    const std::string& problem() const { return problem_; }
    std::ostream& stream() { return stream_; }
    // Puts what was written, flushed to disk, in place of the target. Returns an empty
    // string on success, otherwise why the file could not be written.
    std::string commit();

private:
    std::string failure(int error) const;

    std::string path_;
    std::string temporary_;
    std::ofstream stream_;
    std::string problem_;
    bool committed_ = false;
};

}  // namespace drieluik::cli
