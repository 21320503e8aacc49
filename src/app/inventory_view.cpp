#include "inventory_view.h"

// [SECTION] Import, suggest, export
// [SECTION] Drawing: toolbar, products, board

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "core/asset_paths.h"
#include "core/load_error.h"
#include "core/terminal_text.h"
#include "core/workshop_flow_commands.h"
#include "inventory/inventory_suggestion.h"
#include "inventory/olievlek_board.h"

namespace blokjes::app {
namespace {

constexpr ImU32 kText = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kMuted = IM_COL32(73, 80, 87, 255);
constexpr ImU32 kTrack = IM_COL32(233, 236, 239, 255);
constexpr ImU32 kShapeBar = IM_COL32(28, 126, 214, 255);
constexpr ImU32 kMaatwerkBar = IM_COL32(230, 119, 0, 255);

std::string example_inventory_path() {
  const auto demo = std::filesystem::path(find_demo_workshop());
  return (demo.parent_path() / "inventaris-producten-en-diensten.csv").string();
}

std::string with_thousands(long long value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ".");  // Dutch: 12.500
  }
  return (value < 0 ? "-" : "") + digits;
}

}  // namespace

InventoryView::InventoryView(const ViewInfo& info, Document& document, const Translations& tr,
                             LayoutRecorder& recorder)
    : View(info), document_(document), tr_(tr), recorder_(recorder) {
  try {
    path_ = example_inventory_path();
  } catch (const std::exception&) {
    path_.clear();  // no scenarios beside the program: the user types a path
  }
  export_path_ = "inventaris-mapping.csv";
}

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

bool InventoryView::export_csv(const std::string& path) {
  try {
    inventory::write_mapping_csv(path, document_.workshop(), document_.workshop().inventory);
    message_ = std::string(tr_("inventory.exported")) + " " + terminal_safe(path);
    return true;
  } catch (const std::exception& error) {
    message_ = terminal_safe(error.what());
    return false;
  }
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
// [SECTION] Drawing: toolbar, products, board
// -----------------------------------------------------------------------------

void InventoryView::draw() {
  draw_toolbar();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  if (document_.workshop().inventory.empty()) {
    ImGui::TextWrapped("%s", tr_("inventory.empty"));
    return;
  }
  const float table_width = std::max(available.x * 0.42f, ImGui::GetFontSize() * 20);
  ImGui::BeginChild("##inventory_products", {table_width, available.y}, true);
  draw_products(table_width, available.y);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##inventory_board", {0, available.y}, true);
  draw_board(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y);
  ImGui::EndChild();
}

void InventoryView::draw_toolbar() {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
  ImGui::InputText("##inventory_path", &path_);
  recorder_.record_item("inventory/path");
  ImGui::SameLine();
  if (ImGui::Button(tr_("inventory.import"))) import_csv(path_);
  recorder_.record_item("inventory/import");
  ImGui::SameLine();
  ImGui::BeginDisabled(document_.workshop().inventory.empty());
  if (ImGui::Button(tr_("inventory.suggest"))) suggest_unconfirmed();
  recorder_.record_item("inventory/suggest");
  ImGui::SameLine();
  if (ImGui::Button(tr_("inventory.confirm_all"))) confirm_all();
  recorder_.record_item("inventory/confirm_all");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  ImGui::InputText("##inventory_export_path", &export_path_);
  ImGui::SameLine();
  if (ImGui::Button(tr_("inventory.export"))) export_csv(export_path_);
  recorder_.record_item("inventory/export");
  ImGui::EndDisabled();
  if (!message_.empty()) ImGui::TextWrapped("%s", message_.c_str());
  if (!problems_.empty() && ImGui::TreeNode(tr_("inventory.problems"))) {
    for (const auto& problem : problems_) {
      ImGui::TextWrapped("%s", terminal_safe(inventory::describe(problem, imported_from_)).c_str());
    }
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
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", terminal_safe(product.department).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(with_thousands(product.volume_per_year).c_str());
      ImGui::TableNextColumn();
      const Process* mapped = workshop.find_process(product.process);
      const std::string shown = mapped ? terminal_safe(mapped->name) : maatwerk;
      ImGui::SetNextItemWidth(-1);
      if (ImGui::BeginCombo("##process", shown.c_str())) {
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

void InventoryView::draw_board(float width, float height) {
  const Workshop& workshop = document_.workshop();
  const auto board = inventory::olievlek_board(workshop, workshop.inventory);
  ImFont* font = font_ ? font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float title_size = 40 * scale_;
  char headline[160];
  std::snprintf(headline, sizeof headline, "%.0f%% %s", board.covered_share,
                tr_("inventory.covered"));
  draw_list.AddText(font, title_size, origin, kText, headline);
  const std::string totals = std::to_string(board.total_products) + " " +
                             tr_("inventory.products") + ", " + with_thousands(board.total_volume) +
                             " " + tr_("inventory.per_year");
  const float text_size = 24 * scale_;
  draw_list.AddText(font, text_size, {origin.x, origin.y + title_size * 1.15f}, kMuted,
                    totals.c_str());

  // The shapes that cover something, largest first, then maatwerk: as many
  // rows as fit at a size the back of the room can read.
  std::vector<const inventory::BoardRow*> rows;
  for (const auto& row : board.shapes) {
    if (row.products > 0) rows.push_back(&row);
  }
  const float top = origin.y + title_size * 1.15f + text_size * 1.8f;
  const float row_height = text_size * 2.6f;
  const std::size_t fitting =
      static_cast<std::size_t>(std::max(1.0f, (origin.y + height - top) / row_height - 1));
  if (rows.size() > fitting) rows.resize(fitting);
  const float label_width = std::min(width * 0.45f, text_size * 16);
  const float bar_left = origin.x + label_width + text_size * 0.5f;
  const float bar_width = std::max(10.0f, origin.x + width - bar_left - text_size * 5);
  nlohmann::json recorded = nlohmann::json::array();
  const auto draw_row = [&](const inventory::BoardRow& row, const std::string& name, float y,
                            ImU32 colour) {
    const ImVec2 label_min{origin.x, y};
    draw_list.PushClipRect(label_min, {origin.x + label_width, y + row_height}, true);
    draw_list.AddText(font, text_size, label_min, kText, name.c_str());
    const std::string detail = std::to_string(row.products) + " " + tr_("inventory.products") +
                               ", " + with_thousands(row.volume);
    draw_list.AddText(font, text_size * 0.75f, {origin.x, y + text_size * 1.1f}, kMuted,
                      detail.c_str());
    draw_list.PopClipRect();
    const float bar_y = y + text_size * 0.2f;
    draw_list.AddRectFilled({bar_left, bar_y}, {bar_left + bar_width, bar_y + text_size * 1.4f},
                            kTrack, 4 * scale_);
    const float share = static_cast<float>(std::clamp(row.volume_share, 0.0, 100.0) / 100.0);
    draw_list.AddRectFilled({bar_left, bar_y},
                            {bar_left + bar_width * share, bar_y + text_size * 1.4f}, colour,
                            4 * scale_);
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f%%", row.volume_share);
    draw_list.AddText(font, text_size, {bar_left + bar_width + text_size * 0.4f, bar_y}, kText,
                      percent);
    recorded.push_back({{"process", row.process},
                        {"name", name},
                        {"rect", {label_min.x, y, origin.x + label_width, y + row_height}},
                        {"text_px", text_size}});
  };
  float y = top;
  for (const auto* row : rows) {
    draw_row(*row, terminal_safe(row->name), y, kShapeBar);
    y += row_height;
  }
  draw_row(board.maatwerk, tr_("inventory.maatwerk"), y, kMaatwerkBar);
  ImGui::Dummy({width, y + row_height - origin.y});
  recorder_.set_value("inventory", {{"rows", recorded},
                                    {"products", board.total_products},
                                    {"covered_share", board.covered_share}});
}

}  // namespace blokjes::app
