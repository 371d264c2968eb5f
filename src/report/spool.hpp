#pragma once
// Text set aside in an anonymous temporary file until the report can place it: JUnit's
// totals and HTML's summary stand before the documents they count, so the documents wait
// here instead of in memory.

#include <cstdio>
#include <memory>
#include <ostream>
#include <string_view>

namespace drieluik {

class Spool {
public:
    // Throws std::runtime_error when no temporary file can be made.
    Spool();

    void append(std::string_view text);
    // Copies everything appended so far to `out`, in order.
    void copy_to(std::ostream& out);

private:
    struct Close {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };
    std::unique_ptr<std::FILE, Close> file_;
};

}  // namespace drieluik
