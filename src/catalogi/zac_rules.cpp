// The zac profile: the checks of Dimpact's zaakafhandelcomponent (ZAC) before
// it offers a zaaktype to its users, after its HealthCheckService and
// ZaaktypeInrichtingscheck (docs/export.md section 3.4). Seven rules, each
// broken rule one finding:
//   1. statustypen Intake, In behandeling, Heropend, Wacht op aanvullende
//      informatie and Afgerond, with Afgerond at the highest volgnummer
//   2. exactly one roltype with omschrijvingGeneriek initiator
//   3. exactly one roltype "Behandelaar" with omschrijvingGeneriek behandelaar
//   4. a roltype with another omschrijvingGeneriek (adviseur, ...)
//   5. an informatieobjecttype "e-mail" linked to the zaaktype
//   6. at least one resultaattype
//   7. a besluittype when a resultaattype dates its archiving from a besluit
//
// ZAC compares every name with Kotlin's `==` and `when` on strings: exactly,
// case included. So does this profile; a name that differs only in case or
// is the old "Aanvullende informatie" is named in the message, because ZAC
// would not count it.

// [SECTION] The names ZAC looks for
// [SECTION] Rules 1-7
// [SECTION] Entry point

#include <algorithm>
#include <array>
#include <cctype>

#include "validation.h"
#include "zac_shape.h"

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] The names ZAC looks for
// -----------------------------------------------------------------------------

// The roltypen that count as "overig" for rule 4 (ZAC's when-branch).
constexpr std::array<std::string_view, 6> kOverigeRoltypen = {
    "adviseur", "mede_initiator", "belanghebbende", "beslisser", "klantcontacter",
    "zaakcoordinator"};

std::string text_of(const CatalogiJson& data, const char* field) {
  const auto found = data.find(field);
  return found != data.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += i + 1 == names.size() ? " and " : ", ";
    text += "\"" + names[i] + "\"";
  }
  return text;
}

// A statustype whose name ZAC would not count for `wanted` although a person
// would: another case, or the pre-correction "Aanvullende informatie".
const CatalogiObject* near_miss(const std::vector<CatalogiObject>& statustypen,
                                std::string_view wanted) {
  for (const auto& statustype : statustypen) {
    const auto name = text_of(statustype.data, "omschrijving");
    if (name == wanted) continue;
    if (lower(name) == lower(std::string(wanted))) return &statustype;
    if (wanted == kZacStatustypen[3] && lower(name) == "aanvullende informatie") return &statustype;
  }
  return nullptr;
}

// -----------------------------------------------------------------------------
// [SECTION] Rules 1-7
// -----------------------------------------------------------------------------

// Rule 1: the five statustypen, and Afgerond last.
void check_statustypen(const ZaaktypeObjects& objects, std::vector<Diagnostic>& findings) {
  const auto has = [&](std::string_view name) {
    return std::any_of(objects.statustypen.begin(), objects.statustypen.end(),
                       [&](const auto& s) { return text_of(s.data, "omschrijving") == name; });
  };
  std::vector<std::string> missing;
  std::string near;
  for (const auto name : kZacStatustypen) {
    if (has(name)) continue;
    missing.emplace_back(name);
    if (const auto* miss = near_miss(objects.statustypen, name)) {
      near += "; " + miss->label() + " does not count as \"" + std::string(name) +
              "\": ZAC compares names exactly";
    }
  }
  if (!missing.empty()) {
    report(findings, objects.zaaktype,
           std::string(missing.size() == 1 ? "has no statustype " : "has no statustypen ") +
               quoted_list(missing) +
               "; the zaakafhandelcomponent needs Intake, In behandeling, Heropend, Wacht op "
               "aanvullende informatie and Afgerond" +
               near);
    if (!has(kZacStatustypen[4])) return;  // no Afgerond: no order to check
  }
  const CatalogiObject* afgerond = nullptr;
  for (const auto& statustype : objects.statustypen) {
    if (text_of(statustype.data, "omschrijving") == kZacStatustypen[4]) afgerond = &statustype;
  }
  const auto volgnummer = afgerond->data.value("volgnummer", 0);
  for (const auto& statustype : objects.statustypen) {
    if (statustype.data.value("volgnummer", 0) > volgnummer) {
      report(findings, *afgerond,
             "must be the eindstatus (highest volgnummer), but " + statustype.label() +
                 " comes after it; the zaakafhandelcomponent closes a zaak with Afgerond");
      return;
    }
  }
}

std::vector<const CatalogiObject*> roltypen_with(const ZaaktypeObjects& objects,
                                                 std::string_view generiek) {
  std::vector<const CatalogiObject*> result;
  for (const auto& roltype : objects.roltypen) {
    if (text_of(roltype.data, "omschrijvingGeneriek") == generiek) result.push_back(&roltype);
  }
  return result;
}

std::vector<std::string> omschrijvingen(const std::vector<const CatalogiObject*>& objects) {
  std::vector<std::string> names;
  for (const auto* object : objects) names.push_back(text_of(object->data, "omschrijving"));
  return names;
}

// Rule 2: exactly one initiator.
void check_initiator(const ZaaktypeObjects& objects, std::vector<Diagnostic>& findings) {
  const auto initiators = roltypen_with(objects, "initiator");
  if (initiators.size() == 1) return;
  if (initiators.empty()) {
    report(findings, objects.zaaktype,
           "has no roltype with omschrijvingGeneriek initiator; the zaakafhandelcomponent "
           "needs exactly one (the citizen or company that starts the zaak)");
    return;
  }
  report(findings, objects.zaaktype,
         "has " + std::to_string(initiators.size()) +
             " roltypen with omschrijvingGeneriek initiator (" +
             quoted_list(omschrijvingen(initiators)) +
             "); the zaakafhandelcomponent needs exactly one (make the others mede_initiator)");
}

// Rule 3: exactly one "Behandelaar" behandelaar. ZAC counts only behandelaar
// roltypen whose omschrijving is exactly "Behandelaar"; others it ignores.
void check_behandelaar(const ZaaktypeObjects& objects, std::vector<Diagnostic>& findings) {
  const auto behandelaars = roltypen_with(objects, "behandelaar");
  std::vector<const CatalogiObject*> named;
  std::copy_if(behandelaars.begin(), behandelaars.end(), std::back_inserter(named),
               [](const auto* roltype) {
                 return text_of(roltype->data, "omschrijving") == kZacBehandelaar;
               });
  if (named.size() == 1) return;
  if (named.empty()) {
    std::string message =
        "has no roltype \"Behandelaar\" with omschrijvingGeneriek behandelaar; the "
        "zaakafhandelcomponent needs exactly one, named exactly \"Behandelaar\"";
    if (!behandelaars.empty()) {
      message += " (" + quoted_list(omschrijvingen(behandelaars)) +
                 (behandelaars.size() == 1 ? " is a behandelaar" : " are behandelaars") +
                 " under another name, which ZAC does not count)";
    }
    report(findings, objects.zaaktype, message);
    return;
  }
  report(findings, objects.zaaktype,
         "has " + std::to_string(named.size()) +
             " roltypen \"Behandelaar\" with omschrijvingGeneriek behandelaar; the "
             "zaakafhandelcomponent needs exactly one");
}

// Rule 4: one more roltype of the kinds ZAC counts as "overig".
void check_overige_rol(const ZaaktypeObjects& objects, std::vector<Diagnostic>& findings) {
  const bool found =
      std::any_of(objects.roltypen.begin(), objects.roltypen.end(), [](const auto& roltype) {
        const auto generiek = text_of(roltype.data, "omschrijvingGeneriek");
        return std::find(kOverigeRoltypen.begin(), kOverigeRoltypen.end(), generiek) !=
               kOverigeRoltypen.end();
      });
  if (found) return;
  report(findings, objects.zaaktype,
         "has no roltype besides initiator and behandelaar; the zaakafhandelcomponent needs one "
         "more with omschrijvingGeneriek adviseur, mede_initiator, belanghebbende, beslisser, "
         "klantcontacter or zaakcoordinator");
}

// Rule 5: "e-mail", exactly, linked to this zaaktype.
void check_email(const CatalogusExport& catalogus_export, const ZaaktypeObjects& objects,
                 std::vector<Diagnostic>& findings) {
  std::string near;
  for (const auto& link : objects.zaaktype_informatieobjecttypen) {
    const auto* iot = catalogus_export.find_by_url(text_of(link.data, "informatieobjecttype"));
    if (iot == nullptr) continue;
    const auto name = text_of(iot->data, "omschrijving");
    if (name == kZacEmail) return;
    if (lower(name) == kZacEmail) near = name;
  }
  std::string message =
      "has no informatieobjecttype \"e-mail\"; the zaakafhandelcomponent files the mail it "
      "sends under it, so it must be linked to the zaaktype";
  if (!near.empty()) {
    message += " (\"" + near + "\" does not count: ZAC compares names exactly)";
  }
  report(findings, objects.zaaktype, message);
}

// Rule 6: a resultaattype.
void check_resultaattype(const ZaaktypeObjects& objects, std::vector<Diagnostic>& findings) {
  if (!objects.resultaattypen.empty()) return;
  report(findings, objects.zaaktype,
         "has no resultaattype; the zaakafhandelcomponent needs at least one to close a zaak");
}

// Rule 7: a besluittype when a resultaattype's archiving dates from a besluit.
void check_besluittype(const CatalogusExport& catalogus_export, const ZaaktypeObjects& objects,
                       std::vector<Diagnostic>& findings) {
  std::vector<std::string> needing;
  for (const auto& resultaattype : objects.resultaattypen) {
    const auto procedure = resultaattype.data.value("brondatumArchiefprocedure", CatalogiJson());
    const auto afleidingswijze =
        procedure.is_object() ? text_of(procedure, "afleidingswijze") : std::string();
    if (afleidingswijze == "vervaldatum_besluit" || afleidingswijze == "ingangsdatum_besluit") {
      needing.push_back(text_of(resultaattype.data, "omschrijving"));
    }
  }
  if (needing.empty()) return;
  const auto list = objects.zaaktype.data.value("besluittypen", CatalogiJson::array());
  const bool has_besluittype =
      list.is_array() && std::any_of(list.begin(), list.end(), [&](const CatalogiJson& url) {
        if (!url.is_string()) return false;
        const auto* target = catalogus_export.find_by_url(url.get<std::string>());
        return target != nullptr && target->resource == Resource::besluittype;
      });
  if (has_besluittype) return;
  report(findings, objects.zaaktype,
         "has no besluittype, but resultaattype" + std::string(needing.size() == 1 ? " " : "n ") +
             quoted_list(needing) + (needing.size() == 1 ? " dates its" : " date their") +
             " archiving from a besluit (vervaldatum_besluit or "
             "ingangsdatum_besluit); the zaakafhandelcomponent then needs a besluittype on the "
             "zaaktype");
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entry point
// -----------------------------------------------------------------------------

void check_zac(const CatalogusExport& catalogus_export, std::vector<Diagnostic>& findings) {
  for (const auto& objects : catalogus_export.zaaktypen) {
    check_statustypen(objects, findings);
    check_initiator(objects, findings);
    check_behandelaar(objects, findings);
    check_overige_rol(objects, findings);
    check_email(catalogus_export, objects, findings);
    check_resultaattype(objects, findings);
    check_besluittype(catalogus_export, objects, findings);
  }
}

}  // namespace blokjes
