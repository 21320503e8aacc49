#include "running_order.h"

// [SECTION] The order shown
// [SECTION] Checking
// [SECTION] Titles

namespace blokjes {
namespace {

bool dutch(Language language) {
  return language == Language::dutch;
}

// A process by its name, or by its id when the workshop lacks it (the check
// says so; the title still tells the facilitator which slide is meant).
std::string process_name(const Workshop& workshop, const std::string& process_id) {
  const Process* process = workshop.find_process(process_id);
  if (process == nullptr) return process_id.empty() ? std::string("?") : process_id;
  return process->name.empty() ? process->id : process->name;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] The order shown
// -----------------------------------------------------------------------------

std::vector<Slide> default_running_order(const Workshop& workshop) {
  std::vector<Slide> slides;
  for (const Process& process : workshop.processes) {
    slides.push_back({SlideKind::canvas, process.id, {}, {}});
  }
  for (const SlideKind kind : {SlideKind::matrix, SlideKind::coverage, SlideKind::generic_model,
                               SlideKind::votes}) {
    slides.push_back({kind, {}, {}, {}});
  }
  return slides;
}

std::vector<Slide> effective_running_order(const Workshop& workshop) {
  return workshop.running_order.empty() ? default_running_order(workshop)
                                        : workshop.running_order;
}

// -----------------------------------------------------------------------------
// [SECTION] Checking
// -----------------------------------------------------------------------------

bool slide_needs_process(SlideKind kind) {
  return kind == SlideKind::canvas || kind == SlideKind::citizen || kind == SlideKind::compare;
}

bool slide_needs_two_processes(SlideKind kind) {
  return kind == SlideKind::compare;
}

std::vector<SlideProblem> check_running_order(const Workshop& workshop,
                                              const std::vector<Slide>& slides) {
  std::vector<SlideProblem> problems;
  for (std::size_t i = 0; i < slides.size(); ++i) {
    const Slide& slide = slides[i];
    const auto add = [&](std::string nl, std::string en) {
      problems.push_back({i, std::move(nl), std::move(en)});
    };
    const auto check_process = [&](const std::string& id) {
      if (id.empty() || workshop.find_process(id) != nullptr) return;
      add("verwijst naar proces \"" + id + "\", dat de werkplaats niet heeft",
          "refers to process \"" + id + "\", which the workshop does not have");
    };
    if (!slide_needs_process(slide.kind)) continue;
    if (slide_needs_two_processes(slide.kind)) {
      if (slide.process.empty() || slide.other_process.empty()) {
        add("een vergelijking heeft twee processen nodig",
            "a comparison needs two processes");
      } else if (slide.process == slide.other_process) {
        add("vergelijkt proces \"" + slide.process + "\" met zichzelf",
            "compares process \"" + slide.process + "\" with itself");
      }
      check_process(slide.process);
      check_process(slide.other_process);
      continue;
    }
    if (slide.process.empty()) {
      add("noemt geen proces", "names no process");
      continue;
    }
    check_process(slide.process);
  }
  return problems;
}

// -----------------------------------------------------------------------------
// [SECTION] Titles
// -----------------------------------------------------------------------------

std::string slide_kind_name(SlideKind kind, Language language) {
  switch (kind) {
    case SlideKind::canvas: return "Canvas";
    case SlideKind::compare: return dutch(language) ? "Vergelijking" : "Comparison";
    case SlideKind::matrix: return "Matrix";
    case SlideKind::coverage: return dutch(language) ? "Dekking" : "Coverage";
    case SlideKind::citizen: return dutch(language) ? "Burger" : "Citizen";
    case SlideKind::votes: return dutch(language) ? "Stemmen" : "Votes";
    case SlideKind::generic_model: return dutch(language) ? "Generiek model" : "Generic model";
  }
  return {};
}

std::string slide_title(const Workshop& workshop, const Slide& slide, Language language) {
  if (!slide.title.empty()) return slide.title;
  switch (slide.kind) {
    case SlideKind::canvas:
      return process_name(workshop, slide.process) + " \u2014 canvas";
    case SlideKind::compare:
      return slide_kind_name(slide.kind, language) + ": " + process_name(workshop, slide.process) +
             (dutch(language) ? " en " : " and ") + process_name(workshop, slide.other_process);
    case SlideKind::citizen:
      return slide_kind_name(slide.kind, language) + ": " + process_name(workshop, slide.process);
    case SlideKind::matrix:
    case SlideKind::coverage:
    case SlideKind::votes:
    case SlideKind::generic_model:
      return slide_kind_name(slide.kind, language);
  }
  return {};
}

}  // namespace blokjes
