#pragma once
// A comparison run off the caller's thread, for the app's compare and matrix
// views: the UI thread starts it, reads its progress every frame, takes the
// result when it is ready, and cancels it when the workshop changes. No
// ImGui here: the views draw, this only runs and reports.
//
// [SECTION] Progress text
// [SECTION] BackgroundJob

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/localized_text.h"

namespace blokjes::compare {

// -----------------------------------------------------------------------------
// [SECTION] Progress text
// -----------------------------------------------------------------------------

// "Bezig met vergelijken… 12/40" (or in English), what the views show while
// a job runs; without a total, the ellipsis alone.
inline std::string progress_text(std::size_t done, std::size_t total, Language language) {
  std::string text = language == Language::dutch ? "Bezig met vergelijken\u2026"
                                                 : "Comparing\u2026";
  if (total > 0) text += " " + std::to_string(done) + "/" + std::to_string(total);
  return text;
}

// -----------------------------------------------------------------------------
// [SECTION] BackgroundJob
// -----------------------------------------------------------------------------

// What the work function gets: a flag to stop at, and a counter to advance.
struct JobControl {
  const std::atomic<bool>& cancel;
  std::atomic<std::size_t>& done;
};

// One job at a time. Starting a new one cancels the running one; a cancelled
// job that is still finishing a step it cannot interrupt is kept aside and
// joined later (each frame, and at the latest in the destructor), so the UI
// thread never waits for it.
template <typename Result>
class BackgroundJob {
 public:
  using Work = std::function<Result(const JobControl&)>;

  BackgroundJob() = default;
  BackgroundJob(const BackgroundJob&) = delete;
  BackgroundJob& operator=(const BackgroundJob&) = delete;
  ~BackgroundJob() {
    cancel();
    for (auto& retired : retired_) retired->thread.join();
  }

  // `work` must own (copy) its inputs: the caller's model may change meanwhile.
  void start(Work work, std::size_t total) {
    cancel();
    current_ = std::make_unique<Run>();
    current_->total = total;
    Run* run = current_.get();
    run->thread = std::thread([run, work = std::move(work)] {
      try {
        Result result = work(JobControl{run->cancel, run->done});
        const std::lock_guard lock(run->mutex);
        run->result = std::move(result);
      } catch (...) {
        const std::lock_guard lock(run->mutex);
        run->error = std::current_exception();
      }
      run->finished.store(true);
    });
  }

  // Raises the running job's cancel flag and sets it aside; its result is never taken.
  void cancel() {
    reap();
    if (!current_) return;
    current_->cancel.store(true);
    retired_.push_back(std::move(current_));
  }

  bool running() const { return current_ && !current_->finished.load(); }
  std::size_t done() const { return current_ ? current_->done.load() : 0; }
  std::size_t total() const { return current_ ? current_->total : 0; }

  // Once the job has finished: its result, or its exception rethrown. Empty
  // while it runs or when there is none; the job is gone afterwards.
  std::optional<Result> take() {
    reap();
    if (!current_ || !current_->finished.load()) return std::nullopt;
    current_->thread.join();
    const std::unique_ptr<Run> run = std::move(current_);
    if (run->error) std::rethrow_exception(run->error);
    return std::move(run->result);
  }

 private:
  struct Run {
    std::thread thread;
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    std::atomic<std::size_t> done{0};
    std::size_t total = 0;
    std::mutex mutex;
    std::optional<Result> result;
    std::exception_ptr error;
  };

  // Joins the cancelled jobs that have stopped.
  void reap() {
    std::erase_if(retired_, [](const std::unique_ptr<Run>& run) {
      if (!run->finished.load()) return false;
      run->thread.join();
      return true;
    });
  }

  std::unique_ptr<Run> current_;
  std::vector<std::unique_ptr<Run>> retired_;
};

}  // namespace blokjes::compare
