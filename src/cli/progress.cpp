#include "cli/progress.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace drieluik::cli {

namespace {

constexpr auto redraw_interval = std::chrono::milliseconds(100);
constexpr std::size_t bar_width = 30;

std::string duration_text(double seconds) {
    long long whole = std::llround(seconds);
    return whole >= 60 ? fmt::format("{}m{:02}s", whole / 60, whole % 60) : fmt::format("{}s", whole);
}

}  // namespace

Progress::Progress(std::size_t total, bool enabled, std::FILE* stream)
    : total_(total), enabled_(enabled && total > 0), stream_(stream), start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
    finish();
}

void Progress::advance() {
    if (!enabled_) {
        return;
    }
    std::lock_guard lock(mutex_);
    ++done_;
    auto now = std::chrono::steady_clock::now();
    if (!drawn_ || now - last_draw_ >= redraw_interval) {
        draw(now);
    }
}

void Progress::finish() {
    std::lock_guard lock(mutex_);
    if (drawn_) {
        // Carriage return and "erase line": the terminal is left as it was.
        std::fputs("\r\x1b[2K", stream_);
        std::fflush(stream_);
        drawn_ = false;
    }
    enabled_ = false;
}

void Progress::draw(std::chrono::steady_clock::time_point now) {
    double elapsed = std::chrono::duration<double>(now - start_).count();
    double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
    std::size_t filled = done_ * bar_width / total_;
    std::string left = rate > 0 ? duration_text(static_cast<double>(total_ - done_) / rate) : "?";
    fmt::print(stream_, "\r\x1b[2K[{:=<{}}{: <{}}] {}/{}  {:.0f}/s  ~{}", "", filled, "",
               bar_width - filled, done_, total_, rate, left);
    std::fflush(stream_);
    drawn_ = true;
    last_draw_ = now;
}

}  // namespace drieluik::cli
