#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli_commands.h"
#include "core/terminal_text.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct ShowOptions {
  std::string file;
  bool json = false;
  std::string language = "nl";
};

std::string block_name(const BlockLibrary& library, const Block& block, Language language) {
  if (const BlockVariant* variant = library.find_variant(block.kind, block.variant)) {
    return variant->name.in(language);
  }
  return block.kind + "/" + block.variant;
}

// Every name and id is the file's text: escaped one field at a time, so a
// \n or \r inside a label cannot forge a line of the listing either.
void print_text(const Workshop& workshop, const BlockLibrary& library, Language language) {
  std::cout << terminal_safe(workshop.name);
  if (!workshop.date.empty()) std::cout << " (" << terminal_safe(workshop.date) << ")";
  std::cout << "\n";
  for (const auto& process : workshop.processes) {
    const Department* department = workshop.find_department(process.department);
    std::cout << "\n" << terminal_safe(process.id) << ": " << terminal_safe(process.name);
    if (department) {
      std::cout << " [" << terminal_safe(department->name) << ", "
                << terminal_safe(department->directorate) << "]";
    }
    std::cout << "\n";
    int step = 0;
    for (const Block* block : process.ordered_blocks()) {
      std::cout << "  " << ++step << ". " << terminal_safe(block_name(library, *block, language));
      if (!block->label.empty()) std::cout << ": " << terminal_safe(block->label);
      std::cout << "\n";
    }
  }
}

void print_json(const Workshop& workshop) {
  nlohmann::ordered_json processes = nlohmann::ordered_json::array();
  for (const auto& process : workshop.processes) {
    nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
    for (const Block* block : process.ordered_blocks()) {
      blocks.push_back({{"id", block->id},
                        {"kind", block->kind},
                        {"variant", block->variant},
                        {"label", block->label},
                        {"lane", block->lane}});
    }
    processes.push_back({{"id", process.id},
                         {"name", process.name},
                         {"department", process.department},
                         {"blocks", blocks}});
  }
  const nlohmann::ordered_json document = {{"processes", processes}};
  std::cout << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

int run_show(const ShowOptions& options) {
  const auto loaded = load_workshop_or_report(options.file, std::cerr);
  if (!loaded) return kExitUnusable;
  if (options.json) {
    print_json(loaded->workshop);
  } else {
    const Language language = options.language == "en" ? Language::english : Language::dutch;
    print_text(loaded->workshop, load_default_library(), language);
  }
  return kExitOk;
}

}  // namespace

Subcommand add_show_command(CLI::App& root) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* app =
      root.add_subcommand("show", "List a workshop's processes and their blocks in process order.");
  app->add_option("file", options->file, "Workshop file (.json)")->required();
  app->add_flag("--json", options->json,
                "Print {\"processes\": [{\"id\", \"name\", \"department\", \"blocks\"}]}");
  app->add_option("--lang", options->language, "Language of block names: nl or en")
      ->check(CLI::IsMember({"nl", "en"}));
  return {app, [options] { return run_show(*options); }};
}

}  // namespace blokjes::cli
