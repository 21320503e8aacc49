#include "export_dialog.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>
#include <imgui_stdlib.h>

#include <chrono>
#include <filesystem>

#include "colours.h"
#include "core/asset_paths.h"
#include "export_labels.h"
#include "exporters/export_paths.h"
#include "exporters/exporter.h"

// [SECTION] Opening and choices
// [SECTION] Window
// [SECTION] Writing
// [SECTION] Writing a workshop format

namespace blokjes::app {
namespace {

constexpr const char* kOverwritePopup = "##export-overwrite";

ScreenRect last_item_rect() {
  return {{ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y},
          {ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y}};
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Opening and choices
// -----------------------------------------------------------------------------

void ExportDialog::open(const std::string& current_process) {
  ticked_.clear();
  if (document_.workshop().find_process(current_process)) ticked_.insert(current_process);
  path_edited_ = false;
  force_ = false;
  outcome_.reset();
  open_ = true;
  bring_to_front_ = true;
}

void ExportDialog::reset() {
  // What is being written was copied from the old workshop: let it finish.
  if (job_.valid()) job_.wait();
  job_ = {};
  open_ = false;
  ticked_.clear();
  path_edited_ = false;
  outcome_.reset();
  cache_.invalidate();
}

void ExportDialog::tick_all() {
  for (const auto& process : document_.workshop().processes) ticked_.insert(process.id);
}

std::vector<std::string> ExportDialog::processes() const {
  std::vector<std::string> ids;
  for (const auto& process : document_.workshop().processes) {
    if (ticked_.contains(process.id)) ids.push_back(process.id);
  }
  return ids;
}

const PreparedExport* ExportDialog::prepared() {
  ExportRequest request;
  request.process_ids = processes();
  request.profile = profile_;
  // No processes would mean "all" to prepare_export; here it means nothing to export.
  if (request.process_ids.empty()) return nullptr;
  return cache_.get(document_, library_, selectielijst_, request);
}

std::string ExportDialog::suggested_path() const {
  const auto* format = find_export_format(format_);
  if (format == nullptr) return {};
  return suggested_export_path(*format, workshop_format() ? subject_ : std::nullopt, processes(),
                               document_.path());
}

bool ExportDialog::workshop_format() const {
  const auto* format = find_export_format(format_);
  return format != nullptr && format->source == ExportSource::workshop;
}

std::string ExportDialog::problem() const {
  if (!workshop_format()) return {};
  // Printable blocks are made from the block library, not from processes.
  if (format_ != "cards" && processes().empty()) return tr_("export.no_processes");
  if (!subject_) return {};
  return picture_subject_problem(*subject_, processes().size(), tr_.language()).value_or("");
}

std::optional<ScreenRect> ExportDialog::control(const std::string& name) const {
  const auto found = controls_.find(name);
  if (found == controls_.end()) return std::nullopt;
  return found->second;
}

void ExportDialog::remember(const std::string& name) {
  controls_[name] = last_item_rect();
}

// -----------------------------------------------------------------------------
// [SECTION] Window
// -----------------------------------------------------------------------------

std::optional<Diagnostic> ExportDialog::draw() {
  if (!open_) return std::nullopt;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  // Over the process list and palette, which an export does not need, so the
  // canvas's centre (where a clicked finding's block goes) and the inspector stay in view.
  const float top = font * 3;  // below the menu and the view tabs
  ImGui::SetNextWindowPos({viewport->WorkPos.x + font * 0.5f, viewport->WorkPos.y + top},
                          ImGuiCond_Appearing);
  ImGui::SetNextWindowSize({std::min(font * 56, std::max(viewport->WorkSize.x * 0.4f, font * 30)),
                            viewport->WorkSize.y - top - font * 0.5f},
                           ImGuiCond_Appearing);
  if (bring_to_front_) ImGui::SetNextWindowFocus();
  bring_to_front_ = false;
  const std::string title = std::string(tr_("export.title")) + "###export-dialog";
  if (!ImGui::Begin(title.c_str(), &open_,
                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return std::nullopt;
  }
  collect_workshop_export();
  if (!path_edited_) path_ = suggested_path();
  const bool escape = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
                      !ImGui::IsPopupOpen(kOverwritePopup) && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE);
  if (escape) open_ = false;
  draw_processes();
  draw_choices();
  // Workshop formats are not validated: nothing to prepare.
  const PreparedExport* prepared = workshop_format() ? nullptr : this->prepared();
  // The footer: the force option, the buttons and a line or two of outcome.
  const float footer =
      ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetTextLineHeightWithSpacing() * 2;
  std::optional<Diagnostic> clicked;
  if (workshop_format()) {
    draw_workshop_format_notes();
  } else {
    clicked = draw_findings(prepared, ImGui::GetContentRegionAvail().y - footer);
  }
  draw_actions(prepared);
  draw_outcome();
  draw_overwrite_prompt(prepared);
  ImGui::End();
  return clicked;
}

void ExportDialog::draw_processes() {
  ImGui::TextUnformatted(tr_("export.processes"));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr_("export.all"))) tick_all();
  remember("all");
  ImGui::SameLine();
  if (ImGui::SmallButton(tr_("export.none"))) ticked_.clear();
  remember("none");
  const auto& processes = document_.workshop().processes;
  // Up to seven rows, but at most a quarter of the window, leaving room for the findings.
  const float row = ImGui::GetFrameHeightWithSpacing();
  const float rows = static_cast<float>(std::min<std::size_t>(processes.size(), 7));
  const float height = std::min(row * rows, std::max(row * 2, ImGui::GetWindowHeight() * 0.25f));
  ImGui::BeginChild("##processes", {0, height + ImGui::GetStyle().WindowPadding.y * 2}, true);
  for (const auto& process : processes) {
    bool ticked = ticked_.contains(process.id);
    ImGui::PushID(process.id.c_str());
    if (ImGui::Checkbox(process.name.c_str(), &ticked)) {
      ticked ? (void)ticked_.insert(process.id) : (void)ticked_.erase(process.id);
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void ExportDialog::draw_choices() {
  if (!ImGui::BeginTable("##choices", 2)) return;
  ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("##field", ImGuiTableColumnFlags_WidthStretch);
  const auto label = [](const char* text) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::TableSetColumnIndex(1);
    ImGui::SetNextItemWidth(-1);
  };
  label(tr_("export.format"));
  if (ImGui::BeginCombo("##format", format_label(format_, tr_))) {
    // Zaaktypen first (validated), then what is made from the workshop itself.
    for (const auto source : {ExportSource::zaaktypen, ExportSource::workshop}) {
      ImGui::TextDisabled("%s", tr_(source == ExportSource::zaaktypen ? "export.group_zaaktypen"
                                                                       : "export.group_workshop"));
      for (const auto& format : export_formats()) {
        if (format.source != source) continue;
        ImGui::Indent();
        if (ImGui::Selectable(format_label(format.id, tr_), format.id == format_)) {
          format_ = format.id;
          // svg and png draw the canvas unless told; pdf prints the handout.
          subject_.reset();
        }
        ImGui::Unindent();
      }
    }
    ImGui::EndCombo();
  }
  remember("format");
  if (workshop_format()) {
    // The picture, for the formats that draw one.
    if (format_ == "svg" || format_ == "png" || format_ == "pdf") {
      label(tr_("export.view"));
      draw_subject_combo();
    }
    if (format_ == "zac") {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(1);
      ImGui::Checkbox(tr_("export.zac_bpmn"), &with_bpmn_);
      remember("zac_bpmn");
    }
  } else {
    label(tr_("export.profile"));
    profile_combo("##profile", profile_, tr_);
  }
  label(tr_("export.path"));
  if (ImGui::InputText("##path", &path_)) path_edited_ = true;
  const auto* format = find_export_format(format_);
  if (format != nullptr &&
      export_writes_directory(*format, workshop_format() ? subject_ : std::nullopt,
                              processes().size())) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(1);
    const char* hint = !workshop_format() ? "export.directory_hint"
                       : format_ == "md"  ? "export.directory_hint_md"
                       : format_ == "zac" ? "export.directory_hint_zac"
                                          : "export.directory_hint_pictures";
    ImGui::TextDisabled("%s", tr_(hint));
  }
  ImGui::EndTable();
}

void ExportDialog::draw_subject_combo() {
  // pdf without a subject is the handout; svg and png draw the canvas.
  const bool handout_choice = format_ == "pdf";
  const auto name_of = [this](std::optional<PictureSubject> subject) -> const char* {
    if (!subject) return tr_(format_ == "pdf" ? "export.view_handout" : "view.canvas");
    switch (*subject) {
      case PictureSubject::canvas: return tr_("view.canvas");
      case PictureSubject::compare: return tr_("view.compare");
      case PictureSubject::matrix: return tr_("view.matrix");
    }
    return "";
  };
  if (!ImGui::BeginCombo("##view", name_of(subject_))) return;
  std::vector<std::optional<PictureSubject>> choices;
  if (handout_choice) choices.push_back(std::nullopt);
  for (const auto subject : {PictureSubject::canvas, PictureSubject::compare, PictureSubject::matrix}) {
    choices.push_back(subject);
  }
  for (const auto& choice : choices) {
    const bool chosen = choice == subject_ || (!handout_choice && !subject_ &&
                                               choice == PictureSubject::canvas);
    if (ImGui::Selectable(name_of(choice), chosen)) subject_ = choice;
  }
  ImGui::EndCombo();
}

void ExportDialog::draw_workshop_format_notes() {
  ImGui::Separator();
  ImGui::TextWrapped("%s", tr_(format_ == "cards" ? "export.cards_note" : "export.not_validated"));
  if (const std::string why = problem(); !why.empty()) {
    ImGui::TextColored(kWarningTextColour, "%s", why.c_str());
  }
  if (exporting()) ImGui::TextUnformatted(tr_("export.busy"));
  // Fill the space the findings take for the zaaktype formats, so the
  // buttons stay where they were when the format changes.
  const float footer =
      ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetTextLineHeightWithSpacing() * 2;
  ImGui::Dummy({0, std::max(0.0f, ImGui::GetContentRegionAvail().y - footer)});
}

std::optional<Diagnostic> ExportDialog::draw_findings(const PreparedExport* prepared,
                                                      float height) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("export.findings"));
  ImGui::SameLine();
  if (prepared != nullptr) {
    draw_diagnostic_summary(count_diagnostics(prepared->diagnostics), tr_);
  } else {
    ImGui::NewLine();
  }
  // A fixed area, so the buttons below stay in place as the findings change.
  const float area =
      std::max(height - ImGui::GetFrameHeightWithSpacing(), ImGui::GetFontSize() * 4);
  ImGui::BeginChild("##findings", {0, area}, false, ImGuiWindowFlags_NoScrollbar);
  std::optional<Diagnostic> clicked;
  if (processes().empty()) {
    ImGui::TextColored(kWarningTextColour, "%s", tr_("export.no_processes"));
  } else if (prepared == nullptr) {
    ImGui::TextColored(kErrorTextColour, "%s:", tr_("diagnostics.unavailable"));
    ImGui::TextWrapped("%s", selectielijst_.error().c_str());
  } else {
    clicked = findings_.draw("##export-findings", prepared->diagnostics, document_.workshop(), true,
                             area);
  }
  ImGui::EndChild();
  return clicked;
}

void ExportDialog::draw_actions(const PreparedExport* prepared) {
  const bool errors = prepared != nullptr && prepared->has_errors();
  // A concept is a zaaktype that did not validate; the workshop formats are not validated.
  if (!workshop_format()) {
    ImGui::BeginDisabled(!errors);
    ImGui::Checkbox(tr_("export.force"), &force_);
    ImGui::EndDisabled();
    remember("force");
  }
  const bool ready =
      workshop_format()
          ? !path_.empty() && problem().empty() && !exporting()
          : prepared != nullptr && !path_.empty() && (!errors || force_);
  ImGui::BeginDisabled(!ready);
  if (ImGui::Button(tr_("export.run")) && ready) {
    outcome_.reset();
    export_now(prepared, false);
  }
  ImGui::EndDisabled();
  remember("export");
  ImGui::SameLine();
  if (ImGui::Button(tr_("export.close"))) open_ = false;
  remember("close");
  if (errors && !force_) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorTextColour);
    ImGui::TextWrapped("%s", tr_("export.blocked"));
    ImGui::PopStyleColor();
  }
}

void ExportDialog::draw_outcome() const {
  if (!outcome_) return;
  if (!outcome_->error.empty()) {
    ImGui::TextColored(kErrorTextColour, "%s: %s", tr_("export.failed"), outcome_->error.c_str());
    return;
  }
  for (const auto& warning : outcome_->warnings) {
    ImGui::TextColored(kWarningTextColour, "%s", warning.c_str());
  }
  const auto& written = outcome_->written;
  const std::string where = written.size() == 1 ? written.front()
                                                : std::to_string(written.size()) + " " +
                                                      tr_("export.files_in") + " " + path_;
  ImGui::TextWrapped("%s: %s",
                     outcome_->as_concept ? tr_("export.written_concept") : tr_("export.written"),
                     where.c_str());
}

void ExportDialog::draw_overwrite_prompt(const PreparedExport* prepared) {
  if (overwrite_requested_) {
    ImGui::OpenPopup(kOverwritePopup);
    overwrite_requested_ = false;
  }
  if (!ImGui::BeginPopupModal(kOverwritePopup, nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    return;
  }
  ImGui::TextUnformatted(tr_("export.overwrite_question"));
  ImGui::TextDisabled("%s", path_.c_str());
  if (ImGui::Button(tr_("export.overwrite"))) {
    export_now(prepared, true);
    ImGui::CloseCurrentPopup();
  }
  remember("overwrite");
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.cancel")) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) {
    ImGui::CloseCurrentPopup();
  }
  remember("cancel_overwrite");
  ImGui::EndPopup();
}

// -----------------------------------------------------------------------------
// [SECTION] Writing
// -----------------------------------------------------------------------------

void ExportDialog::export_now(const PreparedExport* prepared, bool overwrite) {
  if (workshop_format()) {
    start_workshop_export(overwrite);
  } else if (prepared != nullptr) {
    write(*prepared, overwrite);
  }
}

void ExportDialog::write(const PreparedExport& prepared, bool overwrite) {
  Outcome outcome;
  outcome.as_concept = prepared.has_errors();
  try {
    const auto exporter = make_exporter(format_);
    if (!exporter) throw ExportError("unknown format " + format_);
    PreparedExport written = prepared;
    if (outcome.as_concept) written.mark_concept();
    outcome.written = exporter->write(written.objects, path_, overwrite);
  } catch (const ExportError& error) {
    // The exporter refuses existing targets; the user decides, not the exporter.
    if (!overwrite && std::filesystem::exists(path_)) {
      overwrite_requested_ = true;
      return;
    }
    outcome.error = error.what();
  } catch (const std::exception& error) {
    outcome.error = error.what();
  }
  outcome_ = std::move(outcome);
}

// -----------------------------------------------------------------------------
// [SECTION] Writing a workshop format
// -----------------------------------------------------------------------------

void ExportDialog::start_workshop_export(bool overwrite) {
  if (job_.valid()) return;
  // Everything the exporter reads is copied: the user may edit, undo or open
  // another workshop while it writes.
  struct Input {
    Workshop workshop;
    BlockLibrary library;
    std::optional<Selectielijst> selectielijst;
    WorkshopExportRequest request;
  };
  auto input = std::make_shared<Input>();
  input->workshop = document_.workshop();
  input->library = library_;
  if (const Selectielijst* loaded = selectielijst_.get()) input->selectielijst = *loaded;
  input->request.process_ids = processes();
  input->request.subject = subject_;
  input->request.with_bpmn = with_bpmn_;
  input->request.language = tr_.language();
  const std::string path = path_;
  const std::string format = format_;
  job_ = std::async(std::launch::async, [input, path, format, overwrite] {
    JobResult result;
    auto& request = input->request;
    request.workshop = &input->workshop;
    request.library = &input->library;
    request.selectielijst = input->selectielijst ? &*input->selectielijst : nullptr;
    try {
      request.assets_directory = find_assets_directory();
      const auto exporter = make_workshop_exporter(format);
      if (!exporter) throw ExportError("unknown format " + format);
      const auto written = exporter->write(request, path, overwrite);
      result.outcome.written = written.files;
      result.outcome.warnings = written.warnings;
    } catch (const OutputExistsError&) {
      // The exporter refuses existing targets; the user decides, not the exporter.
      result.exists = true;
    } catch (const std::exception& error) {
      result.outcome.error = error.what();
    }
    return result;
  });
}

void ExportDialog::collect_workshop_export() {
  using namespace std::chrono_literals;
  if (!job_.valid() || job_.wait_for(0s) != std::future_status::ready) return;
  JobResult result = job_.get();
  if (result.exists) {
    overwrite_requested_ = true;
    return;
  }
  outcome_ = std::move(result.outcome);
}

}  // namespace blokjes::app
