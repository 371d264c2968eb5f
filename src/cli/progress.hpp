#pragma once
// A progress line on standard error while many documents are validated: documents done
// of the total, documents per second and the time left ("[====    ] 120/1000  85/s  ~10s",
// without words, so that it reads the same in every language). Redrawn a few times a second at
// most, from any thread, and erased when done, so that it never mixes with the report.

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <mutex>

namespace drieluik::cli {

class Progress {
public:
    // Shows nothing unless `enabled` (standard error is a terminal and there are many documents).
    Progress(std::size_t total, bool enabled, std::FILE* stream = stderr);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void advance();  // one more document done
    void finish();   // erases the line

    // How many documents make a run long enough to show progress.
    static constexpr std::size_t threshold = 200;

private:
    void draw(std::chrono::steady_clock::time_point now);

    std::size_t total_;
    bool enabled_;
    std::FILE* stream_;
    std::mutex mutex_;
    std::size_t done_ = 0;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace drieluik::cli
