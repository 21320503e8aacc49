#pragma once
// The export dialog (File > Exporteren..., Ctrl+E): which processes, which
// validation profile, which format and where to. It lists prepare_export's
// findings for that choice, writes nothing with errors unless the user asks
// for a concept, and asks before replacing a file. A window rather than a
// modal, so a clicked finding's block can be seen selected on the canvas.
//
// The formats made from the workshop itself (BPMN, pictures, the handout,
// printable blocks) are in the same list: they are not validated, pictures
// have a view to choose, and they are written on a thread of their own
// (the PDF's chromium takes seconds) from a copy of the workshop, so the
// window keeps drawing and an edit meanwhile does not change what is written.

#include <future>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diagnostic_list.h"
#include "exporters/workshop_exporter.h"
#include "validation_cache.h"

namespace blokjes::app {

class ExportDialog {
 public:
  ExportDialog(const Document& document, const BlockLibrary& library, const Translations& tr,
               SelectielijstSource& selectielijst)
      : document_(document),
        library_(library),
        tr_(tr),
        selectielijst_(selectielijst),
        findings_(tr) {}

  // Opens with `current_process` ticked and a path suggested beside the workshop file.
  void open(const std::string& current_process);
  bool is_open() const { return open_; }
  // Draws the window when open; returns the finding the user clicked, once.
  std::optional<Diagnostic> draw();
  // Another workshop was opened: forget its processes and findings.
  void reset();

  // The choices, for tests and --screenshot; the window sets them otherwise.
  void set_profile(ValidationProfile profile) { profile_ = profile; }
  void set_format(const std::string& format) { format_ = format; }
  // The picture an svg, png or pdf export draws; unset: the format's default
  // (the canvas; for pdf the handout).
  void set_subject(std::optional<PictureSubject> subject) { subject_ = subject; }
  std::optional<PictureSubject> subject() const { return subject_; }
  void set_path(const std::string& path) {
    path_ = path;
    path_edited_ = true;
  }
  void set_processes(const std::set<std::string>& process_ids) { ticked_ = process_ids; }
  void tick_all();
  ValidationProfile profile() const { return profile_; }
  const std::string& format() const { return format_; }
  const std::string& path() const { return path_; }
  // The ticked processes, in the workshop's order.
  std::vector<std::string> processes() const;
  // The findings for the current choice; null without processes or a Selectielijst.
  const PreparedExport* prepared();

  // True for the formats made from the workshop rather than from zaaktypen.
  bool workshop_format() const;
  // Why the current choice cannot be exported (a workshop format's picture
  // needs other processes); empty when it can.
  std::string problem() const;
  // A workshop format's export is being written.
  bool exporting() const { return job_.valid(); }

  struct Outcome {
    std::vector<std::string> written;
    std::vector<std::string> warnings;  // what the format could not carry
    std::string error;
    bool as_concept = false;  // written although it did not validate
  };
  const std::optional<Outcome>& outcome() const { return outcome_; }
  // Where controls were drawn last frame ("all", "none", "format", "force", "export",
  // "close", "overwrite", "cancel_overwrite"), and the findings' rows, for tests.
  std::optional<ScreenRect> control(const std::string& name) const;
  const DiagnosticList& findings() const { return findings_; }

 private:
  std::string suggested_path() const;
  void draw_processes();
  void draw_choices();
  std::optional<Diagnostic> draw_findings(const PreparedExport* prepared, float height);
  void draw_actions(const PreparedExport* prepared);
  void draw_overwrite_prompt(const PreparedExport* prepared);
  void draw_outcome() const;
  void draw_subject_combo();
  void draw_workshop_format_notes();
  void export_now(const PreparedExport* prepared, bool overwrite);
  void write(const PreparedExport& prepared, bool overwrite);
  void start_workshop_export(bool overwrite);
  void collect_workshop_export();
  void remember(const std::string& name);

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  SelectielijstSource& selectielijst_;
  ValidationCache cache_;
  DiagnosticList findings_;
  std::set<std::string> ticked_;
  ValidationProfile profile_ = ValidationProfile::openzaak;
  std::string format_ = "openzaak-zip";
  std::optional<PictureSubject> subject_;
  bool with_bpmn_ = false;  // zac: the processes that do not fit as BPMN
  std::string path_;
  bool path_edited_ = false;  // until then the path follows the format and processes
  bool force_ = false;
  bool open_ = false;
  bool bring_to_front_ = false;
  bool overwrite_requested_ = false;
  std::optional<Outcome> outcome_;
  // The workshop export being written: an outcome, or the exporter's
  // OutputExistsError as "ask before overwriting".
  struct JobResult {
    Outcome outcome;
    bool exists = false;
  };
  std::future<JobResult> job_;
  std::map<std::string, ScreenRect> controls_;
};

}  // namespace blokjes::app
