#include "inventory_view.h"

// [SECTION] Import, suggest, export
// [SECTION] The file dialog and the overwrite question
// [SECTION] Drawing: toolbar, products, board

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <filesystem>

#include "core/asset_paths.h"
#include "core/load_error.h"
#include "core/terminal_text.h"
#include "core/workshop_flow_commands.h"
#include "imgui_text_metrics.h"
#include "inventory/inventory_suggestion.h"
#include "inventory/olievlek_board.h"
#include "picture/line_breaking.h"

namespace blokjes::app {
namespace {

constexpr ImU32 kText = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kMuted = IM_COL32(73, 80, 87, 255);
constexpr ImU32 kTrack = IM_COL32(233, 236, 239, 255);
constexpr ImU32 kShapeBar = IM_COL32(28, 126, 214, 255);
constexpr ImU32 kMaatwerkBar = IM_COL32(230, 119, 0, 255);
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// The board's type at scale 1: the room reads it from the back at 1920x1080.
constexpr float kTitlePx = 40;
constexpr float kNamePx = 26;
constexpr float kDetailPx = 21;
constexpr std::size_t kNameLines = 2;

std::string with_thousands(long long value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ".");  // Dutch: 12.500
  }
  return (value < 0 ? "-" : "") + digits;
}

// A shape's name on at most `max_lines` lines of whole words. When it needs
// more, the last line shown gives up whole words until it and the ellipsis
// fit, so a name is never cut inside a word (only a single word wider than
// the whole line is, by break_lines).
struct FittedName {
  std::vector<std::string> lines;
  bool cut = false;
};

FittedName fit_name(std::string_view name, float size, float width, std::size_t max_lines,
                    const picture::TextMetrics& metrics) {
  FittedName fitted{picture::break_lines(name, size, width, metrics), false};
  if (fitted.lines.empty()) fitted.lines.emplace_back();  // a name without words: one empty line
  if (fitted.lines.size() <= max_lines) return fitted;
  fitted.cut = true;
  fitted.lines.resize(max_lines);
  const auto fits = [&](const std::string& line) {
    return metrics.width(line + std::string(kEllipsis), size) <= width;
  };
  while (true) {
    std::string& last = fitted.lines.back();
    while (!fits(last)) {
      const std::size_t space = last.rfind(' ');
      if (space == std::string::npos) break;
      last.erase(space);
    }
    if (fits(last) || fitted.lines.size() == 1) break;
    fitted.lines.pop_back();  // one word filling the line: the ellipsis goes a line up
  }
  fitted.lines.back() += kEllipsis;
  return fitted;
}

std::vector<std::string> wrap(std::string_view text, float size, float width,
                              const picture::TextMetrics& metrics) {
  return picture::break_lines(text, size, width, metrics);
}

}  // namespace

InventoryView::InventoryView(const ViewInfo& info, Document& document, const Translations& tr,
                             LayoutRecorder& recorder)
    : View(info), document_(document), tr_(tr), recorder_(recorder), dialog_(tr) {}

// -----------------------------------------------------------------------------
// [SECTION] Import, suggest, export
// -----------------------------------------------------------------------------

void InventoryView::commit(std::vector<InventoryProduct> products) {
  if (products == document_.workshop().inventory) return;
  document_.execute(make_set_inventory(document_.workshop(), std::move(products)));
}

bool InventoryView::import_csv(const std::string& path) {
  try {
    auto imported = inventory::read_inventory_csv(path);
    inventory::take_known_mapping(document_.workshop().inventory, imported.products);
    inventory::suggest_all(document_.workshop(), imported.products);
    problems_ = std::move(imported.problems);
    show_problems_ = !problems_.empty();
    imported_from_ = path;
    const std::size_t count = imported.products.size();
    commit(std::move(imported.products));
    message_ = std::to_string(count) + " " + tr_("inventory.imported");
    if (!problems_.empty()) {
      message_ += ", " + std::to_string(problems_.size()) + " " + tr_("inventory.rows_skipped");
    }
    return true;
  } catch (const LoadError& error) {
    message_ = terminal_safe(error.what());
  } catch (const std::exception& error) {
    message_ = terminal_safe(path + ": " + error.what());
  }
  problems_.clear();
  return false;
}

bool InventoryView::export_csv(const std::string& path, Overwrite overwrite) {
  std::error_code error;
  if (overwrite == Overwrite::ask && std::filesystem::exists(path, error)) {
    overwrite_pending_ = path;
    ask_overwrite_ = true;
    message_ = std::string(tr_("inventory.not_overwritten")) + " " + terminal_safe(path);
    return false;
  }
  overwrite_pending_.clear();
  try {
    inventory::write_mapping_csv(path, document_.workshop(), document_.workshop().inventory);
    message_ = std::string(tr_("inventory.exported")) + " " + terminal_safe(path);
    return true;
  } catch (const std::exception& error) {
    message_ = terminal_safe(error.what());
    return false;
  }
}

bool InventoryView::confirm_overwrite() {
  if (overwrite_pending_.empty()) return false;
  const std::string path = overwrite_pending_;
  return export_csv(path, Overwrite::confirmed);
}

void InventoryView::cancel_overwrite() {
  overwrite_pending_.clear();
}

void InventoryView::suggest_unconfirmed() {
  auto products = document_.workshop().inventory;
  inventory::suggest_all(document_.workshop(), products);
  commit(std::move(products));
}

void InventoryView::confirm_all() {
  auto products = document_.workshop().inventory;
  for (auto& product : products) product.confirmed = true;
  commit(std::move(products));
}

// -----------------------------------------------------------------------------
// [SECTION] The file dialog and the overwrite question
// -----------------------------------------------------------------------------

// Where the dialog starts: beside the CSV read last, else beside the workshop
// file (the demo's inventory lies beside it), else the working directory.
std::string InventoryView::start_folder() const {
  namespace fs = std::filesystem;
  fs::path folder;
  if (!imported_from_.empty()) {
    folder = fs::path(imported_from_).parent_path();
  } else if (!document_.path().empty()) {
    folder = fs::path(document_.path()).parent_path();
  } else {
    try {
      folder = fs::path(find_demo_workshop()).parent_path();
    } catch (const std::exception&) {
      folder.clear();  // no scenarios beside the program: the working directory
    }
  }
  return folder.empty() ? std::string("./") : folder.string() + "/";
}

void InventoryView::begin_import() {
  choosing_ = Choosing::import;
  dialog_.open(FileDialog::Mode::open, imported_from_.empty() ? start_folder() : imported_from_,
               {tr_("inventory.open_title"), ".csv"});
}

void InventoryView::begin_export() {
  const std::string stem = document_.path().empty()
                               ? std::string("workshop")
                               : std::filesystem::path(document_.path()).stem().string();
  choosing_ = Choosing::export_mapping;
  dialog_.open(FileDialog::Mode::save_as, start_folder() + stem + "-koppeling.csv",
               {tr_("inventory.export_title"), ".csv"});
}

void InventoryView::draw_dialogs() {
  // Its own ID scope: the app's workshop dialog uses the same popup name in
  // the same window, and would otherwise be drawn into this one.
  ImGui::PushID("inventory-dialogs");
  draw_file_dialog();
  draw_overwrite_question();
  ImGui::PopID();
}

void InventoryView::draw_file_dialog() {
  if (const auto chosen = dialog_.draw(no_recent_)) {
    // A file that does not load keeps the dialog open with the reason, as
    // the app's Open does; the view shows it too.
    if (choosing_ == Choosing::import && !import_csv(*chosen)) dialog_.show_error(message_);
    if (choosing_ == Choosing::export_mapping && !export_csv(*chosen) &&
        overwrite_pending_.empty()) {
      dialog_.show_error(message_);
    }
  }
}

void InventoryView::draw_overwrite_question() {
  constexpr const char* kQuestion = "##inventory-overwrite";
  if (ask_overwrite_) {
    ImGui::OpenPopup(kQuestion);
    ask_overwrite_ = false;
  }
  if (!ImGui::BeginPopupModal(kQuestion, nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    return;
  }
  ImGui::TextUnformatted(terminal_safe(overwrite_pending_).c_str());
  ImGui::TextUnformatted(tr_("inventory.overwrite_question"));
  if (ImGui::Button(tr_("inventory.overwrite"))) {
    confirm_overwrite();
    ImGui::CloseCurrentPopup();
  }
  recorder_.record_item("inventory/overwrite");
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.cancel")) ||
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    cancel_overwrite();
    ImGui::CloseCurrentPopup();
  }
  if (overwrite_pending_.empty()) ImGui::CloseCurrentPopup();  // settled from outside
  ImGui::EndPopup();
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing: toolbar, products, board
// -----------------------------------------------------------------------------

void InventoryView::draw() {
  draw_toolbar();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  if (document_.workshop().inventory.empty()) {
    ImGui::TextWrapped("%s", tr_("inventory.empty"));
  } else {
    const float table_width = std::max(available.x * 0.42f, ImGui::GetFontSize() * 20);
    ImGui::BeginChild("##inventory_products", {table_width, available.y}, true);
    draw_products(table_width, available.y);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##inventory_board", {0, available.y}, true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_board(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y);
    ImGui::EndChild();
  }
  draw_dialogs();
}

void InventoryView::draw_toolbar() {
  if (ImGui::Button(tr_("inventory.open_csv"))) begin_import();
  recorder_.record_item("inventory/open");
  ImGui::SameLine();
  ImGui::BeginDisabled(document_.workshop().inventory.empty());
  if (ImGui::Button(tr_("inventory.suggest"))) suggest_unconfirmed();
  recorder_.record_item("inventory/suggest");
  ImGui::SameLine();
  if (ImGui::Button(tr_("inventory.confirm_all"))) confirm_all();
  recorder_.record_item("inventory/confirm_all");
  ImGui::SameLine();
  if (ImGui::Button(tr_("inventory.export_csv"))) begin_export();
  recorder_.record_item("inventory/export");
  ImGui::EndDisabled();
  if (!message_.empty()) ImGui::TextWrapped("%s", message_.c_str());
  if (problems_.empty()) return;
  // Fresh bad rows are shown open: the facilitator fixes them in the spreadsheet.
  if (show_problems_) ImGui::SetNextItemOpen(true);
  show_problems_ = false;
  if (ImGui::TreeNode(tr_("inventory.problems"))) {
    const float lines = static_cast<float>(std::min<std::size_t>(problems_.size(), 5));
    ImGui::BeginChild(
        "##inventory_problems",
        {0, ImGui::GetTextLineHeightWithSpacing() * lines + ImGui::GetStyle().WindowPadding.y * 2},
        true);
    for (const auto& problem : problems_) {
      ImGui::TextWrapped("%s", terminal_safe(inventory::describe(problem, imported_from_)).c_str());
    }
    ImGui::EndChild();
    ImGui::TreePop();
  }
}

void InventoryView::draw_products(float /*width*/, float /*height*/) {
  const Workshop& workshop = document_.workshop();
  std::optional<std::vector<InventoryProduct>> edited;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##inventory_table", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr_("inventory.product"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(tr_("inventory.volume"), ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn(tr_("inventory.process"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(tr_("inventory.confirmed"), ImGuiTableColumnFlags_WidthFixed,
                          ImGui::GetFontSize() * 2);
  ImGui::TableHeadersRow();
  const char* maatwerk = tr_("inventory.maatwerk");
  const ImGuiTextMetrics metrics;  // the UI font, as the combo draws
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(workshop.inventory.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const auto index = static_cast<std::size_t>(row);
      const InventoryProduct& product = workshop.inventory[index];
      ImGui::PushID(row);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", terminal_safe(product.product).c_str());
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", terminal_safe(product.department).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(with_thousands(product.volume_per_year).c_str());
      ImGui::TableNextColumn();
      const Process* mapped = workshop.find_process(product.process);
      const std::string shown = mapped ? terminal_safe(mapped->name) : maatwerk;
      // The preview, like the board, ends after a whole word; the full name
      // is the tooltip.
      const ImGuiStyle& style = ImGui::GetStyle();
      const float preview_width =
          ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - style.FramePadding.x * 2;
      const FittedName preview =
          fit_name(shown, ImGui::GetFontSize(), std::max(preview_width, 1.0f), 1, metrics);
      ImGui::SetNextItemWidth(-1);
      const bool open = ImGui::BeginCombo("##process", preview.lines.front().c_str());
      if (preview.cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", shown.c_str());
      if (open) {
        if (ImGui::Selectable(maatwerk, mapped == nullptr)) {
          edited = workshop.inventory;
          (*edited)[index].process.clear();
          (*edited)[index].confirmed = true;
        }
        for (const auto& process : workshop.processes) {
          if (ImGui::Selectable(terminal_safe(process.name).c_str(), mapped == &process)) {
            edited = workshop.inventory;
            (*edited)[index].process = process.id;
            (*edited)[index].confirmed = true;  // chosen by hand: confirmed
          }
        }
        ImGui::EndCombo();
      }
      ImGui::TableNextColumn();
      bool confirmed = product.confirmed;
      if (ImGui::Checkbox("##confirmed", &confirmed)) {
        edited = workshop.inventory;
        (*edited)[index].confirmed = confirmed;
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
  if (edited) commit(std::move(*edited));
}

// The olievlek board: headline, totals, then one row per shape that covers
// something (largest first) and maatwerk last, as many as fit. Names wrap
// onto two lines of whole words; a longer one ends in an ellipsis and shows
// in full as a tooltip.
void InventoryView::draw_board(float width, float height) {
  const Workshop& workshop = document_.workshop();
  const auto board = inventory::olievlek_board(workshop, workshop.inventory);
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  const ImGuiTextMetrics metrics(font);
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float bottom = origin.y + height;
  const float title_size = kTitlePx * display_scale_;
  const float text_size = kNamePx * display_scale_;
  const float detail_size = kDetailPx * display_scale_;
  float y = origin.y;
  char headline[160];
  std::snprintf(headline, sizeof headline, "%.0f%% %s", board.covered_share,
                tr_("inventory.covered"));
  for (const auto& line : wrap(headline, title_size, width, metrics)) {
    draw_list.AddText(font, title_size, {origin.x, y}, kText, line.c_str());
    y += title_size * 1.1f;
  }
  const std::string totals = std::to_string(board.total_products) + " " +
                             tr_("inventory.products") + ", " + with_thousands(board.total_volume) +
                             " " + tr_("inventory.per_year");
  y += text_size * 0.15f;
  for (const auto& line : wrap(totals, text_size, width, metrics)) {
    draw_list.AddText(font, text_size, {origin.x, y}, kMuted, line.c_str());
    y += text_size * 1.1f;
  }
  y += text_size * 0.7f;

  std::vector<std::pair<const inventory::BoardRow*, std::string>> rows;
  for (const auto& row : board.shapes) {
    if (row.products > 0) rows.emplace_back(&row, terminal_safe(row.name));
  }
  rows.emplace_back(&board.maatwerk, tr_("inventory.maatwerk"));
  std::vector<std::string> details;
  float detail_width = 0;
  for (const auto& [row, name] : rows) {
    details.push_back(std::to_string(row->products) + " " + tr_("inventory.products") + ", " +
                      with_thousands(row->volume));
    detail_width = std::max(detail_width,
                            font->CalcTextSizeA(detail_size, FLT_MAX, 0, details.back().c_str()).x);
  }

  // Columns: the name, the bar, its share ("100%" fits) and the counts; on a
  // narrow board the counts go under the bar, so every row fits the width.
  const float gap = text_size * 0.5f;
  const float percent_width = font->CalcTextSizeA(text_size, FLT_MAX, 0, "100%").x;
  const float label_width = std::min(width * 0.4f, text_size * 17);
  const float bar_left = origin.x + label_width + gap;
  const float bar_right_wide = origin.x + width - detail_width - percent_width - gap * 3;
  const bool detail_below = bar_right_wide - bar_left < text_size * 4;
  const float bar_width =
      std::max(10.0f, detail_below ? origin.x + width - bar_left - gap - percent_width
                                   : bar_right_wide - bar_left);
  const float percent_left = bar_left + bar_width + gap;
  const float bar_height = text_size * 1.2f;
  const auto row_height = [&](const FittedName& name) {
    const float name_height = static_cast<float>(name.lines.size()) * text_size * 1.1f;
    const float bar_block = bar_height + (detail_below ? detail_size * 1.2f : 0);
    return std::max(name_height, bar_block) + text_size * 0.45f;
  };

  std::vector<FittedName> names;
  for (const auto& [row, name] : rows) {
    names.push_back(fit_name(name, text_size, label_width, kNameLines, metrics));
  }
  // Maatwerk always shows; the shapes above it as far as the room allows.
  float room = bottom - y - row_height(names.back());
  std::size_t shown = 0;
  while (shown + 1 < rows.size() && row_height(names[shown]) <= room) {
    room -= row_height(names[shown]);
    ++shown;
  }

  nlohmann::json recorded = nlohmann::json::array();
  const auto draw_row = [&](std::size_t index, ImU32 colour) {
    const inventory::BoardRow& row = *rows[index].first;
    const std::string& name = rows[index].second;
    const FittedName& fitted = names[index];
    const float height_of_row = row_height(fitted);
    float text_y = y;
    for (const auto& line : fitted.lines) {
      draw_list.AddText(font, text_size, {origin.x, text_y}, kText, line.c_str());
      text_y += text_size * 1.1f;
    }
    const ImVec2 label_min{origin.x, y};
    const ImVec2 label_max{origin.x + label_width, text_y};
    if (fitted.cut && ImGui::IsWindowHovered() &&
        ImGui::IsMouseHoveringRect(label_min, label_max)) {
      ImGui::SetTooltip("%s", name.c_str());
    }
    const float bar_y = y + text_size * 0.05f;
    const float bar_bottom = bar_y + bar_height;
    draw_list.AddRectFilled({bar_left, bar_y}, {bar_left + bar_width, bar_bottom}, kTrack,
                            4 * display_scale_);
    const float share = static_cast<float>(std::clamp(row.volume_share, 0.0, 100.0) / 100.0);
    draw_list.AddRectFilled({bar_left, bar_y}, {bar_left + bar_width * share, bar_bottom}, colour,
                            4 * display_scale_);
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f%%", row.volume_share);
    const float percent_text = font->CalcTextSizeA(text_size, FLT_MAX, 0, percent).x;
    draw_list.AddText(font, text_size, {percent_left + percent_width - percent_text, bar_y}, kText,
                      percent);
    const ImVec2 detail_at = detail_below ? ImVec2{bar_left, bar_bottom + detail_size * 0.1f}
                                          : ImVec2{percent_left + percent_width + gap * 1.5f,
                                                   bar_y + (text_size - detail_size) * 0.6f};
    draw_list.AddText(font, detail_size, detail_at, kMuted, details[index].c_str());
    recorded.push_back({{"process", row.process},
                        {"name", name},
                        {"lines", fitted.lines},
                        {"cut", fitted.cut},
                        {"rect", {origin.x, y, origin.x + width, y + height_of_row}},
                        {"label_rect", {label_min.x, label_min.y, label_max.x, label_max.y}},
                        {"text_px", text_size},
                        {"detail_px", detail_size}});
    y += height_of_row;
  };
  for (std::size_t i = 0; i < shown; ++i) draw_row(i, kShapeBar);
  draw_row(rows.size() - 1, kMaatwerkBar);
  ImGui::Dummy({width, std::min(y, bottom) - origin.y});
  recorder_.set_value("inventory", {{"rows", recorded},
                                    {"rows_left_out", rows.size() - 1 - shown},
                                    {"board", {origin.x, origin.y, origin.x + width, bottom}},
                                    {"title_px", title_size},
                                    {"text_px", std::min(text_size, detail_size)},
                                    {"products", board.total_products},
                                    {"covered_share", board.covered_share}});
}

}  // namespace blokjes::app
