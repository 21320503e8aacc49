// `blokjes present WORKSHOP [--check]`: the running order the app's
// presentation mode (F5) steps through, numbered with the slides' titles, and
// with --check the slides that cannot be shown (a missing process, a
// comparison without two). The facilitator checks this before the session,
// not in front of the room.

#include <iostream>
#include <memory>

#include "cli_commands.h"
#include "core/running_order.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct PresentOptions {
  std::string file;
  bool check = false;
  std::string language = "nl";
};

int run_present(const PresentOptions& options) {
  const auto loaded = load_workshop_or_report(options.file, std::cerr);
  if (!loaded) return kExitUnusable;
  const Workshop& workshop = loaded->workshop;
  const Language language = options.language == "en" ? Language::english : Language::dutch;
  const bool dutch = language == Language::dutch;
  const std::vector<Slide> slides = effective_running_order(workshop);
  const auto problems = check_running_order(workshop, slides);
  if (workshop.running_order.empty()) {
    std::cout << (dutch ? "Geen presentatievolgorde in het bestand; de standaardvolgorde:\n"
                        : "No running order in the file; the default order:\n");
  } else {
    std::cout << (dutch ? "Presentatievolgorde:\n" : "Running order:\n");
  }
  const std::string width = std::to_string(slides.size());
  for (std::size_t i = 0; i < slides.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    std::cout << std::string(width.size() - number.size() + 2, ' ') << number << ". "
              << slide_title(workshop, slides[i], language) << "\n";
    if (!options.check) continue;
    for (const auto& problem : problems) {
      if (problem.slide != i) continue;
      std::cout << std::string(width.size() + 4, ' ') << "! " << problem.message(language)
                << "\n";
    }
  }
  if (!options.check) return kExitOk;
  if (problems.empty()) {
    std::cout << (dutch ? "Alle dia's kunnen worden getoond.\n" : "Every slide can be shown.\n");
    return kExitOk;
  }
  std::cout << problems.size()
            << (dutch ? (problems.size() == 1 ? " probleem" : " problemen")
                      : (problems.size() == 1 ? " problem" : " problems"))
            << (dutch ? " in de presentatievolgorde\n" : " in the running order\n");
  return kExitFindings;
}

}  // namespace

Subcommand add_present_command(CLI::App& root) {
  auto options = std::make_shared<PresentOptions>();
  CLI::App* app = root.add_subcommand(
      "present",
      "Print the running order that presentation mode (F5 in the app) steps through, numbered\n"
      "with the slides' titles; the default order when the workshop has none. With --check,\n"
      "flag slides that refer to missing processes or compare fewer than two (exit 1).");
  app->add_option("workshop", options->file, "Workshop file (.json)")->required();
  app->add_flag("--check", options->check,
                "Flag slides that cannot be shown; exit 1 when there are any");
  app->add_option("--lang", options->language, "nl or en")->check(CLI::IsMember({"nl", "en"}));
  return {app, [options] { return run_present(*options); }};
}

}  // namespace blokjes::cli
