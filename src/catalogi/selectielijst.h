#pragma once
// The Selectielijst gemeenten 2020: procestypen, their resultaten (which decide
// archiving) and the generic resultaattypeomschrijvingen. Loaded from
// assets/selectielijst-2020.json, which scripts/make-selectielijst-asset.py
// derives from the reference files; UUIDs are those of the reference files.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes {

struct SelectielijstProcestypeEntry {
  std::string uuid;
  std::string openzaak_uuid;  // the same procestype on selectielijst.openzaak.nl
  int nummer = 0;
  std::string naam;
  std::string procesobject;
};

struct SelectielijstResultaat {
  std::string uuid;
  int procestype = 0;           // the procestype's nummer
  std::string volledig_nummer;  // "11.1.6"
  bool generiek = false;
  std::string naam;
  std::string omschrijving;
  std::string waardering;     // blijvend_bewaren | vernietigen | "" (vervallen)
  std::string procestermijn;  // nihil | bestaansduur_procesobject | ... | ""
  std::optional<std::string> bewaartermijn;
};

struct ResultaattypeOmschrijvingGeneriek {
  std::string uuid;
  std::string omschrijving;  // Toegekend, Afgewezen, Ingetrokken
};

class Selectielijst {
 public:
  int jaar = 2020;
  std::vector<SelectielijstProcestypeEntry> procestypen;
  std::vector<SelectielijstResultaat> resultaten;
  std::vector<ResultaattypeOmschrijvingGeneriek> resultaattypeomschrijvingen;

  const SelectielijstProcestypeEntry* find_procestype(int nummer) const;
  // By either UUID of the procestype (ours or selectielijst.openzaak.nl's).
  const SelectielijstProcestypeEntry* find_procestype_by_uuid(std::string_view uuid) const;
  const SelectielijstResultaat* find_resultaat_by_uuid(std::string_view uuid) const;
  const ResultaattypeOmschrijvingGeneriek* find_omschrijving_by_uuid(std::string_view uuid) const;
  const SelectielijstResultaat* find_resultaat(std::string_view volledig_nummer) const;
  const ResultaattypeOmschrijvingGeneriek* find_omschrijving(std::string_view omschrijving) const;
  // The generiek resultaat of a procestype that fits a generic outcome, or
  // null. See the .cpp for the matching rule.
  const SelectielijstResultaat* generic_resultaat_for(int procestype,
                                                      std::string_view omschrijving) const;
};

// Throws LoadError naming the file and place of any problem.
Selectielijst load_selectielijst(const std::string& path);
Selectielijst parse_selectielijst(const std::string& text, const std::string& name);
std::string default_selectielijst_path();

}  // namespace blokjes
