// blokjes_engine_crash_child: a writer process for the crash and two-writer
// tests. It reports each change only after the engine committed it, one line
// on stdout flushed at once, so whatever the parent reads was durable before
// the child could be killed.
//
//   --db DB --mode crash            create zaken and walk them to closure until killed
//   --db DB --mode create --zaken N create N zaken, print "created <identificatie>"
//   --db DB --mode walk --zaken A,B [--start-at-ms T] [--statuses F-L] [--details no]
//                                   walk the given zaken: rollen and resultaat (unless
//                                   --details no), then statuses F..L (default 1-6);
//                                   refusals are counted, not fatal
//
// Output: "committed <identificatie> <step>" per committed change, where step
// is create, status-N (N the volgnummer), rol-initiator, rol-behandelaar or
// resultaat; walk mode ends with "refused <code> <count>" lines and "done".
//
// [SECTION] The zaaktype
// [SECTION] Arguments
// [SECTION] The modes
// [SECTION] main

#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "crash_child_zaaktype.h"
#include "engine/engine.h"

using namespace blokjes::engine;

namespace {

// [SECTION] The zaaktype
// In crash_child_zaaktype.h, shared with the tests that check the database.

void report(const std::string& zaak, const std::string& step) {
  std::printf("committed %s %s\n", zaak.c_str(), step.c_str());
  std::fflush(stdout);
}

// [SECTION] Arguments
struct Arguments {
  std::string db;
  std::string mode = "crash";
  std::string zaken;  // create: a count; walk: identificaties, comma separated
  long long start_at_ms = 0;  // CLOCK_REALTIME; walk mode waits for it
  int first_status = 1;        // walk mode: the volgnummers to set
  int last_status = crash_child::kStatustypen;
  bool details = true;         // walk mode: rollen and resultaat first
};

Arguments parse_arguments(int argc, char** argv) {
  Arguments arguments;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) throw std::runtime_error("crash child: " + flag + " needs a value");
    const std::string value = argv[++i];
    if (flag == "--db") {
      arguments.db = value;
    } else if (flag == "--mode") {
      arguments.mode = value;
    } else if (flag == "--zaken") {
      arguments.zaken = value;
    } else if (flag == "--start-at-ms") {
      arguments.start_at_ms = std::stoll(value);
    } else if (flag == "--statuses") {
      const auto dash = value.find('-');
      if (dash == std::string::npos) throw std::runtime_error("crash child: --statuses takes F-L, got " + value);
      arguments.first_status = std::stoi(value.substr(0, dash));
      arguments.last_status = std::stoi(value.substr(dash + 1));
    } else if (flag == "--details") {
      arguments.details = value != "no";
    } else {
      throw std::runtime_error("crash child: unknown argument " + flag +
                               " (expected --db, --mode, --zaken, --start-at-ms, --statuses, --details)");
    }
  }
  if (arguments.db.empty()) throw std::runtime_error("crash child: --db DB is required");
  return arguments;
}

// [SECTION] The modes
void deploy_if_needed(Engine& engine, const Actor& actor) {
  for (const auto& info : engine.zaaktypen()) {
    if (info.identificatie == crash_child::kZaaktype) return;
  }
  engine.deploy({crash_child::zaaktype()}, DeployOptions{}, actor);
}

void run_crash(Engine& engine, const Actor& actor) {
  const auto definition = crash_child::zaaktype();
  CreateZaak request;
  request.zaaktype = crash_child::kZaaktype;
  for (;;) {
    const auto zaak = engine.create(request, actor).identificatie;
    report(zaak, "create");
    for (std::size_t s = 0; s + 1 < definition.statustypen.size(); ++s) {
      engine.set_status(zaak, definition.statustypen[s].uuid, std::nullopt, actor);
      report(zaak, "status-" + std::to_string(definition.statustypen[s].volgnummer));
    }
    engine.add_rol(zaak, crash_child::kInitiator, "burger-" + zaak, actor);
    report(zaak, "rol-initiator");
    engine.set_resultaat(zaak, crash_child::kResultaat, actor);
    report(zaak, "resultaat");
    const auto& eind = definition.statustypen.back();
    engine.set_status(zaak, eind.uuid, std::nullopt, actor);
    report(zaak, "status-" + std::to_string(eind.volgnummer));
  }
}

void run_create(Engine& engine, const Actor& actor, int count) {
  CreateZaak request;
  request.zaaktype = crash_child::kZaaktype;
  for (int i = 0; i < count; ++i) {
    std::printf("created %s\n", engine.create(request, actor).identificatie.c_str());
  }
  std::fflush(stdout);
}

void wait_until(long long realtime_ms) {
  for (;;) {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const long long ms = static_cast<long long>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    if (ms >= realtime_ms) return;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

// Both writers run this on the same zaken at the same moment: each change is
// tried, and a refusal (the other writer was first) is counted by its code.
int run_walk(Engine& engine, const Actor& actor, const std::vector<std::string>& zaken,
             const Arguments& arguments) {
  const auto definition = crash_child::zaaktype();
  std::map<std::string, int> refused;
  const auto attempt = [&](const std::string& zaak, const std::string& step, auto&& change) {
    try {
      change();
      report(zaak, step);
    } catch (const EngineError& error) {
      ++refused[std::string(error.code_id())];
    }
  };
  for (const auto& zaak : zaken) {
    if (arguments.details) {
      attempt(zaak, "rol-initiator",
              [&] { engine.add_rol(zaak, crash_child::kInitiator, "burger-" + zaak, actor); });
      attempt(zaak, "rol-behandelaar",
              [&] { engine.add_rol(zaak, crash_child::kBehandelaar, actor.user, actor); });
      attempt(zaak, "resultaat",
              [&] { engine.set_resultaat(zaak, crash_child::kResultaat, actor); });
    }
    for (const auto& statustype : definition.statustypen) {
      if (statustype.volgnummer < arguments.first_status || statustype.volgnummer > arguments.last_status) {
        continue;
      }
      attempt(zaak, "status-" + std::to_string(statustype.volgnummer),
              [&] { engine.set_status(zaak, statustype.uuid, std::nullopt, actor); });
    }
  }
  for (const auto& [code, count] : refused) std::printf("refused %s %d\n", code.c_str(), count);
  std::printf("done\n");
  std::fflush(stdout);
  return 0;
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

}  // namespace

// [SECTION] main
int main(int argc, char** argv) {
  try {
    const auto arguments = parse_arguments(argc, argv);
    auto store = open_store(arguments.db);
    SystemClock clock;
    Engine engine(*store, clock);
    const Actor actor{"writer-" + std::to_string(::getpid()), Vertrouwelijkheid::zeer_geheim};
    if (arguments.mode == "crash") {
      deploy_if_needed(engine, actor);
      run_crash(engine, actor);
    } else if (arguments.mode == "create") {
      deploy_if_needed(engine, actor);
      run_create(engine, actor, std::stoi(arguments.zaken));
    } else if (arguments.mode == "walk") {
      if (arguments.start_at_ms > 0) wait_until(arguments.start_at_ms);
      return run_walk(engine, actor, split_commas(arguments.zaken), arguments);
    } else {
      throw std::runtime_error("crash child: unknown --mode " + arguments.mode +
                               " (expected crash, create or walk)");
    }
    return 0;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "blokjes_engine_crash_child: %s\n", error.what());
    return 1;
  }
}
