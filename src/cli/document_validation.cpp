#include "cli/document_validation.hpp"

#include "document/encoding.hpp"

#include <boost/asio/post.hpp>
#include <fmt/format.h>
#include <boost/asio/thread_pool.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>

namespace drieluik::cli {

namespace {

// The text a load failure points into, decoded as the loader decodes it; none when the
// bytes cannot be decoded (the errors then say so) or the file cannot be read again.
std::vector<SourceText> failure_sources(const std::string& name, const std::string* bytes) {
    std::string read;
    if (bytes == nullptr) {
        std::ifstream file(name, std::ios::binary);
        read.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        if (!file.eof() && file.fail()) {
            return {};
        }
        bytes = &read;
    }
    auto decoded = decode_document(*bytes);
    if (auto* text = std::get_if<DecodedText>(&decoded)) {
        return {SourceText(name, std::move(text->utf8))};
    }
    return {};
}

bool has_position(const std::vector<Diagnostic>& errors) {
    return std::any_of(errors.begin(), errors.end(),
                       [](const Diagnostic& error) { return error.position.line > 0; });
}

DocumentReport unreadable(const std::string& name, std::vector<Diagnostic> errors) {
    DocumentReport report;
    report.path = name;
    report.status = DocumentStatus::unreadable;
    report.errors = std::move(errors);
    std::sort(report.errors.begin(), report.errors.end());
    return report;
}

// The texts of the templates a document's evaluation loaded, kept for the excerpts of
// findings that lie in them.
class TemplateSources {
public:
    explicit TemplateSources(const ValidationSettings& settings) : settings_(settings) {}

    LoadResult load(const std::string& path) {
        LoadResult result = settings_.load_template ? settings_.load_template(path)
                                                    : load_document_file(path, settings_.limits);
        if (auto* document = std::get_if<std::unique_ptr<Document>>(&result)) {
            sources_.push_back((*document)->source());
        }
        return result;
    }

    // The texts that `findings` point into.
    std::vector<SourceText> used_by(const std::vector<Finding>& findings) {
        std::vector<SourceText> used;
        for (SourceText& source : sources_) {
            bool named = std::any_of(findings.begin(), findings.end(),
                                     [&](const Finding& finding) { return finding.file == source.name(); });
            if (named) {
                used.push_back(std::move(source));
            }
        }
        return used;
    }

private:
    const ValidationSettings& settings_;
    std::vector<SourceText> sources_;
};

}  // namespace

DocumentReport validate_document(const std::string& name, const std::string* bytes,
                                 const ValidationSettings& settings) {
    LoadResult loaded = bytes != nullptr ? load_document(name, *bytes, settings.limits)
                                         : load_document_file(name, settings.limits);
    if (auto* failure = std::get_if<LoadFailure>(&loaded)) {
        if (failure->errors.empty()) {
            failure->errors.push_back({DiagnosticLevel::error, name, {}, "the document cannot be read", {}});
        }
        DocumentReport report = unreadable(name, std::move(failure->errors));
        if (has_position(report.errors)) {
            report.sources = failure_sources(name, bytes);
        }
        return report;
    }
    Document& document = *std::get<std::unique_ptr<Document>>(loaded);

    TemplateSources templates(settings);
    EvalOptions options = settings.options;
    options.load_template = [&templates](const std::string& path) { return templates.load(path); };

    DocumentReport report;
    report.path = name;
    report.kind = document.kind();
    report.result = evaluate(*settings.rules, document, options);
    // Excerpts are only needed where something was found; a clean document keeps no text.
    if (!report.result.findings.empty()) {
        report.sources = templates.used_by(report.result.findings);
        report.sources.insert(report.sources.begin(), document.release_source());
    }
    return report;
}

namespace {

// A document's report; a defect found while checking it must not take the other
// documents down with it, so it makes the document unreadable instead.
DocumentReport checked_or_failed(const DocumentInput& input, const std::string& standard_input,
                                 const ValidationSettings& settings) {
    if (input.standard_input && standard_input.size() > settings.limits.max_bytes) {
        // Standard input is read no further than one byte past the limit: its size is not known.
        return unreadable(input.path, {{DiagnosticLevel::error, input.path, {},
                                        fmt::format("document is more than {0} bytes; the limit is {0} bytes",
                                                    settings.limits.max_bytes),
                                        {}}});
    }
    try {
        return validate_document(input.path, input.standard_input ? &standard_input : nullptr, settings);
    } catch (const std::exception& error) {
        return unreadable(input.path,
                          {{DiagnosticLevel::error, input.path, {}, std::string("internal error: ") + error.what(), {}}});
    }
}

}  // namespace

void validate_documents(const std::vector<DocumentInput>& inputs, const std::string& standard_input,
                        const ValidationSettings& settings, Progress& progress, const RenderDocument& render,
                        const ConsumeDocument& consume) {
    auto checked = [&](std::size_t index) {
        const DocumentInput& input = inputs[index];
        DocumentPart part = render(checked_or_failed(input, standard_input, settings), index);
        progress.advance();
        return part;
    };
    std::size_t jobs = std::min<std::size_t>(std::max(settings.jobs, 1u), inputs.size());
    if (jobs <= 1) {
        for (std::size_t index = 0; index < inputs.size(); ++index) {
            consume(checked(index));
        }
        return;
    }

    // Documents are taken in input order and their parts left in a ring of slots, where
    // they wait for their turn to be consumed. The calling thread is one of the `jobs`
    // threads: it consumes the next part when it is ready and checks a document itself
    // when it is not, so it rarely sleeps. Another thread only starts a document whose
    // slot is free, which bounds how far checking runs ahead of consuming. Slots and
    // counts are atomics: a thread sleeps, at the cost of a system call, only when it
    // really has to wait.
    struct Slot {
        std::optional<DocumentPart> part;
        std::exception_ptr failure;  // what checking or rendering threw, rethrown by the consumer
        std::atomic<bool> ready{false};
    };
    const std::size_t window = 16 * jobs;
    std::vector<Slot> slots(window);
    std::atomic<std::size_t> next_to_check{0};
    std::atomic<std::size_t> consumed{0};
    std::atomic<bool> stopped{false};  // the consumer gave up

    auto check_into_slot = [&](std::size_t index) {
        Slot& slot = slots[index % window];
        try {
            slot.part = checked(index);
        } catch (...) {
            slot.failure = std::current_exception();
        }
        slot.ready.store(true, std::memory_order_release);
        slot.ready.notify_one();
    };
    // Takes the next document, if there is one and its slot is free, and checks it.
    auto check_next = [&] {
        std::size_t index = next_to_check.load();
        while (index < inputs.size() && index < consumed.load(std::memory_order_acquire) + window) {
            if (next_to_check.compare_exchange_weak(index, index + 1)) {
                check_into_slot(index);
                return true;
            }
        }
        return false;
    };
    auto check_in_turn = [&] {
        while (!stopped.load() && next_to_check.load() < inputs.size()) {
            std::size_t done = consumed.load(std::memory_order_acquire);
            if (!check_next()) consumed.wait(done, std::memory_order_acquire);
        }
    };

    boost::asio::thread_pool pool(jobs - 1);
    for (std::size_t thread = 1; thread < jobs; ++thread) {
        boost::asio::post(pool, check_in_turn);
    }
    try {
        for (std::size_t next = 0; next < inputs.size();) {
            Slot& slot = slots[next % window];
            if (!slot.ready.load(std::memory_order_acquire)) {
                if (!check_next()) slot.ready.wait(false, std::memory_order_acquire);
                continue;
            }
            if (slot.failure) std::rethrow_exception(slot.failure);
            DocumentPart part = std::move(*slot.part);
            slot.part.reset();
            slot.ready.store(false, std::memory_order_relaxed);
            consumed.store(++next, std::memory_order_release);
            consumed.notify_all();
            consume(std::move(part));
        }
    } catch (...) {
        // The other threads must not wait for this one any longer.
        stopped.store(true);
        consumed.fetch_add(window, std::memory_order_release);
        consumed.notify_all();
        throw;
    }
    pool.join();
}

}  // namespace drieluik::cli
