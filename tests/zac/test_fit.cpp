// Fit onto ZAC's generic model: hand-made processes that fit, one process per
// misfit reason that fails for exactly that reason, the sentences for the big
// screen, the volume sums, and the demo's fit table against docs/zac.md.
//
// [SECTIONS]
//   [BUILDING]  a small language for hand-made processes
//   [FITS]      processes the generic model runs as they are
//   [MISFITS]   one process per rule, failing for that rule alone
//   [TEXT]      describe() and reason(): labels, not ids; Dutch and English
//   [VOLUME]    fit_workshop's counts and yearly volume
//   [SIZE]      a process of thousands of blocks
//   [DEMO]      the demo's fit table, stable and as docs/zac.md says

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include "../generated_process.h"
#include "../test_support.h"
#include "zac/fit.h"

namespace blokjes::zac {
namespace {

const GenericModel& model() {
  static const GenericModel loaded =
      load_generic_model(test::source_path("assets/zac-generic-model.json"));
  return loaded;
}

// [SECTION] [BUILDING]

// Block ids that no sentence may show: "blok-" plus a letter code.
struct ProcessBuilder {
  Process process;

  explicit ProcessBuilder(std::string id = "handgemaakt") {
    process.id = std::move(id);
    process.name = "Handgemaakt proces";
  }
  ProcessBuilder& block(const std::string& id, const std::string& kind,
                        const std::string& variant, const std::string& label) {
    Block block;
    block.id = "blok-" + id;
    block.kind = kind;
    block.variant = variant;
    block.label = label;
    process.blocks.push_back(block);
    return *this;
  }
  ProcessBuilder& flow(const std::string& from, const std::string& to,
                       FlowKind kind = FlowKind::sequence, const std::string& label = "") {
    Flow flow;
    flow.id = "stroom-" + std::to_string(process.flows.size() + 1);
    flow.from = "blok-" + from;
    flow.to = "blok-" + to;
    flow.kind = kind;
    flow.label = label;
    process.flows.push_back(flow);
    return *this;
  }
  // The usual start: intake, asking for more information when incomplete,
  // then the handling.
  ProcessBuilder& intake_and_handling() {
    return block("in", "intake", "digitaal", "Aanvraag ontvangen")
        .block("ai", "aanvullende-informatie", "standaard", "Opvragen ontbrekende stukken")
        .block("be", "behandelen", "standaard", "Beoordelen aanvraag")
        .flow("in", "ai", FlowKind::conditional, "onvolledig")
        .flow("in", "be", FlowKind::conditional, "volledig")
        .flow("ai", "be");
  }
  ProcessFit fit() const { return fit_process(process, test::library(), model()); }
};

std::set<MisfitReason> reasons_of(const ProcessFit& fit) {
  std::set<MisfitReason> reasons;
  for (const auto& misfit : fit.misfits) reasons.insert(misfit.reason);
  return reasons;
}

// [SECTION] [FITS]

TEST_CASE("A simple decision process runs on the generic model", "[zac][fit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("ad", "adviseren", "intern", "Advies juridische zaken")
      .block("bs", "besluiten", "mandaat", "Besluit op aanvraag")
      .block("if", "informeren", "standaard", "Verzenden besluit")
      .block("ar", "archiveren", "standaard", "Archiveren")
      // The behandelaar chooses whether to ask advice: a choice inside In behandeling.
      .flow("be", "ad", FlowKind::conditional, "advies nodig")
      .flow("be", "bs", FlowKind::conditional, "geen advies nodig")
      .flow("ad", "be", FlowKind::rework, "aanvullen")
      .flow("ad", "bs")
      .flow("bs", "if")
      .flow("if", "ar");
  const auto fit = builder.fit();
  INFO(reason(fit, builder.process, test::library(), Language::dutch));
  CHECK(fit.fits);
  CHECK(fit.misfits.empty());
  CHECK(reason(fit, builder.process, test::library(), Language::dutch).empty());
  REQUIRE(fit.placements.size() == builder.process.blocks.size());
  std::map<std::string, std::vector<std::string>> placed;
  for (const auto& placement : fit.placements) placed[placement.block_id] = placement.places;
  CHECK(placed["blok-in"].front() == "INTAKE");
  CHECK(placed["blok-ai"].front() == "AANVULLENDE_INFORMATIE");
  CHECK(placed["blok-ad"].front() == "ADVIES_INTERN");
  CHECK(placed["blok-bs"].back() == "ZAAK_AFHANDELEN");
}

TEST_CASE("A reply with reopening runs on the generic model", "[zac][fit]") {
  ProcessBuilder builder;
  builder.block("in", "intake", "digitaal", "Vraag ontvangen")
      .block("be", "behandelen", "standaard", "Beoordelen en routeren")
      .block("on", "behandelen", "onderzoek", "Uitzoeken door vakafdeling")
      .block("if", "informeren", "standaard", "Antwoord aan inwoner")
      .block("hr", "heropenen", "standaard", "Heropenen na reactie inwoner")
      .block("ar", "archiveren", "standaard", "Archiveren")
      .flow("in", "be")
      .flow("be", "if", FlowKind::conditional, "direct te beantwoorden")
      .flow("be", "on", FlowKind::conditional, "doorzetten")
      .flow("on", "if")
      .flow("if", "ar", FlowKind::conditional, "afgehandeld")
      .flow("if", "hr", FlowKind::conditional, "niet tevreden")
      .flow("hr", "be", FlowKind::rework, "opnieuw beoordelen");
  const auto fit = builder.fit();
  INFO(reason(fit, builder.process, test::library(), Language::dutch));
  CHECK(fit.fits);
}

TEST_CASE("Two branches of one choice that meet again are no parallel join", "[zac][fit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("ad", "adviseren", "intern", "Advies")
      .block("ge", "behandelen", "gesprek", "Gesprek")
      .block("bs", "besluiten", "mandaat", "Besluit")
      .flow("be", "ad", FlowKind::conditional, "advies")
      .flow("be", "ge", FlowKind::conditional, "gesprek")
      .flow("ad", "bs")
      .flow("ge", "bs");
  CHECK(builder.fit().fits);
}

TEST_CASE("Switching off the citizen's status makes an external advice fit", "[zac][fit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("ad", "adviseren", "extern", "Advies brandweer")
      .flow("be", "ad");
  CHECK(reasons_of(builder.fit()) == std::set<MisfitReason>{MisfitReason::status_never_set});
  // The block's effective statustype decides, as in the export: an override counts.
  builder.process.blocks.back().overrides.statustype.informeren = false;
  CHECK(builder.fit().fits);
}

// [SECTION] [MISFITS]

TEST_CASE("A step with no place in the generic model does not fit", "[zac][fit][misfit]") {
  ProcessBuilder builder;
  builder.intake_and_handling().block("bt", "betalen", "standaard", "Leges betalen").flow("be", "bt");
  const auto fit = builder.fit();
  CHECK_FALSE(fit.fits);
  REQUIRE(fit.misfits.size() == 1);
  CHECK(fit.misfits[0].reason == MisfitReason::unmapped_block);
  CHECK(fit.misfits[0].block_id == "blok-bt");
  // Its placement is there, and empty.
  CHECK(fit.placements.back().places.empty());
}

TEST_CASE("Going back into the intake after it is closed does not fit", "[zac][fit][misfit]") {
  ProcessBuilder builder;
  builder.intake_and_handling().flow("be", "ai", FlowKind::conditional, "kenteken niet op naam");
  const auto fit = builder.fit();
  CHECK(reasons_of(fit) == std::set<MisfitReason>{MisfitReason::closed_stage});
  CHECK(fit.misfits[0].block_id == "blok-ai");
  CHECK(fit.misfits[0].flow_id == "stroom-4");
}

TEST_CASE("A route chosen after the decision does not fit", "[zac][fit][misfit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("bs", "besluiten", "mandaat", "Beschikking")
      .block("if", "informeren", "standaard", "Toelichten beschikking")
      .block("ar", "archiveren", "standaard", "Archiveren")
      .flow("be", "bs")
      .flow("bs", "if", FlowKind::conditional, "toegekend")
      .flow("bs", "ar", FlowKind::conditional, "afgewezen")
      .flow("if", "ar");
  const auto fit = builder.fit();
  CHECK(reasons_of(fit) == std::set<MisfitReason>{MisfitReason::conditional_route});
  CHECK(fit.misfits[0].block_id == "blok-bs");
}

TEST_CASE("A step back to a place the model takes once does not fit", "[zac][fit][misfit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("ar", "archiveren", "standaard", "Archiveren")
      .block("if", "informeren", "standaard", "Bericht aan aanvrager")
      .flow("be", "ar")
      .flow("ar", "if")
      .flow("if", "ar", FlowKind::rework, "opnieuw archiveren");
  const auto fit = builder.fit();
  CHECK(reasons_of(fit) == std::set<MisfitReason>{MisfitReason::rework_not_repeatable});
  CHECK(fit.misfits[0].block_id == "blok-ar");
}

TEST_CASE("Parallel steps do not fit", "[zac][fit][misfit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("ad", "adviseren", "intern", "Advies verkeer")
      .block("if", "informeren", "standaard", "Omwonenden informeren")
      .block("bs", "besluiten", "college", "Besluit college")
      .flow("be", "ad")
      .flow("be", "if")
      .flow("ad", "bs")
      .flow("if", "bs");
  const auto fit = builder.fit();
  CHECK(reasons_of(fit) == std::set<MisfitReason>{MisfitReason::parallel_steps});
  std::set<std::string> blocks;
  for (const auto& misfit : fit.misfits) blocks.insert(misfit.block_id);
  CHECK(blocks == std::set<std::string>{"blok-be", "blok-bs"});  // the split and the join
}

TEST_CASE("Timed steps do not fit", "[zac][fit][misfit]") {
  SECTION("a flow that waits for a term") {
    ProcessBuilder builder;
    builder.intake_and_handling()
        .block("bs", "besluiten", "mandaat", "Besluit")
        .flow("be", "bs", FlowKind::sequence, "na 6 weken");
    const auto fit = builder.fit();
    CHECK(reasons_of(fit) == std::set<MisfitReason>{MisfitReason::timed_step});
    CHECK(fit.misfits[0].flow_id == "stroom-4");
  }
  SECTION("a block that waits for a named term") {
    ProcessBuilder builder;
    builder.intake_and_handling()
        .block("wt", "behandelen", "standaard", "Beoordelen na afloop van de bezwaartermijn")
        .flow("be", "wt");
    CHECK(reasons_of(builder.fit()) == std::set<MisfitReason>{MisfitReason::timed_step});
  }
  SECTION("a deadline or a later reaction is no timed step") {
    ProcessBuilder builder;
    builder.intake_and_handling()
        .block("ge", "behandelen", "gesprek", "Bellen binnen 2 werkdagen")
        .block("hr", "heropenen", "standaard", "Heropenen na reactie inwoner")
        .flow("be", "ge")
        .flow("ge", "hr", FlowKind::sequence, "binnen een week");
    CHECK(builder.fit().fits);
  }
}

TEST_CASE("Two decisions in sequence need an order the model does not enforce",
          "[zac][fit][misfit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("m", "besluiten", "mandaat", "Voorlopig besluit afdelingshoofd")
      .block("c", "besluiten", "college", "Besluit college")
      .flow("be", "m")
      .flow("m", "c");
  const auto fit = builder.fit();
  CHECK(reasons_of(fit) == std::set<MisfitReason>{MisfitReason::enforced_order});
  REQUIRE(fit.misfits.size() == 1);
  CHECK(fit.misfits[0].block_id == "blok-c");
  CHECK(fit.misfits[0].other_block_id == "blok-m");
}

TEST_CASE("Advice before a decision is no enforced order", "[zac][fit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("ad", "adviseren", "intern", "Advies")
      .block("bs", "besluiten", "mandaat", "Besluit")
      .flow("be", "ad")
      .flow("ad", "bs");
  CHECK(builder.fit().fits);
}

TEST_CASE("A status the citizen sees that the model never sets does not fit",
          "[zac][fit][misfit]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("ac", "adviseren", "commissie", "Hoorzitting adviescommissie")
      .flow("be", "ac");
  const auto fit = builder.fit();
  CHECK(reasons_of(fit) == std::set<MisfitReason>{MisfitReason::status_never_set});
  CHECK(fit.misfits[0].block_id == "blok-ac");
}

// [SECTION] [TEXT]

TEST_CASE("Each misfit is one sentence naming the block by its label, never its id",
          "[zac][fit][text]") {
  ProcessBuilder builder;
  builder.intake_and_handling()
      .block("bt", "betalen", "standaard", "Leges voor de vergunning")
      .block("m", "besluiten", "mandaat", "Voorlopig besluit")
      .block("c", "besluiten", "college", "Besluit college")
      .block("ac", "adviseren", "commissie", "Hoorzitting")
      .flow("be", "bt")
      .flow("bt", "m", FlowKind::sequence, "na 2 weken")
      .flow("m", "c")
      .flow("c", "ac", FlowKind::conditional, "bezwaar")
      .flow("c", "ai", FlowKind::rework, "opnieuw opvragen");
  const auto fit = builder.fit();
  REQUIRE(fit.misfits.size() >= 5);
  for (const Language language : {Language::dutch, Language::english}) {
    for (const auto& misfit : fit.misfits) {
      const std::string text = describe(misfit, builder.process, test::library(), language);
      INFO(text);
      CHECK_FALSE(text.empty());
      CHECK(text.back() == '.');
      CHECK(text.find("blok-") == std::string::npos);
      CHECK(text.find("stroom-") == std::string::npos);
      CHECK(text.find('\n') == std::string::npos);
      // The block it is about, by its label.
      CHECK(text.find(builder.process.find_block(misfit.block_id)->label) != std::string::npos);
      // No place ids either.
      CHECK_FALSE(std::regex_search(text, std::regex("[A-Z]+_[A-Z]+")));
    }
  }
  const std::string nl = reason(fit, builder.process, test::library(), Language::dutch);
  const std::string en = reason(fit, builder.process, test::library(), Language::english);
  CHECK(nl == "Leges voor de vergunning (Betalen) heeft geen plaats in het generieke model.");
  CHECK(en == "Leges voor de vergunning (Pay) has no place in the generic model.");
}

// [SECTION] [VOLUME]

TEST_CASE("fit_workshop counts fitting processes and their yearly volume", "[zac][fit]") {
  Workshop workshop;
  ProcessBuilder fits("past");
  fits.intake_and_handling();
  ProcessBuilder misfits("past-niet");
  misfits.intake_and_handling().block("bt", "betalen", "standaard", "Leges").flow("be", "bt");
  workshop.processes = {fits.process, misfits.process};
  workshop.inventory = {{"Product A", "Afdeling", 120, "", "past", true},
                        {"Product B", "Afdeling", 30, "", "past", false},
                        {"Product C", "Afdeling", 50, "", "past-niet", true},
                        {"Maatwerk", "Afdeling", 1000, "", "", false},
                        {"Weg", "Afdeling", 7, "", "bestaat-niet", false}};
  const auto fit = fit_workshop(workshop, test::library(), model());
  REQUIRE(fit.processes.size() == 2);
  CHECK(fit.processes[0].process_id == "past");
  CHECK(fit.processes[0].fits);
  CHECK_FALSE(fit.processes[1].fits);
  CHECK(fit.fitting == 1);
  CHECK(fit.volume_fitting == 150);
  CHECK(fit.volume_total == 200);

  workshop.inventory.clear();
  const auto without = fit_workshop(workshop, test::library(), model());
  CHECK(without.volume_fitting == 0);
  CHECK(without.volume_total == 0);
}

// [SECTION] [SIZE]

TEST_CASE("A process of thousands of blocks fits in one pass", "[zac][fit][size]") {
  const Process process = test::generated_process("lang", 3000, 3, "afdeling");
  const auto fit = fit_process(process, test::library(), model());
  std::size_t unmapped = 0;
  std::size_t deciding = 0;
  for (const auto& block : process.blocks) {
    const BlockMapping* row = model().mapping_for(block.kind, block.variant);
    if (row == nullptr) ++unmapped;
    if (row != nullptr && row->places.back() == "ZAAK_AFHANDELEN") ++deciding;
  }
  REQUIRE(deciding > 2);
  std::map<MisfitReason, std::size_t> counts;
  for (const auto& misfit : fit.misfits) ++counts[misfit.reason];
  CHECK(counts[MisfitReason::unmapped_block] == unmapped);
  // In one chain every decision after the first follows another one.
  CHECK(counts[MisfitReason::enforced_order] == deciding - 1);
  CHECK(counts[MisfitReason::parallel_steps] == 0);
  CHECK(fit.placements.size() == process.blocks.size());
}

// [SECTION] [DEMO]

struct DocRow {
  bool fits = false;
  std::string reason;
};

// docs/zac.md's demo table: "| `process-id` | ja | |" or "| `id` | nee | reason |".
std::map<std::string, DocRow> documented_demo_table() {
  const std::string doc = test::read_file(test::source_path("docs/zac.md"));
  const auto start = doc.find("<!-- demo-fit-table -->");
  const auto end = doc.find("<!-- /demo-fit-table -->");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string table = doc.substr(start, end - start);
  const std::regex row(R"(\n\| `([a-z0-9-]+)` \| (ja|nee) \| ([^|\n]*?) *\|)");
  std::map<std::string, DocRow> rows;
  for (auto it = std::sregex_iterator(table.begin(), table.end(), row);
       it != std::sregex_iterator(); ++it) {
    rows[(*it)[1]] = {(*it)[2] == "ja", (*it)[3]};
  }
  return rows;
}

TEST_CASE("The demo's fit table is stable and docs/zac.md says the same", "[zac][fit][demo]") {
  const auto loaded = load_workshop(test::demo_workshop_path());
  const Workshop& workshop = loaded.workshop;
  const auto fit = fit_workshop(workshop, test::library(), model());
  std::set<std::string> fitting;
  for (const auto& process_fit : fit.processes) {
    if (process_fit.fits) fitting.insert(process_fit.process_id);
  }
  CHECK(fitting == std::set<std::string>{"publieksreactie"});
  CHECK(fit.fitting == fitting.size());

  const auto documented = documented_demo_table();
  CHECK(documented.size() == workshop.processes.size());
  for (std::size_t i = 0; i < workshop.processes.size(); ++i) {
    const Process& process = workshop.processes[i];
    INFO(process.id);
    const auto row = documented.find(process.id);
    REQUIRE(row != documented.end());
    CHECK(row->second.fits == fit.processes[i].fits);
    CHECK(row->second.reason == reason(fit.processes[i], process, test::library(), Language::dutch));
  }

  // The volume is the inventory's, summed over the products mapped onto a process.
  long long total = 0;
  long long fitting_volume = 0;
  for (const auto& product : workshop.inventory) {
    if (product.process.empty()) continue;
    total += product.volume_per_year;
    if (fitting.count(product.process) != 0) fitting_volume += product.volume_per_year;
  }
  CHECK(fit.volume_total == total);
  CHECK(fit.volume_fitting == fitting_volume);
  CHECK(fit.volume_fitting > 0);
}

}  // namespace
}  // namespace blokjes::zac
