// The openzaak profile: the rules Open Zaak applies when it creates and
// publishes a zaaktype (docs/catalogi-reference.md sections 2.10 and 3).

#include <algorithm>
#include <unordered_map>

#include "core/identifier_text.h"
#include "core/iso8601.h"
#include "resultaat_archiving.h"
#include "stable_uuid.h"
#include "validation.h"

namespace blokjes {
namespace {

std::string text_of(const CatalogiJson& data, const char* field) {
  const auto found = data.find(field);
  return found != data.end() && found->is_string() ? found->get<std::string>() : "";
}

// Open Zaak tests fields for truthiness: required means non-empty, forbidden
// means empty, null or false.
bool truthy(const CatalogiJson& value) {
  if (value.is_null()) return false;
  if (value.is_boolean()) return value.get<bool>();
  if (value.is_string()) return !value.get_ref<const std::string&>().empty();
  return true;
}

class OpenZaakRules {
 public:
  OpenZaakRules(const CatalogusExport& catalogus_export, const Selectielijst& selectielijst,
                const ExportOptions& options, std::vector<Diagnostic>& findings)
      : export_(catalogus_export),
        selectielijst_(selectielijst),
        options_(options),
        findings_(findings) {
    for (const auto& resultaat : selectielijst.resultaten)
      resultaat_of_uuid_[resultaat.uuid] = &resultaat;
    for (const auto& procestype : selectielijst.procestypen) {
      procestype_of_uuid_[procestype.uuid] = procestype.nummer;
    }
  }

  void run() {
    check_references();
    check_rsin(export_.catalogus);
    for (const auto& zaaktype : export_.zaaktypen) check_zaaktype(zaaktype);
    check_geldigheid_overlap();
    check_unique_catalogus_level();
  }

 private:
  // Every URL an object refers to must be an object of the same export, of
  // the right kind: Open Zaak resolves them within its own API.
  void check_references() {
    std::unordered_map<std::string, Resource> resource_of_url;
    for (const auto* object : export_.all_objects())
      resource_of_url[object->url()] = object->resource;
    static const std::vector<std::pair<const char*, Resource>> kFields = {
        {"catalogus", Resource::catalogus},
        {"zaaktype", Resource::zaaktype},
        {"statustype", Resource::statustype},
        {"informatieobjecttype", Resource::informatieobjecttype},
        {"informatieobjecttypen", Resource::informatieobjecttype},
        {"besluittypen", Resource::besluittype},
        {"deelzaaktypen", Resource::zaaktype}};
    for (const auto* object : export_.all_objects()) {
      for (const auto& [field, resource] : kFields) {
        const auto found = object->data.find(field);
        if (found == object->data.end()) continue;
        const auto values = found->is_array() ? *found : CatalogiJson::array({*found});
        for (const auto& value : values) {
          if (!value.is_string()) continue;
          const auto target = resource_of_url.find(value.get<std::string>());
          if (target == resource_of_url.end() || target->second != resource) {
            report(findings_, *object,
                   std::string(field) + " refers to " + value.get<std::string>() +
                       ", which is not a " + std::string(resource_noun(resource)) +
                       " of this export");
          }
        }
      }
    }
  }

  void check_rsin(const CatalogiObject& catalogus) {
    const auto rsin = text_of(catalogus.data, "rsin");
    if (rsin.size() != 9) return;  // the schema rule reports the length
    if (!std::all_of(rsin.begin(), rsin.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      report(findings_, catalogus, "rsin " + rsin + " must be 9 digits", Severity::error, "rsin");
      return;
    }
    int sum = 0;
    for (int i = 0; i < 8; ++i) sum += (rsin[static_cast<std::size_t>(i)] - '0') * (9 - i);
    sum -= rsin[8] - '0';
    if (sum % 11 != 0) {
      report(findings_, catalogus, "rsin " + rsin + " fails the 11-proef", Severity::error, "rsin");
    }
  }

  void check_zaaktype(const ZaaktypeObjects& objects) {
    const auto& zaaktype = objects.zaaktype;
    check_publishable(objects);
    check_durations(zaaktype);
    check_geldigheid(zaaktype);
    const int procestype = procestype_nummer(zaaktype);
    for (const auto& resultaattype : objects.resultaattypen) {
      check_selectielijstklasse(resultaattype, procestype);
      check_brondatum(resultaattype, !zaaktype.data["besluittypen"].empty(), objects);
    }
    check_unique(objects.statustypen, "volgnummer");
    check_unique(objects.statustypen, "omschrijving");
    check_unique(objects.roltypen, "omschrijving");
    check_unique(objects.resultaattypen, "omschrijving");
    check_unique(objects.eigenschappen, "naam");
    check_unique(objects.zaaktype_informatieobjecttypen, "volgnummer");
  }

  void check_publishable(const ZaaktypeObjects& objects) {
    const auto& zaaktype = objects.zaaktype;
    if (objects.statustypen.size() < 2) {
      report(findings_, zaaktype,
             "has " + std::to_string(objects.statustypen.size()) +
                 " statustypen; Open Zaak publishes a zaaktype with at least 2 (add blocks)");
    }
    if (objects.roltypen.empty()) {
      report(findings_, zaaktype, "has no roltype; Open Zaak publishes a zaaktype with at least 1");
    }
    if (objects.resultaattypen.empty()) {
      report(findings_, zaaktype,
             "has no resultaattype; Open Zaak publishes a zaaktype with at least 1 (add a "
             "Besluiten block or resultaattypen)");
    }
    if (!truthy(zaaktype.data.value("selectielijstProcestype", CatalogiJson()))) {
      report(findings_, zaaktype,
             "has no selectielijstProcestype; choose the Selectielijst 2020 procestype its "
             "resultaattypen belong to",
             Severity::error, "selectielijstProcestype");
    }
  }

  void check_durations(const CatalogiObject& zaaktype) {
    const auto& data = zaaktype.data;
    const auto doorlooptijd = parse_iso_duration(text_of(data, "doorlooptijd"));
    const auto servicenorm = parse_iso_duration(text_of(data, "servicenorm"));
    if (doorlooptijd && servicenorm &&
        servicenorm->approximate_days() > doorlooptijd->approximate_days()) {
      report(findings_, zaaktype,
             "servicenorm " + text_of(data, "servicenorm") + " is longer than doorlooptijd " +
                 text_of(data, "doorlooptijd") +
                 "; the organisation's norm cannot exceed the legal lead time",
             Severity::error, "servicenorm");
    }
    const bool verlenging = data.value("verlengingMogelijk", false);
    const bool has_termijn = truthy(data.value("verlengingstermijn", CatalogiJson()));
    if (verlenging && !has_termijn) {
      report(
          findings_, zaaktype,
          "verlengingMogelijk is true but there is no verlengingstermijn (an omgevingsvergunning "
          "is extended by P6W, for example)",
          Severity::error, "verlengingstermijn");
    } else if (!verlenging && has_termijn) {
      report(findings_, zaaktype,
             "has a verlengingstermijn but verlengingMogelijk is false; the termijn may only be "
             "set when verlenging is possible",
             Severity::error, "verlengingstermijn");
    }
  }

  void check_geldigheid(const CatalogiObject& zaaktype) {
    const auto begin = text_of(zaaktype.data, "beginGeldigheid");
    const auto einde = text_of(zaaktype.data, "eindeGeldigheid");
    const auto versiedatum = text_of(zaaktype.data, "versiedatum");
    if (!einde.empty() && !begin.empty() && einde < begin) {
      report(findings_, zaaktype,
             "eindeGeldigheid " + einde + " is before beginGeldigheid " + begin, Severity::error,
             "eindeGeldigheid");
    }
    if (!versiedatum.empty() && !begin.empty() && versiedatum < begin) {
      report(findings_, zaaktype,
             "versiedatum " + versiedatum + " is before beginGeldigheid " + begin +
                 "; a version becomes valid on or after its versiedatum",
             Severity::error, "versiedatum");
    }
  }

  // Two zaaktypen with one identificatie are versions; Open Zaak publishes
  // them only when their geldigheid does not overlap. Sorted by begin, a
  // version overlaps an earlier one exactly when it begins before the latest
  // end so far: one pass, and one finding per identificatie (with the count),
  // not one per pair (1,000 copies gave half a million findings).
  void check_geldigheid_overlap() {
    std::unordered_map<std::string, std::vector<const CatalogiObject*>> by_identificatie;
    std::vector<std::string> order;
    for (const auto& objects : export_.zaaktypen) {
      const auto identificatie = text_of(objects.zaaktype.data, "identificatie");
      auto& versions = by_identificatie[identificatie];
      if (versions.empty()) order.push_back(identificatie);
      versions.push_back(&objects.zaaktype);
    }
    for (const auto& identificatie : order) {
      auto& versions = by_identificatie[identificatie];
      if (versions.size() < 2) continue;
      std::stable_sort(versions.begin(), versions.end(), [](const auto* a, const auto* b) {
        return text_of(a->data, "beginGeldigheid") < text_of(b->data, "beginGeldigheid");
      });
      const CatalogiObject* latest = versions.front();  // the version ending last so far
      const CatalogiObject* first_overlap = nullptr;
      const CatalogiObject* overlapped = nullptr;
      std::size_t overlapping = 0;
      for (std::size_t i = 1; i < versions.size(); ++i) {
        if (overlaps(*versions[i], *latest)) {
          if (overlapping++ == 0) {
            first_overlap = versions[i];
            overlapped = latest;
          }
        }
        if (end_of(*versions[i]) > end_of(*latest)) latest = versions[i];
      }
      if (first_overlap == nullptr) continue;
      std::string message = "identificatie " + shown_identifier(identificatie) +
                            " is also used by " + shown_identifier(overlapped->source.process_id) +
                            " and their geldigheid overlaps; versions of a zaaktype need "
                            "separate periods";
      if (overlapping > 1) {
        message += " (" + std::to_string(overlapping + 1) + " of its " +
                   std::to_string(versions.size()) + " versions overlap)";
      }
      report(findings_, *first_overlap, message, Severity::error, "identificatie");
    }
  }

  static std::string end_of(const CatalogiObject& object) {
    const auto einde = text_of(object.data, "eindeGeldigheid");
    return einde.empty() ? std::string("9999-12-31") : einde;
  }

  static bool overlaps(const CatalogiObject& a, const CatalogiObject& b) {
    return text_of(a.data, "beginGeldigheid") <= end_of(b) &&
           text_of(b.data, "beginGeldigheid") <= end_of(a);
  }

  int procestype_nummer(const CatalogiObject& zaaktype) const {
    const auto url = text_of(zaaktype.data, "selectielijstProcestype");
    const auto found = procestype_of_uuid_.find(uuid_of_url(url));
    return found == procestype_of_uuid_.end() ? 0 : found->second;
  }

  const SelectielijstResultaat* klasse_of(const CatalogiObject& resultaattype) const {
    const auto url = text_of(resultaattype.data, "selectielijstklasse");
    if (!url.starts_with(options_.selectielijst_base)) return nullptr;
    const auto found = resultaat_of_uuid_.find(uuid_of_url(url));
    return found == resultaat_of_uuid_.end() ? nullptr : found->second;
  }

  void check_selectielijstklasse(const CatalogiObject& resultaattype, int procestype) {
    const auto url = text_of(resultaattype.data, "selectielijstklasse");
    if (url.empty()) {
      report(findings_, resultaattype,
             procestype == 0
                 ? "has no selectielijstklasse because the zaaktype has no "
                   "selectielijstProcestype"
                 : "has no selectielijstklasse; set one of procestype " +
                       std::to_string(procestype) + " (e.g. " + std::to_string(procestype) + ".1)");
      return;
    }
    const auto* klasse = klasse_of(resultaattype);
    if (klasse == nullptr && !url.starts_with(options_.selectielijst_base + "/resultaten/")) {
      report(findings_, resultaattype,
             "selectielijstklasse " + url + " is not a resultaat of the Selectielijst at " +
                 options_.selectielijst_base + ", the one Open Zaak checks it against");
      return;
    }
    if (klasse == nullptr) {
      // An imported klasse from the live service: plausible, but not checkable here.
      report(findings_, resultaattype,
             "selectielijstklasse " + url + " is not in our copy of the Selectielijst " +
                 std::to_string(selectielijst_.jaar) + ", so its procestype is not checked",
             Severity::warning);
      return;
    }
    if (klasse->waardering.empty()) {
      report(findings_, resultaattype,
             "selectielijstklasse " + klasse->volledig_nummer +
                 " is vervallen (it has no waardering); choose another");
    }
    if (procestype != 0 && klasse->procestype != procestype) {
      report(findings_, resultaattype,
             "selectielijstklasse " + klasse->volledig_nummer + " belongs to procestype " +
                 std::to_string(klasse->procestype) + ", but the zaaktype's procestype is " +
                 std::to_string(procestype));
    }
    const auto nominatie = text_of(resultaattype.data, "archiefnominatie");
    if (!nominatie.empty() && !klasse->waardering.empty() && nominatie != klasse->waardering) {
      report(findings_, resultaattype,
             "archiefnominatie " + nominatie + " differs from the waardering " +
                 klasse->waardering + " of selectielijstklasse " + klasse->volledig_nummer,
             Severity::warning);
    }
  }

  void check_brondatum(const CatalogiObject& resultaattype, bool has_besluittype,
                       const ZaaktypeObjects& objects) {
    const auto found = resultaattype.data.find("brondatumArchiefprocedure");
    if (found == resultaattype.data.end() || found->is_null()) {
      if (text_of(resultaattype.data, "archiefnominatie") != "blijvend_bewaren") {
        report(findings_, resultaattype,
               "brondatumArchiefprocedure is required unless archiefnominatie is "
               "blijvend_bewaren");
      }
      return;
    }
    const auto& brondatum = *found;
    const auto afleidingswijze = text_of(brondatum, "afleidingswijze");
    if (const auto* klasse = klasse_of(resultaattype)) {
      const auto constraint = afleidingswijze_constraint(klasse->procestermijn);
      const auto expected = constraint.substr(constraint.find(':') + 1);
      if ((constraint.starts_with("must:") && afleidingswijze != expected) ||
          (constraint.starts_with("not:") && afleidingswijze == expected)) {
        report(findings_, resultaattype,
               "afleidingswijze " + afleidingswijze + " does not fit procestermijn " +
                   klasse->procestermijn + " of selectielijstklasse " + klasse->volledig_nummer +
                   (constraint.starts_with("must:") ? "; it must be " + expected
                                                    : "; it must not be " + expected));
      }
    }
    check_parameters(resultaattype, brondatum, afleidingswijze);
    if ((afleidingswijze == "ingangsdatum_besluit" || afleidingswijze == "vervaldatum_besluit") &&
        !has_besluittype) {
      report(findings_, resultaattype,
             "afleidingswijze " + afleidingswijze + " needs a besluittype on the zaaktype");
    }
    if (afleidingswijze == "eigenschap") {
      const auto naam = text_of(brondatum, "datumkenmerk");
      const bool known = std::any_of(
          objects.eigenschappen.begin(), objects.eigenschappen.end(),
          [&](const auto& eigenschap) { return text_of(eigenschap.data, "naam") == naam; });
      if (!naam.empty() && !known) {
        report(findings_, resultaattype,
               "afleidingswijze eigenschap names datumkenmerk \"" + naam +
                   "\", which is not an eigenschap of the zaaktype");
      }
    }
  }

  void check_parameters(const CatalogiObject& resultaattype, const CatalogiJson& brondatum,
                        const std::string& afleidingswijze) {
    const auto uses = brondatum_parameter_uses(afleidingswijze);  // empty: the schema reports it
    for (std::size_t i = 0; i < uses.size(); ++i) {
      const std::string parameter(kBrondatumParameters[i]);
      const auto value = brondatum.value(parameter, CatalogiJson());
      if (uses[i] == ParameterUse::required && !truthy(value)) {
        report(findings_, resultaattype,
               "afleidingswijze " + afleidingswijze + " requires brondatumArchiefprocedure." +
                   parameter);
      } else if (uses[i] == ParameterUse::forbidden && truthy(value)) {
        report(findings_, resultaattype,
               "afleidingswijze " + afleidingswijze + " forbids brondatumArchiefprocedure." +
                   parameter + " (it must be empty)");
      }
    }
  }

  // One finding per repeated value, with the count, at its second use: linear,
  // and a process with 1,000 blocks of one kind stays readable.
  void check_unique(const std::vector<CatalogiObject>& objects, const char* field,
                    const char* scope = "zaaktype") {
    struct Uses {
      const CatalogiObject* first = nullptr;
      const CatalogiObject* second = nullptr;
      std::size_t count = 0;
    };
    std::unordered_map<std::string, Uses> seen;
    std::vector<std::string> repeated;  // in order of their second use
    for (const auto& object : objects) {
      auto key = object.data.value(field, CatalogiJson()).dump();
      auto& uses = seen[key];
      if (uses.count == 0) uses.first = &object;
      if (uses.count == 1) {
        uses.second = &object;
        repeated.push_back(std::move(key));
      }
      ++uses.count;
    }
    for (const auto& key : repeated) {
      const auto& uses = seen[key];
      const auto times = uses.count == 2 ? std::string("twice") : std::to_string(uses.count) + " times";
      report(findings_, *uses.second,
             std::string(field) + " " + shown_identifier(key) + " is used " + times + " in this " +
                 std::string(scope) + " (also by " + uses.first->label() + "); each " +
                 std::string(resource_noun(uses.second->resource)) + " needs its own");
    }
  }

  void check_unique_catalogus_level() {
    check_unique(export_.informatieobjecttypen, "omschrijving", "catalogus");
    check_unique(export_.besluittypen, "omschrijving", "catalogus");
  }

  const CatalogusExport& export_;
  const Selectielijst& selectielijst_;
  const ExportOptions& options_;
  std::vector<Diagnostic>& findings_;
  std::unordered_map<std::string, const SelectielijstResultaat*> resultaat_of_uuid_;
  std::unordered_map<std::string, int> procestype_of_uuid_;
};

}  // namespace

void check_openzaak(const CatalogusExport& catalogus_export, const Selectielijst& selectielijst,
                    const ExportOptions& options, std::vector<Diagnostic>& findings) {
  OpenZaakRules(catalogus_export, selectielijst, options, findings).run();
}

}  // namespace blokjes
