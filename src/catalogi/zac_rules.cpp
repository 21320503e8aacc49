// The zac profile: what Dimpact's zaakafhandelcomponent checks before it
// offers a zaaktype to its users (its "inrichtingscheck").

#include <algorithm>
#include <array>
#include <cctype>

#include "validation.h"

namespace blokjes {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

constexpr std::array<std::string_view, 5> kStatustypen = {"Intake", "In behandeling", "Heropend",
                                                          "Aanvullende informatie", "Afgerond"};

const CatalogiObject* find_by(const std::vector<CatalogiObject>& objects, const char* field,
                              std::string_view value) {
  const auto wanted = lower(std::string(value));
  for (const auto& object : objects) {
    const auto found = object.data.find(field);
    if (found != object.data.end() && found->is_string() &&
        lower(found->get<std::string>()) == wanted)
      return &object;
  }
  return nullptr;
}

void check_statustypen(const ZaaktypeObjects& objects, std::vector<Diagnostic>& findings) {
  for (const auto name : kStatustypen) {
    if (find_by(objects.statustypen, "omschrijving", name) == nullptr) {
      report(findings, objects.zaaktype,
             "has no statustype \"" + std::string(name) +
                 "\"; the zaakafhandelcomponent needs Intake, In behandeling, Heropend, "
                 "Aanvullende informatie and Afgerond");
    }
  }
  const auto* afgerond = find_by(objects.statustypen, "omschrijving", "Afgerond");
  if (afgerond == nullptr) return;
  const auto volgnummer = afgerond->data.value("volgnummer", 0);
  for (const auto& statustype : objects.statustypen) {
    if (statustype.data.value("volgnummer", 0) > volgnummer) {
      report(findings, *afgerond,
             "must be the eindstatus (highest volgnummer), but " + statustype.label() +
                 " comes after it");
      return;
    }
  }
}

void check_roltypen(const ZaaktypeObjects& objects, std::vector<Diagnostic>& findings) {
  for (const auto* generiek : {"behandelaar", "initiator"}) {
    if (find_by(objects.roltypen, "omschrijvingGeneriek", generiek) == nullptr) {
      report(findings, objects.zaaktype,
             std::string("has no roltype with omschrijvingGeneriek ") + generiek +
                 "; the zaakafhandelcomponent needs one");
    }
  }
  const auto others =
      std::count_if(objects.roltypen.begin(), objects.roltypen.end(), [](const auto& roltype) {
        const auto generiek = roltype.data.value("omschrijvingGeneriek", "");
        return generiek != "behandelaar" && generiek != "initiator";
      });
  if (others == 0) {
    report(findings, objects.zaaktype,
           "has only behandelaar and initiator roltypen; the zaakafhandelcomponent needs one "
           "more (a belanghebbende or adviseur, for example)");
  }
}

void check_documents(const CatalogusExport& catalogus_export, const ZaaktypeObjects& objects,
                     std::vector<Diagnostic>& findings) {
  if (objects.zaaktype.data.value("besluittypen", CatalogiJson::array()).empty()) {
    report(findings, objects.zaaktype,
           "has no besluittype; the zaakafhandelcomponent needs one (add a Besluiten block)");
  }
  const auto* email = find_by(catalogus_export.informatieobjecttypen, "omschrijving", "e-mail");
  const bool linked =
      email != nullptr &&
      std::any_of(objects.zaaktype_informatieobjecttypen.begin(),
                  objects.zaaktype_informatieobjecttypen.end(), [&](const auto& link) {
                    return link.data.value("informatieobjecttype", "") == email->url();
                  });
  if (!linked) {
    report(findings, objects.zaaktype,
           "has no informatieobjecttype \"e-mail\"; the zaakafhandelcomponent sends mail with it "
           "(an Informeren block brings one)");
  }
}

}  // namespace

void check_zac(const CatalogusExport& catalogus_export, std::vector<Diagnostic>& findings) {
  for (const auto& objects : catalogus_export.zaaktypen) {
    check_statustypen(objects, findings);
    check_roltypen(objects, findings);
    check_documents(catalogus_export, objects, findings);
  }
}

}  // namespace blokjes
