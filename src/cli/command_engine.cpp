// blokjes engine: zaken on deployed zaaktypen from the command line
// (src/engine). Every command takes --json; exit 0 on success, 1 when a rule
// of the engine refuses (its code and message on stderr), 2 on bad usage or
// input (a date that does not parse, a file that cannot be read, a database
// that cannot be opened).
//
// [SECTION] Options      what every command shares, and each command's own
// [SECTION] Input        dates, the export or workshop a deploy reads
// [SECTION] Output       one line for a person, or the JSON
// [SECTION] Commands     one function per command
// [SECTION] Registration the subcommands and their help

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "catalogi/export_pipeline.h"
#include "cli_commands.h"
#include "core/asset_paths.h"
#include "core/load_error.h"
#include "core/terminal_text.h"
#include "engine/demo_zaken.h"
#include "engine/engine.h"
#include "engine/zaak_json.h"
#include "exporters/eventlog/csv_writer.h"
#include "exporters/eventlog/xes_writer.h"
#include "exporters/zgw/zgw_reader.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

using namespace blokjes::engine;

// [SECTION] Options
struct EngineCommandOptions {
  std::string db = "./zaken.db";
  std::string user;
  std::string clearance = "zeer_geheim";
  std::string lang;
  bool json = false;

  // The arguments of the command that runs; each command reads its own.
  std::string zaak;
  std::string type;  // zaaktype, statustype, roltype, ... as the command names it
  std::string text;  // naam, titel, reden, duur
  std::string value; // waarde, reden after duur
  std::string path;
  std::vector<std::string> processes;
  bool all = false;
  bool strict = false;
  bool allow_concept = false;
  std::string datum;
  std::string startdatum;
  std::string hoofdzaak;
  std::string vertrouwelijkheidaanduiding;
  std::string betrokkene;
  std::string toelichting;
  std::string ingangsdatum;
  std::string vervaldatum;
  std::string status;
  std::string department;
  std::string zaaktype;
  bool overdue = false;
  bool open_only = false;
  std::string as_of;
  std::string output;
  int zaken = 400;
  std::uint32_t seed = 2026;
  bool force = false;
};

// Bad input: a value that does not parse, a file that cannot be read. Exit 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Dutch unless asked otherwise: the UI speaks Dutch first.
std::string language(const EngineCommandOptions& options) {
  if (!options.lang.empty()) return options.lang;
  const char* lang = std::getenv("LANG");
  if (lang != nullptr && std::string_view(lang).starts_with("en")) return "en";
  return "nl";
}

Actor actor_of(const EngineCommandOptions& options) {
  Actor actor;
  if (!options.user.empty()) {
    actor.user = options.user;
  } else if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') {
    actor.user = user;
  }
  const auto clearance = vertrouwelijkheid_from_string(options.clearance);
  if (!clearance) {
    throw UsageError("--clearance: \"" + options.clearance +
                     "\" is not a vertrouwelijkheidaanduiding (openbaar, beperkt_openbaar, "
                     "intern, zaakvertrouwelijk, vertrouwelijk, confidentieel, geheim, "
                     "zeer_geheim)");
  }
  actor.clearance = *clearance;
  return actor;
}

// [SECTION] Input
CalendarDate date_argument(const std::string& option, const std::string& text) {
  const auto date = parse_calendar_date(text);
  if (!date) throw UsageError(option + ": \"" + text + "\" is not a date (expected YYYY-MM-DD)");
  return *date;
}

std::optional<CalendarDate> optional_date(const std::string& option, const std::string& text) {
  if (text.empty()) return std::nullopt;
  return date_argument(option, text);
}

std::string read_prefix(const std::string& path, std::size_t bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError(path + ": cannot be read");
  std::string prefix(bytes, '\0');
  in.read(prefix.data(), static_cast<std::streamsize>(bytes));
  prefix.resize(static_cast<std::size_t>(in.gcount()));
  return prefix;
}

// A workshop file names its format; a zgw-json document does not.
bool is_workshop_file(const std::string& path) {
  if (read_prefix(path, 4).starts_with("PK")) return false;  // a ZIP
  std::ifstream in(path, std::ios::binary);
  const auto json = nlohmann::json::parse(in, nullptr, false);
  return json.is_object() && json.value("format", "") == kWorkshopFormat;
}

std::vector<ZaaktypeDefinition> definitions_from_export_file(const std::string& path) {
  std::vector<std::string> warnings;
  try {
    auto definitions = definitions_from_objects(read_catalogi_objects_file(path, warnings));
    for (const auto& warning : warnings) std::cerr << path << ": warning: " << warning << '\n';
    return definitions;
  } catch (const LoadError& error) {
    throw UsageError(error.what());
  } catch (const std::runtime_error& error) {
    // definitions_from_objects names the object that lacks a field.
    throw UsageError(path + ": " + error.what());
  }
}

// The zaaktypen a deploy reads: a ZIP, a zgw-json document or a directory of
// them (what `blokjes export --format zgw-json` writes for several
// zaaktypen), or a workshop through the export pipeline.
struct DeployInput {
  std::vector<ZaaktypeDefinition> definitions;
  int refused = 0;  // findings with errors: exit 1
};

DeployInput read_deploy_input(const EngineCommandOptions& options) {
  namespace fs = std::filesystem;
  DeployInput input;
  std::error_code error;
  if (fs::is_directory(options.path, error)) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(options.path)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) throw UsageError(options.path + ": a directory without *.json documents");
    for (const auto& file : files) {
      for (auto& definition : definitions_from_export_file(file)) {
        input.definitions.push_back(std::move(definition));
      }
    }
  } else if (!fs::is_regular_file(options.path, error)) {
    throw UsageError(options.path + ": no such file or directory");
  } else if (is_workshop_file(options.path)) {
    const auto loaded = load_workshop_or_report(options.path, std::cerr);
    if (!loaded) throw UsageError(options.path + ": not a usable workshop (see above)");
    if (options.processes.empty() && !options.all) {
      throw UsageError("deploy: a workshop holds several processes; choose --process ID or --all");
    }
    for (const auto& id : options.processes) {
      if (loaded->workshop.find_process(id) == nullptr) {
        throw UsageError(options.path + " has no process \"" + id + "\" (see blokjes show " +
                         options.path + ")");
      }
    }
    ExportRequest request;
    request.process_ids = options.processes;
    request.profile = ValidationProfile::openzaak;
    const auto prepared = prepare_export(loaded->workshop, load_default_library(),
                                         load_default_selectielijst(), request);
    for (const auto& diagnostic : prepared.diagnostics) {
      if (diagnostic.severity != Severity::error) continue;
      std::cerr << format_diagnostic(options.path, loaded->source.get(), diagnostic) << '\n';
      ++input.refused;
    }
    if (input.refused > 0) return input;
    input.definitions = definitions_from_export(prepared.objects, loaded->workshop);
    return input;
  } else {
    input.definitions = definitions_from_export_file(options.path);
  }
  // --process on an export picks zaaktypen by identificatie.
  if (!options.processes.empty()) {
    std::erase_if(input.definitions, [&](const ZaaktypeDefinition& definition) {
      return std::find(options.processes.begin(), options.processes.end(),
                       definition.identificatie) == options.processes.end();
    });
    if (input.definitions.empty()) {
      throw UsageError(options.path + ": no zaaktype with the identificatie given by --process");
    }
  }
  return input;
}

// [SECTION] Output
void print_json(const ZaakJson& json) {
  std::cout << json.dump(2) << '\n';
}

// Names and ids in the text output come from workshops and the database:
// escaped one field at a time (core/terminal_text.h), so a \n in one cannot
// forge a line either.
std::string or_dash(const std::string& text) {
  return text.empty() ? "-" : terminal_safe(text);
}

std::string or_dash(const std::optional<CalendarDate>& date) {
  return date ? date->iso() : "-";
}

// After a change: the zaak as JSON, or one line a person reads at a glance.
int print_zaak(const EngineCommandOptions& options, const ZaakView& zaak) {
  if (options.json) {
    print_json(to_json(zaak));
    return kExitOk;
  }
  std::cout << terminal_safe(zaak.identificatie) << ": " << terminal_safe(zaak.zaaktype) << ", status " << or_dash(zaak.status)
            << (zaak.closed() ? ", afgesloten " + zaak.einddatum->iso() : ", open")
            << (zaak.opgeschort ? ", opgeschort" : "") << '\n';
  if (!zaak.statussen.empty() && zaak.statussen.back().deviation) {
    std::cout << "  afwijking van het proces: " << or_dash(zaak.deviations.empty()
                                                              ? std::string()
                                                              : zaak.deviations.back().from_statustype)
              << " -> " << terminal_safe(zaak.status) << '\n';
  }
  if (zaak.archiefactiedatum) {
    std::cout << "  archiefnominatie " << terminal_safe(zaak.archiefnominatie) << ", archiefactiedatum "
              << zaak.archiefactiedatum->iso() << '\n';
  }
  return kExitOk;
}

void print_counts(const char* title, const std::vector<WerkvoorraadCount>& counts) {
  std::cout << title << '\n';
  for (const auto& count : counts) {
    std::cout << "  " << terminal_safe(count.key) << ": " << count.open << " open, " << count.warning
              << " streefdatum verstreken, " << count.overdue << " te laat, " << count.binnenkort
              << " binnenkort, " << count.opgeschort << " opgeschort\n";
  }
}

// [SECTION] Commands
struct Session {
  std::unique_ptr<Store> store;
  SystemClock clock;
  std::unique_ptr<Engine> engine;
  Actor actor;
};

std::unique_ptr<Session> open_session(const EngineCommandOptions& options) {
  auto session = std::make_unique<Session>();
  session->actor = actor_of(options);
  session->store = open_store(options.db);
  session->engine = std::make_unique<Engine>(*session->store, session->clock);
  return session;
}

int run_deploy(const EngineCommandOptions& options) {
  const auto input = read_deploy_input(options);
  if (input.refused > 0) {
    std::cerr << "blokjes engine deploy: " << input.refused
              << (input.refused == 1 ? " error" : " errors")
              << " under profile openzaak; nothing deployed\n";
    return kExitFindings;
  }
  auto session = open_session(options);
  DeployOptions deploy;
  deploy.strict = options.strict;
  deploy.allow_concept = options.allow_concept;
  const auto result = session->engine->deploy(input.definitions, deploy, session->actor);
  if (options.json) {
    print_json(to_json(result));
    return kExitOk;
  }
  for (const auto& item : result.deployed) {
    std::cout << terminal_safe(item.identificatie) << " versie " << item.version
              << (item.unchanged ? " (ongewijzigd)" : "") << (options.strict ? " strict" : "")
              << '\n';
  }
  return kExitOk;
}

int run_create(const EngineCommandOptions& options) {
  CreateZaak request;
  request.zaaktype = options.type;
  request.startdatum = optional_date("--startdatum", options.startdatum);
  request.hoofdzaak = options.hoofdzaak;
  if (!options.vertrouwelijkheidaanduiding.empty()) {
    request.vertrouwelijkheidaanduiding = options.vertrouwelijkheidaanduiding;
  }
  auto session = open_session(options);
  const auto zaak = session->engine->create(request, session->actor);
  if (options.json) {
    print_json(to_json(zaak));
  } else {
    std::cout << terminal_safe(zaak.identificatie) << '\n';
  }
  return kExitOk;
}

int run_status(const EngineCommandOptions& options) {
  std::optional<Timestamp> datum;
  if (!options.datum.empty()) {
    datum = parse_timestamp(options.datum);
    if (!datum) {
      throw UsageError("--datum: \"" + options.datum +
                       "\" is not a date or moment (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)");
    }
  }
  auto session = open_session(options);
  return print_zaak(options, session->engine->set_status(options.zaak, options.type, datum,
                                                         session->actor, options.toelichting));
}

int run_list(const EngineCommandOptions& options) {
  ZaakQuery query;
  query.status = options.status;
  query.department = options.department;
  query.zaaktype = options.zaaktype;
  query.overdue = options.overdue;
  query.open_only = options.open_only;
  query.as_of = optional_date("--as-of", options.as_of);
  auto session = open_session(options);
  const auto zaken = session->engine->list(query);
  if (options.json) {
    print_json(to_json(zaken));
    return kExitOk;
  }
  for (const auto& zaak : zaken) {
    std::cout << terminal_safe(zaak.identificatie) << "  " << terminal_safe(zaak.zaaktype) << "  " << or_dash(zaak.status)
              << "  " << or_dash(zaak.department) << "  start " << zaak.startdatum.iso()
              << "  streef " << or_dash(zaak.einddatum_gepland) << "  fataal "
              << or_dash(zaak.uiterlijke_einddatum_afdoening)
              << (zaak.einddatum ? "  afgesloten " + zaak.einddatum->iso() : "")
              << (zaak.overdue ? "  TE LAAT" : zaak.streefdatum_passed ? "  streefdatum verstreken" : "")
              << (zaak.binnenkort ? "  binnenkort" : "") << (zaak.opgeschort ? "  opgeschort" : "")
              << '\n';
  }
  std::cerr << zaken.size() << (zaken.size() == 1 ? " zaak\n" : " zaken\n");
  return kExitOk;
}

int run_werkvoorraad(const EngineCommandOptions& options) {
  auto session = open_session(options);
  const auto werkvoorraad =
      session->engine->werkvoorraad(optional_date("--as-of", options.as_of));
  if (options.json) {
    print_json(to_json(werkvoorraad));
    return kExitOk;
  }
  std::cout << "Werkvoorraad op " << werkvoorraad.as_of.iso() << ": " << werkvoorraad.open
            << " open, " << werkvoorraad.closed << " afgesloten\n";
  print_counts("Per status", werkvoorraad.per_status);
  print_counts("Per afdeling", werkvoorraad.per_department);
  print_counts("Per zaaktype", werkvoorraad.per_zaaktype);
  if (!werkvoorraad.deviations_per_step.empty()) {
    std::cout << "Afwijkingen per stap\n";
    for (const auto& count : werkvoorraad.deviations_per_step) {
      std::cout << "  " << terminal_safe(count.zaaktype) << " " << terminal_safe(count.step) << ": " << count.count << '\n';
    }
  }
  return kExitOk;
}

int run_audit(const EngineCommandOptions& options) {
  auto session = open_session(options);
  const auto entries = session->engine->audit(options.zaak, session->actor);
  if (options.json) {
    print_json(to_json(entries));
    return kExitOk;
  }
  for (const auto& entry : entries) {
    std::cout << entry.at.iso() << "  " << terminal_safe(entry.user) << "  " << terminal_safe(entry.action) << "  "
              << or_dash(entry.old_value) << " -> " << or_dash(entry.new_value) << '\n';
  }
  return kExitOk;
}

int run_eventlog(const EngineCommandOptions& options) {
  const auto extension = std::filesystem::path(options.output).extension().string();
  if (extension != ".xes" && extension != ".csv") {
    throw UsageError("-o: \"" + options.output + "\" must end in .xes or .csv");
  }
  auto session = open_session(options);
  const auto events = session->engine->event_log(options.zaaktype);
  if (extension == ".xes") {
    eventlog::write_xes(events, options.output);
  } else {
    eventlog::write_csv(events, options.output);
  }
  std::size_t zaken = 0;
  {
    std::vector<std::string> seen;
    for (const auto& event : events) seen.push_back(event.zaak);
    std::sort(seen.begin(), seen.end());
    zaken = static_cast<std::size_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
  }
  if (options.json) {
    print_json({{"file", options.output}, {"events", events.size()}, {"zaken", zaken}});
  } else {
    std::cout << events.size() << " events of " << zaken << " zaken to " << options.output << '\n';
  }
  return kExitOk;
}

int run_demo(const EngineCommandOptions& options) {
  if (options.zaken < 1) throw UsageError("--zaken: give a number of zaken of at least 1");
  const auto actor = actor_of(options);
  (void)actor;
  auto store = open_store(options.db);
  FixedClock clock(SystemClock().now());
  // The demo reads back what it needs itself; the changes need not return
  // the whole zaak, which spares their queries over a year of zaken.
  EngineOptions engine_options;
  engine_options.full_results = false;
  Engine engine(*store, clock, engine_options);
  if (!engine.list(ZaakQuery{}).empty() && !options.force) {
    std::cerr << "demo-db-not-empty: "
              << (language(options) == "en"
                      ? options.db + " already holds zaken; --force adds the demo zaken anyway"
                      : options.db + " bevat al zaken; met --force komen de demozaken erbij")
              << '\n';
    return kExitFindings;
  }
  const std::string workshop_path = find_demo_workshop();
  const auto loaded = load_workshop_or_report(workshop_path, std::cerr);
  if (!loaded) return kExitUnusable;
  DemoOptions demo;
  demo.zaken = options.zaken;
  demo.seed = options.seed;
  const auto summary = fill_demo_zaken(engine, clock, loaded->workshop, load_default_library(),
                                       load_default_selectielijst(), demo);
  if (options.json) {
    print_json({{"zaaktypen", summary.zaaktypen},
                {"zaken", summary.zaken},
                {"open", summary.open},
                {"closed", summary.closed},
                {"suspended", summary.suspended},
                {"deviations", summary.deviations}});
  } else {
    std::cout << summary.zaken << " zaken op " << summary.zaaktypen << " zaaktypen in "
              << options.db << ": " << summary.open << " open (" << summary.suspended
              << " opgeschort), " << summary.closed << " afgesloten, " << summary.deviations
              << " afwijkingen\n";
  }
  return kExitOk;
}

// Runs a command, turning what went wrong into the exit code and stderr.
int guarded(const EngineCommandOptions& options, const std::function<int()>& command) {
  try {
    return command();
  } catch (const EngineError& error) {
    std::cerr << error.code_id() << ": " << error.message(language(options)) << '\n';
    // A value that does not parse is bad input, not a refused rule.
    return error.code() == ErrorCode::invalid_value ? kExitUnusable : kExitFindings;
  } catch (const UsageError& error) {
    std::cerr << "blokjes engine: " << error.what() << '\n';
    return kExitUnusable;
  } catch (const StoreError& error) {
    std::cerr << "blokjes engine: " << options.db << ": " << error.what() << '\n';
    return kExitUnusable;
  } catch (const LoadError& error) {
    std::cerr << error.what() << '\n';
    return kExitUnusable;
  }
}

// [SECTION] Registration
struct Registered {
  CLI::App* app;
  std::function<int()> run;
};

}  // namespace

Subcommand add_engine_command(CLI::App& root) {
  auto options = std::make_shared<EngineCommandOptions>();
  auto& o = *options;
  CLI::App* engine = root.add_subcommand(
      "engine",
      "Run zaken on deployed zaaktypen (the case engine, Zaken API 1.5.1 as Open Zaak does it).\n"
      "Exit 0 on success, 1 when a rule refuses (\"<code>: <message>\" on stderr),\n"
      "2 on bad usage or input.\n"
      "--clearance defaults to zeer_geheim: the database is a local file, and whoever can\n"
      "open it can read every zaak in it anyway; the clearance matters where the engine\n"
      "runs for several people (PostgreSQL).");
  engine->require_subcommand(1);
  engine->add_option("--db", o.db, "SQLite file or postgresql:// URL")->capture_default_str();
  engine->add_option("--user", o.user, "Who acts (default: $USER, else blokjes)");
  engine->add_option("--clearance", o.clearance,
                     "The user's vertrouwelijkheidaanduiding, openbaar .. zeer_geheim")
      ->capture_default_str();
  engine->add_option("--lang", o.lang, "Language of refusals: nl (default) or en (also LANG=en*)")
      ->check(CLI::IsMember(std::vector<std::string>{"nl", "en"}));
  engine->add_flag("--json", o.json, "Print JSON");

  std::vector<Registered> commands;
  const auto command = [&](const char* name, const char* help, std::function<int()> run) {
    CLI::App* app = engine->add_subcommand(name, help);
    // Options of `engine` (--json, --db, ...) may also follow the command.
    app->fallthrough();
    commands.push_back({app, std::move(run)});
    return app;
  };
  const auto zaak_argument = [&](CLI::App* app) {
    app->add_option("zaak", o.zaak, "The zaak's identificatie")->required();
  };
  const auto with_session = [options](auto change) {
    return [options, change] {
      auto session = open_session(*options);
      return print_zaak(*options, change(*session->engine, session->actor));
    };
  };

  auto* deploy = command("deploy",
                         "Deploy zaaktypen from an openzaak-zip or zgw-json export (a file, or the "
                         "directory of documents),\nor straight from a workshop (through the "
                         "export pipeline, profile openzaak)",
                         [options] { return run_deploy(*options); });
  deploy->add_option("export", o.path, "ZIP, zgw-json file or directory, or workshop file")
      ->required();
  auto* process = deploy->add_option("--process", o.processes,
                                     "Process id of a workshop, or zaaktype identificatie of an "
                                     "export (repeatable)");
  auto* all = deploy->add_flag("--all", o.all, "Every process of the workshop");
  process->excludes(all);
  deploy->add_flag("--strict", o.strict, "Refuse a status the process does not lead to");
  deploy->add_flag("--allow-concept", o.allow_concept, "Deploy concept zaaktypen too");

  auto* create = command("create", "Create a zaak; prints its identificatie",
                         [options] { return run_create(*options); });
  create->add_option("zaaktype", o.type, "The zaaktype's identificatie")->required();
  create->add_option("--startdatum", o.startdatum, "YYYY-MM-DD (default: today)");
  create->add_option("--hoofdzaak", o.hoofdzaak, "Create a deelzaak of this zaak");
  create->add_option("--vertrouwelijkheidaanduiding", o.vertrouwelijkheidaanduiding,
                     "openbaar .. zeer_geheim (default: the zaaktype's)");

  auto* status = command("status", "Set a status", [options] { return run_status(*options); });
  zaak_argument(status);
  status->add_option("statustype", o.type, "omschrijving, volgnummer or uuid")->required();
  status->add_option("--datum", o.datum, "datumStatusGezet (default: now), never in the future");
  status->add_option("--toelichting", o.toelichting, "statustoelichting");

  auto* rol = command("rol", "Add a rol", with_session([options](Engine& e, const Actor& a) {
                        return e.add_rol(options->zaak, options->type, options->betrokkene, a);
                      }));
  zaak_argument(rol);
  rol->add_option("roltype", o.type, "omschrijving or uuid")->required();
  rol->add_option("--betrokkene", o.betrokkene, "Who plays the rol")->required();

  auto* eigenschap = command("eigenschap", "Set a zaakeigenschap",
                             with_session([options](Engine& e, const Actor& a) {
                               return e.set_eigenschap(options->zaak, options->text,
                                                       options->value, a);
                             }));
  zaak_argument(eigenschap);
  eigenschap->add_option("naam", o.text, "The eigenschap's naam")->required();
  eigenschap->add_option("waarde", o.value, "Its value")->required();

  auto* document = command("document", "Add a zaakinformatieobject",
                           with_session([options](Engine& e, const Actor& a) {
                             return e.add_document(options->zaak, options->type, options->text, a);
                           }));
  zaak_argument(document);
  document->add_option("informatieobjecttype", o.type, "omschrijving or uuid")->required();
  document->add_option("titel", o.text, "The document's titel")->required();

  auto* besluit = command("besluit", "Add a besluit", [options] {
    const auto ingang = optional_date("--ingangsdatum", options->ingangsdatum);
    const auto verval = optional_date("--vervaldatum", options->vervaldatum);
    auto session = open_session(*options);
    return print_zaak(*options, session->engine->add_besluit(options->zaak, options->type, ingang,
                                                             verval, session->actor));
  });
  zaak_argument(besluit);
  besluit->add_option("besluittype", o.type, "omschrijving or uuid")->required();
  besluit->add_option("--ingangsdatum", o.ingangsdatum, "YYYY-MM-DD (default: today)");
  besluit->add_option("--vervaldatum", o.vervaldatum, "YYYY-MM-DD");

  auto* resultaat = command("resultaat", "Set the resultaat",
                            with_session([options](Engine& e, const Actor& a) {
                              return e.set_resultaat(options->zaak, options->type, a);
                            }));
  zaak_argument(resultaat);
  resultaat->add_option("resultaattype", o.type, "omschrijving or uuid")->required();

  auto* brondatum = command("brondatum", "Set the brondatum by hand (ander_datumkenmerk)", [options] {
    const auto datum = date_argument("brondatum", options->datum);
    auto session = open_session(*options);
    return print_zaak(*options,
                      session->engine->set_brondatum(options->zaak, datum, session->actor));
  });
  zaak_argument(brondatum);
  brondatum->add_option("datum", o.datum, "YYYY-MM-DD")->required();

  auto* opschorten = command("opschorten", "Suspend the zaak (the clock stops)",
                             with_session([options](Engine& e, const Actor& a) {
                               return e.opschorten(options->zaak, options->text, a);
                             }));
  zaak_argument(opschorten);
  opschorten->add_option("reden", o.text, "Why")->required();

  auto* hervatten = command("hervatten", "Resume: the days suspended move the deadlines",
                            with_session([options](Engine& e, const Actor& a) {
                              return e.hervatten(options->zaak, a);
                            }));
  zaak_argument(hervatten);

  auto* verlengen = command("verlengen", "Extend the fatale datum once",
                            with_session([options](Engine& e, const Actor& a) {
                              return e.verlengen(options->zaak, options->text, options->value, a);
                            }));
  zaak_argument(verlengen);
  verlengen->add_option("duur", o.text, "ISO 8601 duration, e.g. P6W")->required();
  verlengen->add_option("reden", o.value, "Why")->required();

  auto* heropenen = command("heropenen", "Reopen a closed zaak",
                            with_session([options](Engine& e, const Actor& a) {
                              return e.heropenen(options->zaak, options->text, a);
                            }));
  zaak_argument(heropenen);
  heropenen->add_option("reden", o.text, "Why")->required();

  auto* show = command("show", "The zaak as JSON (details only with the clearance or a rol)",
                       [options] {
                         auto session = open_session(*options);
                         print_json(to_json(session->engine->show(options->zaak, session->actor)));
                         return kExitOk;
                       });
  zaak_argument(show);

  auto* list = command("list", "List zaken", [options] { return run_list(*options); });
  list->add_option("--status", o.status, "Current statustype (omschrijving)");
  list->add_option("--department", o.department, "Department of the current status");
  list->add_option("--zaaktype", o.zaaktype, "Zaaktype identificatie");
  list->add_flag("--overdue", o.overdue, "Open and past the fatale datum");
  list->add_flag("--open", o.open_only, "Open zaken only");
  list->add_option("--as-of", o.as_of, "YYYY-MM-DD (default: today)");

  auto* werkvoorraad = command("werkvoorraad", "Open zaken per status, department and zaaktype",
                               [options] { return run_werkvoorraad(*options); });
  werkvoorraad->add_option("--as-of", o.as_of, "YYYY-MM-DD (default: today)");

  auto* audit = command("audit", "The zaak's audit trail", [options] { return run_audit(*options); });
  zaak_argument(audit);

  auto* eventlog = command("eventlog", "Every status as an event log: XES (IEEE 1849-2016) or CSV",
                           [options] { return run_eventlog(*options); });
  eventlog->add_option("-o,--output", o.output, "FILE.xes or FILE.csv")->required();
  eventlog->add_option("--zaaktype", o.zaaktype, "Only this zaaktype (identificatie)");

  auto* demo = command("demo",
                       "Fill the database with a year of zaken over the demo workshop's zaaktypen",
                       [options] { return run_demo(*options); });
  demo->add_option("--zaken", o.zaken, "How many")->capture_default_str();
  demo->add_option("--seed", o.seed, "Random seed (the same seed gives the same zaken)")
      ->capture_default_str();
  demo->add_flag("--force", o.force, "Add the zaken even when the database has zaken already");

  return {engine, [options, commands] {
            for (const auto& registered : commands) {
              if (registered.app->parsed()) return guarded(*options, registered.run);
            }
            return kExitUnusable;
          }};
}

}  // namespace blokjes::cli
