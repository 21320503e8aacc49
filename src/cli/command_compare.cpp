#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_commands.h"
#include "compare/comparison.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct CompareOptions {
  std::string file;
  std::string a;
  std::string b;
  bool json = false;
  std::string language = "nl";
};

std::string percent(double value) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(0) << value << "%";
  return text.str();
}

double rounded(double value) {
  return std::round(value * 10) / 10;
}

const char* relation_name(compare::StepRelation relation) {
  switch (relation) {
    case compare::StepRelation::same:
      return "same";
    case compare::StepRelation::other_variant:
      return "other_variant";
    case compare::StepRelation::other_kind:
      return "other_kind";
    case compare::StepRelation::only_in_a:
      return "only_in_a";
    case compare::StepRelation::only_in_b:
      return "only_in_b";
  }
  return "";
}

const char* relation_mark(compare::StepRelation relation) {
  switch (relation) {
    case compare::StepRelation::same:
      return "=";
    case compare::StepRelation::other_variant:
      return "~";
    case compare::StepRelation::other_kind:
      return "x";
    case compare::StepRelation::only_in_a:
      return "<";
    case compare::StepRelation::only_in_b:
      return ">";
  }
  return "";
}

nlohmann::ordered_json to_json(const compare::Comparison& result, const compare::ProcessShape& a,
                               const compare::ProcessShape& b, const std::string& summary) {
  nlohmann::ordered_json steps = nlohmann::ordered_json::array();
  const auto id_of = [](const compare::ProcessShape& shape, std::optional<int> index) {
    return index ? nlohmann::ordered_json(shape.nodes[static_cast<std::size_t>(*index)].block_id)
                 : nlohmann::ordered_json(nullptr);
  };
  for (const auto& step : result.alignment.steps) {
    steps.push_back({{"a", id_of(a, step.a)},
                     {"b", id_of(b, step.b)},
                     {"relation", relation_name(step.relation)}});
  }
  nlohmann::ordered_json mapping = nlohmann::ordered_json::array();
  for (const auto& [from, to] : result.structural.mapping) {
    mapping.push_back({a.nodes[static_cast<std::size_t>(from)].block_id,
                       b.nodes[static_cast<std::size_t>(to)].block_id});
  }
  return {{"a", a.process_id},
          {"b", b.process_id},
          {"similarity", rounded(result.similarity)},
          {"structural", rounded(result.structural.similarity)},
          {"behavioural", rounded(result.behavioural)},
          {"alignment",
           {{"similarity", rounded(result.alignment.similarity)},
            {"summary", summary},
            {"same", result.alignment.same},
            {"other_variant", result.alignment.other_variant},
            {"other_kind", result.alignment.other_kind},
            {"only_in_a", result.alignment.only_in_a},
            {"only_in_b", result.alignment.only_in_b},
            {"steps", steps}}},
          {"mapping", mapping}};
}

void print_text(const compare::Comparison& result, const compare::ProcessShape& a,
                const compare::ProcessShape& b, const std::string& summary,
                const BlockLibrary& library, Language language) {
  const bool dutch = language == Language::dutch;
  std::cout << "A: " << a.process_id << " (" << a.name << ")\n"
            << "B: " << b.process_id << " (" << b.name << ")\n"
            << (dutch ? "Overeenkomst: " : "Similarity: ") << percent(result.similarity) << "  ("
            << (dutch ? "uitlijning " : "alignment ") << percent(result.alignment.similarity)
            << (dutch ? ", structuur " : ", structural ") << percent(result.structural.similarity)
            << (dutch ? ", gedrag " : ", behavioural ") << percent(result.behavioural) << ")\n"
            << summary << "\n\n";
  const auto name = [&](const compare::ProcessShape& shape, std::optional<int> index) {
    if (!index) return std::string();
    return compare::block_name(shape.nodes[static_cast<std::size_t>(*index)], library, language);
  };
  for (const auto& step : result.alignment.steps) {
    std::cout << "  " << std::left << std::setw(32) << name(a, step.a) << " "
              << relation_mark(step.relation) << "  " << name(b, step.b) << "\n";
  }
}

int run_compare(const CompareOptions& options) {
  const auto loaded = load_workshop_or_report(options.file, std::cerr);
  if (!loaded) return kExitUnusable;
  const BlockLibrary library = load_default_library();
  const Workshop& workshop = loaded->workshop;
  const Process* a = workshop.find_process(options.a);
  const Process* b = workshop.find_process(options.b);
  for (const auto& [id, found] : {std::pair{options.a, a}, std::pair{options.b, b}}) {
    if (found) continue;
    std::cerr << options.file << ": error: no process \"" << id << "\"; the processes are:";
    for (const auto& process : workshop.processes) std::cerr << " " << process.id;
    std::cerr << "\n";
    return kExitUnusable;
  }
  // Checked before preparing: preparing a huge process is itself quadratic.
  if (const auto problem = compare::compare_limit_problem({a, b})) {
    std::cerr << options.file << ": error: " << compare::describe(*problem, Language::english)
              << "\n";
    return kExitUnusable;
  }
  const compare::PreparedProcess prepared_a = compare::prepare(*a, library);
  const compare::PreparedProcess prepared_b = compare::prepare(*b, library);
  const Language language = options.language == "en" ? Language::english : Language::dutch;
  const compare::Comparison result = compare::compare_processes(prepared_a, prepared_b);
  const std::string summary =
      compare::describe(result.alignment, prepared_a.shape, prepared_b.shape, library, language);
  if (options.json) {
    std::cout << to_json(result, prepared_a.shape, prepared_b.shape, summary).dump(2) << "\n";
  } else {
    print_text(result, prepared_a.shape, prepared_b.shape, summary, library, language);
  }
  return kExitOk;
}

}  // namespace

Subcommand add_compare_command(CLI::App& root) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* app = root.add_subcommand(
      "compare",
      "Compare two processes' generic shape: the alignment of their blocks and every measure.\n"
      "similarity (the headline) is the mean of alignment, structural (graph-edit distance,\n"
      "Dijkman et al. 2011) and behavioural (shared eventually-follows relations), all 0-100.\n"
      "Processes of more than " +
          std::to_string(compare::kMaxComparedBlocks) +
          " blocks are refused (exit 2): the alignment grows with the product of both sizes.");
  app->add_option("workshop", options->file, "Workshop file (.json)")->required();
  app->add_option("a", options->a, "Process id A")->required();
  app->add_option("b", options->b, "Process id B")->required();
  app->add_flag("--json", options->json,
                "Print {\"similarity\", \"structural\", \"behavioural\", \"alignment\", ...}");
  app->add_option("--lang", options->language, "Language of the summary: nl or en")
      ->check(CLI::IsMember({"nl", "en"}));
  return {app, [options] { return run_compare(*options); }};
}

}  // namespace blokjes::cli
