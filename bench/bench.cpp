// Throughput of drieluik on a folder of documents, against pugixml alone as the floor:
//   parse     read each file as load_document_file does and parse it with pugixml alone
//             (the floor: no validator of these files can do less)
//   load      load_document_file: the typed document
//   validate  load and evaluate the rule set, on one thread and on --jobs threads
//   compile   loading (parsing, checking, compiling) the rule set
// Each pass runs --rounds times and the fastest round counts, so that a busy machine
// disturbs the figures less. Peak memory is the process's maximum resident set.

#include "cli/heap.hpp"
#include "cli/today.hpp"
#include "compile/ruleset.hpp"
#include "document/file_reading.hpp"
#include "document/loader.hpp"
#include "document/xml_parse_options.hpp"
#include "eval/evaluate.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <pugixml.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace drieluik;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Corpus {
    std::vector<std::string> paths;  // sorted, so every run visits files in the same order
    std::size_t bytes = 0;
};

Corpus find_documents(const std::vector<std::string>& roots) {
    Corpus corpus;
    for (const auto& root : roots) {
        if (fs::is_regular_file(root)) {
            corpus.paths.push_back(root);
            continue;
        }
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (entry.is_regular_file() && entry.path().extension() == ".xml") {
                corpus.paths.push_back(entry.path().string());
            }
        }
    }
    std::sort(corpus.paths.begin(), corpus.paths.end());
    for (const auto& path : corpus.paths) corpus.bytes += fs::file_size(path);
    return corpus;
}

struct Tally {
    std::atomic<std::size_t> failed{0};     // unreadable documents
    std::atomic<std::size_t> findings{0};
    std::atomic<std::int64_t> eval_ns{0};   // time inside evaluate() only
};

struct Measurement {
    double seconds = 0;
    std::size_t failed = 0;
    std::size_t findings = 0;
    double eval_seconds = 0;
};

// Runs `one(path, tally)` on every document with `threads` workers (0: on this thread).
Measurement run_pass(const Corpus& corpus, unsigned threads,
                     const std::function<void(const std::string&, Tally&)>& one) {
    Tally tally;
    const auto start = Clock::now();
    if (threads == 0) {
        for (const auto& path : corpus.paths) one(path, tally);
    } else {
        boost::asio::thread_pool pool(threads);
        for (const auto& path : corpus.paths) {
            boost::asio::post(pool, [&one, &path, &tally] { one(path, tally); });
        }
        pool.join();
    }
    const std::chrono::duration<double> elapsed = Clock::now() - start;
    return {elapsed.count(), tally.failed.load(), tally.findings.load(),
            static_cast<double>(tally.eval_ns.load()) / 1e9};
}

Measurement fastest_of(unsigned rounds, const std::function<Measurement()>& pass) {
    Measurement best = pass();
    for (unsigned i = 1; i < rounds; ++i) {
        Measurement next = pass();
        if (next.seconds < best.seconds) best = next;
    }
    return best;
}

long peak_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Options {
    std::vector<std::string> paths;
    std::string rules;            // empty: the built-in rule set
    std::string as_of;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    unsigned rounds = 3;
    std::vector<std::string> passes{"parse", "load", "validate", "compile"};
    bool tsv = false;
};

RuleSetLoad load_rules(const Options& options) {
    return options.rules.empty() ? load_builtin_ruleset() : load_ruleset(options.rules);
}

// Prints each figure as a table row for people, or with --tsv as `key<TAB>value` lines
// for bench/run.sh.
class Printer {
public:
    Printer(const Corpus& corpus, bool tsv) : corpus_(corpus), tsv_(tsv) {
        const double average = static_cast<double>(corpus.bytes) / static_cast<double>(corpus.paths.size());
        if (tsv_) {
            fmt::print("documents\t{}\nbytes_per_document\t{:.0f}\n", corpus.paths.size(), average);
            return;
        }
        fmt::print("{} documents, {:.1f} MB, {:.0f} bytes on average\n", corpus.paths.size(),
                   static_cast<double>(corpus.bytes) / 1e6, average);
        fmt::print("{:<28} {:>9} {:>8} {:>9}  {}\n", "pass (fastest round)", "docs/s", "MB/s", "µs/doc", "notes");
    }
    // A pass over the corpus; returns its documents per second.
    double pass(std::string_view key, std::string_view label, const Measurement& m, const std::string& notes) const {
        const double docs = static_cast<double>(corpus_.paths.size());
        const double per_second = docs / m.seconds;
        const double mb_per_second = static_cast<double>(corpus_.bytes) / 1e6 / m.seconds;
        if (tsv_) {
            fmt::print("{}.docs_per_s\t{:.1f}\n{}.mb_per_s\t{:.2f}\n{}.us_per_doc\t{:.2f}\n", key, per_second,
                       key, mb_per_second, key, m.seconds / docs * 1e6);
        } else {
            fmt::print("{:<28} {:>9.0f} {:>8.1f} {:>9.1f}  {}\n", label, per_second, mb_per_second,
                       m.seconds / docs * 1e6, notes);
        }
        return per_second;
    }
    void figure(std::string_view key, std::string_view label, double value, std::string_view unit) const {
        if (tsv_) {
            fmt::print("{}\t{:.3f}\n", key, value);
        } else {
            fmt::print("{:<44} {:>10.2f} {}\n", label, value, unit);
        }
    }

private:
    const Corpus& corpus_;
    bool tsv_;
};

int run(const Options& options) {
    const Corpus corpus = find_documents(options.paths);
    if (corpus.paths.empty()) {
        fmt::print(stderr, "drieluik_bench: no *.xml documents found\n");
        return 2;
    }
    auto wants = [&](std::string_view pass) {
        return std::find(options.passes.begin(), options.passes.end(), pass) != options.passes.end();
    };
    const Printer out(corpus, options.tsv);
    const double docs = static_cast<double>(corpus.paths.size());
    std::optional<double> parse_rate, validate_rate;

    const LoadLimits limits;
    if (wants("parse")) {
        const auto m = fastest_of(options.rounds, [&] {
            return run_pass(corpus, 0, [&limits](const std::string& path, Tally& tally) {
                // The file read as load_document_file reads it.
                const auto read = read_document_file(path, limits);
                const auto* bytes = std::get_if<std::string>(&read);
                if (bytes == nullptr) {
                    ++tally.failed;
                    return;
                }
                pugi::xml_document document;
                if (!document.load_buffer(bytes->data(), bytes->size(), xml_parse_options, pugi::encoding_utf8)) {
                    ++tally.failed;
                }
            });
        });
        parse_rate = out.pass("parse", "1 read + pugixml", m, fmt::format("{} unreadable or not well-formed", m.failed));
    }

    if (wants("load")) {
        const auto m = fastest_of(options.rounds, [&] {
            return run_pass(corpus, 0, [&limits](const std::string& path, Tally& tally) {
                if (std::holds_alternative<LoadFailure>(load_document_file(path, limits))) ++tally.failed;
            });
        });
        out.pass("load", "2 load_document", m, fmt::format("{} unreadable", m.failed));
    }

    if (wants("validate")) {
        const RuleSetLoad rules = load_rules(options);
        if (!rules.rules) {
            fmt::print(stderr, "drieluik_bench: the rule set has errors (run drieluik rules lint)\n");
            return 2;
        }
        EvalOptions eval;
        eval.as_of = options.as_of.empty() ? cli::today() : *Date::parse(options.as_of);
        auto validate = [&](const std::string& path, Tally& tally) {
            auto loaded = load_document_file(path, limits);
            auto* document = std::get_if<std::unique_ptr<Document>>(&loaded);
            if (document == nullptr) {
                ++tally.failed;
                return;
            }
            const auto start = Clock::now();
            const DocumentResult result = evaluate(*rules.rules, **document, eval);
            tally.eval_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
            tally.findings += result.findings.size();
        };
        const auto one = fastest_of(options.rounds, [&] { return run_pass(corpus, 1, validate); });
        validate_rate = out.pass("validate1", "3 load + evaluate, 1 job", one,
                                 fmt::format("{} rules, {} findings, {} unreadable", rules.rules->rules().size(),
                                             one.findings, one.failed));
        out.figure("evaluate_us", "   of which evaluate() per document", one.eval_seconds / docs * 1e6, "µs");
        if (options.jobs > 1) {
            const auto many = fastest_of(options.rounds, [&] { return run_pass(corpus, options.jobs, validate); });
            out.pass("validateN", fmt::format("3 load + evaluate, {} jobs", options.jobs), many, "");
            out.figure("speedup", fmt::format("{} jobs / 1 job (target >= 1.7 with 2)", options.jobs),
                       one.seconds / many.seconds, "x");
        }
    }

    if (wants("compile")) {
        int compiles = 0;
        const auto start = Clock::now();
        std::chrono::duration<double> elapsed{};
        do {
            if (!load_rules(options).rules) return 2;
            ++compiles;
            elapsed = Clock::now() - start;
        } while (elapsed.count() < 1.0 || compiles < 3);
        out.figure("compiles_per_s", "4 rule set loaded and compiled", compiles / elapsed.count(), "per second");
        out.figure("compile_ms", "   one compile", elapsed.count() / compiles * 1e3, "ms");
    }

    if (parse_rate && validate_rate) {
        out.figure("ratio", "validate 1 job / pugixml (target >= 0.50)", *validate_rate / *parse_rate, "");
    }
    out.figure("peak_rss_mb", "peak RSS", static_cast<double>(peak_rss_kb()) / 1024.0, "MB");
    return 0;
}

}  // namespace

int main(int argc, char** argv) try {
    drieluik::cli::prepare_heap();  // the same heap as the command's, for every pass
    Options options;
    CLI::App app{"Measures drieluik's throughput on a folder of documents"};
    app.add_option("paths", options.paths, "documents or folders (searched for *.xml)")->required();
    app.add_option("--rules", options.rules, "rule set folder (default: the built-in rule set)");
    app.add_option("--as-of", options.as_of, "validation date YYYY-MM-DD (default: today)")
        ->check([](const std::string& text) { return Date::parse(text) ? "" : "not a date YYYY-MM-DD"; });
    app.add_option("--jobs", options.jobs, "threads for the parallel validate pass")->check(CLI::Range(1u, 256u));
    app.add_option("--rounds", options.rounds, "times each pass runs; the fastest counts")->check(CLI::Range(1u, 100u));
    app.add_option("--passes", options.passes, "passes to run: parse load validate compile")
        ->check(CLI::IsMember({"parse", "load", "validate", "compile"}))
        ->delimiter(',');
    app.add_flag("--tsv", options.tsv, "print `key<TAB>value` lines instead of a table");
    CLI11_PARSE(app, argc, argv);
    return run(options);
} catch (const std::exception& error) {  // a folder that vanished, memory exhausted
    std::fprintf(stderr, "drieluik_bench: %s\n", error.what());  // unlike fmt::print, cannot throw
    return 2;
}
