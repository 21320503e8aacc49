#include "export_dialog.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

#include "colours.h"
#include "export_labels.h"
#include "exporters/exporter.h"

// [SECTION] Opening and choices
// [SECTION] Window
// [SECTION] Writing

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
  namespace fs = std::filesystem;
  const fs::path workshop(document_.path());
  const fs::path directory = workshop.parent_path();
  const std::string stem = workshop.empty() ? "export" : workshop.stem().string();
  const auto* format = find_export_format(format_);
  const std::string extension(format == nullptr ? ".zip" : format->extension);
  if (format == nullptr || format->output == ExportOutput::file) {
    return (directory / (stem + extension)).string();
  }
  // One file per zaaktype (a directory for several), and never "<stem>.json",
  // which is the workshop file itself.
  const auto ids = processes();
  if (ids.size() == 1) return (directory / (stem + "-" + ids.front() + extension)).string();
  return (directory / (stem + "-zaaktypen")).string();
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
  if (!path_edited_) path_ = suggested_path();
  const bool escape = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
                      !ImGui::IsPopupOpen(kOverwritePopup) && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE);
  if (escape) open_ = false;
  draw_processes();
  draw_choices();
  const PreparedExport* prepared = this->prepared();
  // The footer: the force option, the buttons and a line or two of outcome.
  const float footer =
      ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetTextLineHeightWithSpacing() * 2;
  auto clicked = draw_findings(prepared, ImGui::GetContentRegionAvail().y - footer);
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
  label(tr_("export.profile"));
  profile_combo("##profile", profile_, tr_);
  label(tr_("export.format"));
  if (ImGui::BeginCombo("##format", format_label(format_, tr_))) {
    for (const auto& format : export_formats()) {
      // This dialog writes validated zaaktypen; pictures and documents have their own.
      if (format.source != ExportSource::zaaktypen) continue;
      if (ImGui::Selectable(format_label(format.id, tr_), format.id == format_)) {
        format_ = format.id;
      }
    }
    ImGui::EndCombo();
  }
  label(tr_("export.path"));
  if (ImGui::InputText("##path", &path_)) path_edited_ = true;
  const auto* format = find_export_format(format_);
  if (format != nullptr && format->output == ExportOutput::directory_for_several &&
      processes().size() > 1) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(1);
    ImGui::TextDisabled("%s", tr_("export.directory_hint"));
  }
  ImGui::EndTable();
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
  ImGui::BeginDisabled(!errors);
  ImGui::Checkbox(tr_("export.force"), &force_);
  ImGui::EndDisabled();
  remember("force");
  const bool ready = prepared != nullptr && !path_.empty() && (!errors || force_);
  ImGui::BeginDisabled(!ready);
  if (ImGui::Button(tr_("export.run")) && ready) {
    outcome_.reset();
    write(*prepared, false);
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
    if (prepared) write(*prepared, true);
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

}  // namespace blokjes::app
