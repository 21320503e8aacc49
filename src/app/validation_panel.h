#pragma once
// The "Validatie" section under the canvas: the shown process's findings
// under a chosen profile (Open Zaak by default), as prepare_export reports
// them. Collapsible; clicking a finding selects what it is about.

#include <optional>
#include <string>

#include "diagnostic_list.h"
#include "validation_cache.h"

namespace blokjes::app {

class ValidationPanel {
 public:
  ValidationPanel(const Document& document, const BlockLibrary& library, const Translations& tr,
                  SelectielijstSource& selectielijst)
      : document_(document),
        library_(library),
        tr_(tr),
        selectielijst_(selectielijst),
        findings_(tr) {}

  // The height the section wants below the canvas, given the room there is.
  float height(float available) const;
  // Draws in the current window (a child of height()); returns the finding clicked.
  std::optional<Diagnostic> draw(const std::string& process_id);
  void set_profile(ValidationProfile profile) { profile_ = profile; }
  ValidationProfile profile() const { return profile_; }
  void set_expanded(bool expanded) { expanded_ = expanded; }
  bool expanded() const { return expanded_; }
  // Another workshop was opened.
  void reset() { cache_.invalidate(); }
  // The findings for `process_id`; null without a Selectielijst.
  const PreparedExport* prepared(const std::string& process_id);
  const DiagnosticList& findings() const { return findings_; }

 private:
  bool draw_header(const PreparedExport* prepared);

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  SelectielijstSource& selectielijst_;
  ValidationCache cache_;
  DiagnosticList findings_;
  // The export's own default profile (Open Zaak), until the user picks another.
  ValidationProfile profile_ = ExportRequest{}.profile;
  bool expanded_ = true;
};

}  // namespace blokjes::app
