// `blokjes citizen WORKSHOP PROCESS [--json] [--lang nl|en]`: the process as the
// citizen experiences it (docs/citizen.md). Exit 0 without gaps, 1 with gaps
// (the same warnings validation gives), 2 when the file or process is unusable.

#include <iostream>
#include <memory>

#include "catalogi/citizen_timeline.h"
#include "cli_commands.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct CitizenOptions {
  std::string file;
  std::string process_id;
  bool json = false;
  std::string language = "nl";
};

const char* words(Language language, const char* nl, const char* en) {
  return language == Language::english ? en : nl;
}

std::string day_text(const std::optional<int>& day, Language language) {
  return day ? words(language, "dag ", "day ") + std::to_string(*day)
             : std::string(words(language, "dag ?", "day ?"));
}

void print_text(const CitizenTimeline& timeline, Language language) {
  std::cout << timeline.process_name << " (" << timeline.process_id << ")"
            << words(language, ": zoals de burger het beleeft\n",
                     ": as the citizen experiences it\n");
  std::cout << words(language, "Verwacht (servicenorm): ", "Expected (servicenorm): ")
            << (timeline.expected_day ? day_text(timeline.expected_day, language)
                                      : std::string(words(language, "geen", "none")))
            << words(language, "; uiterlijk (doorlooptijd): ", "; at the latest (doorlooptijd): ")
            << day_text(timeline.latest_day, language)
            << words(language, "; opschorting mogelijk: ", "; opschorting possible: ")
            << (timeline.opschorting_possible ? words(language, "ja", "yes")
                                              : words(language, "nee", "no"))
            << "\n\n";
  for (const auto& step : timeline.steps) {
    const bool shown = step.informs || step.action != CitizenAction::none || step.can_suspend;
    if (!shown) continue;
    std::cout << "  " << day_text(step.day, language) << "  [" << step.block_id << "] ";
    if (step.informs) {
      std::cout << words(language, "bericht: ", "message: ") << step.omschrijving << ": \""
                << step.statustekst << "\"";
    } else {
      std::cout << step.name;
    }
    std::cout << "\n";
    if (step.action != CitizenAction::none) {
      std::cout << "      " << words(language, "de burger moet: ", "the citizen has to: ")
                << citizen_action_words(step.action, language) << "\n";
    }
    if (step.can_suspend) {
      std::cout << "      "
                << words(language, "opschorting: de klok kan hier stilstaan",
                         "opschorting: the clock can stop here")
                << "\n";
    }
  }
  std::cout << "\n";
  if (timeline.gaps.empty()) {
    std::cout << words(language, "Geen gaten.\n", "No gaps.\n");
    return;
  }
  std::cout << words(language, "Gaten (", "Gaps (") << timeline.gaps.size() << "):\n";
  for (const auto& gap : timeline.gaps) std::cout << "  - " << gap.message << "\n";
}

int run_citizen(const CitizenOptions& options) {
  const auto loaded = load_workshop_or_report(options.file, std::cerr);
  if (!loaded) return kExitUnusable;
  const Process* process = loaded->workshop.find_process(options.process_id);
  if (process == nullptr) {
    std::cerr << options.file << ": error: no process \"" << options.process_id
              << "\"; the processes are:";
    for (const auto& candidate : loaded->workshop.processes) std::cerr << " " << candidate.id;
    std::cerr << "\n";
    return kExitUnusable;
  }
  const Language language = options.language == "en" ? Language::english : Language::dutch;
  const auto timeline = citizen_timeline(*process, load_default_library(), language);
  if (options.json) {
    std::cout << to_json(timeline).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    print_text(timeline, language);
  }
  return timeline.gaps.empty() ? kExitOk : kExitFindings;
}

}  // namespace

Subcommand add_citizen_command(CLI::App& root) {
  auto options = std::make_shared<CitizenOptions>();
  CLI::App* app = root.add_subcommand(
      "citizen",
      "A process as the citizen experiences it: the statuses that inform him, on indicative\n"
      "days, the servicenorm and doorlooptijd, where opschorting can stop the clock, where he\n"
      "has to act, and the gaps where he hears nothing (exit 1 when there are gaps).");
  app->add_option("workshop", options->file, "Workshop file (.json)")->required();
  app->add_option("process", options->process_id, "Process id")->required();
  app->add_flag("--json", options->json,
                "Print {\"process\", \"expectedDay\", \"latestDay\", \"messages\", "
                "\"citizenActions\", \"opschorting\", \"gaps\", ...}");
  app->add_option("--lang", options->language, "nl (default) or en")
      ->check(CLI::IsMember({"nl", "en"}));
  return {app, [options] { return run_citizen(*options); }};
}

}  // namespace blokjes::cli
