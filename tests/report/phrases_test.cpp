#include "report/phrases.hpp"

#include <doctest/doctest.h>

namespace drieluik {

TEST_CASE("run summary phrases use the plural forms of the language") {
    CHECK(run_summary_phrase({.documents = 3, .error = 2, .warning = 1, .advice = 0, .unreadable = 1}, Language::nl) ==
          "3 documenten gecontroleerd: 2 fouten, 1 waarschuwing, 0 adviezen, 1 onleesbaar");
    CHECK(run_summary_phrase({.documents = 1, .error = 1, .warning = 2, .advice = 1, .unreadable = 0}, Language::nl) ==
          "1 document gecontroleerd: 1 fout, 2 waarschuwingen, 1 advies, 0 onleesbaar");
    CHECK(run_summary_phrase({.documents = 1, .error = 1, .warning = 2, .advice = 3, .unreadable = 0}, Language::en) ==
          "1 document checked: 1 error, 2 warnings, 3 advice, 0 unreadable");
    CHECK(run_summary_phrase({.documents = 12345, .error = 0, .warning = 0, .advice = 0, .unreadable = 0},
                             Language::nl) ==
          "12.345 documenten gecontroleerd: 0 fouten, 0 waarschuwingen, 0 adviezen, 0 onleesbaar");
    CHECK(run_summary_phrase({.documents = 12345, .error = 0, .warning = 0, .advice = 0, .unreadable = 0},
                             Language::en) ==
          "12,345 documents checked: 0 errors, 0 warnings, 0 advice, 0 unreadable");
}

TEST_CASE("document counts mention undecided rules only when there are some") {
    CHECK(counts_phrase({.error = 0, .warning = 1, .advice = 2, .undecided = 0}, Language::nl) ==
          "0 fouten, 1 waarschuwing, 2 adviezen");
    CHECK(counts_phrase({.error = 1, .warning = 0, .advice = 0, .undecided = 2}, Language::nl) ==
          "1 fout, 0 waarschuwingen, 0 adviezen, 2 regels niet te beoordelen");
    CHECK(counts_phrase({.error = 1, .warning = 0, .advice = 0, .undecided = 1}, Language::en) ==
          "1 error, 0 warnings, 0 advice, 1 rule undecided");
}

}  // namespace drieluik
