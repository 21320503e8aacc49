#include "engine_error.h"

namespace blokjes::engine {
namespace {

constexpr ErrorCodeInfo kErrorCodes[] = {
    {ErrorCode::zaaktype_mismatch, "zaaktype-mismatch",
     "The statustype, roltype, resultaattype, eigenschap, informatieobjecttype or besluittype is not of the zaak's zaaktype."},
    {ErrorCode::date_in_future, "date-in-future", "datumStatusGezet lies in the future."},
    {ErrorCode::resultaat_does_not_exist, "resultaat-does-not-exist",
     "The eindstatus is set while the zaak has no resultaat."},
    {ErrorCode::deelzaken_not_closed, "deelzaken-not-closed",
     "A hoofdzaak is closed while one of its deelzaken is open."},
    {ErrorCode::archiefactiedatum_error, "archiefactiedatum-error",
     "Closing needs the brondatum of the archiving procedure and it is not known."},
    {ErrorCode::status_order, "status-order",
     "The zaaktype is strict and its process does not lead to this status from the current one."},
    {ErrorCode::zaaktype_not_found, "zaaktype-not-found", "No zaaktype with this identificatie is deployed."},
    {ErrorCode::zaaktype_concept, "zaaktype-concept",
     "The zaaktype is a concept; deploy it with --allow-concept."},
    {ErrorCode::zaak_not_found, "zaak-not-found", "No zaak with this identificatie."},
    {ErrorCode::zaak_closed, "zaak-closed", "The zaak is closed; reopen it first."},
    {ErrorCode::deelzaak_als_hoofdzaak, "deelzaak-als-hoofdzaak", "A deelzaak cannot be a hoofdzaak."},
    {ErrorCode::resultaat_exists, "resultaat-exists", "The zaak already has a resultaat."},
    {ErrorCode::rol_unique, "rol-unique", "A zaak has at most one initiator and one zaakcoordinator."},
    {ErrorCode::eigenschap_invalid, "eigenschap-invalid",
     "The value does not fit the eigenschap's specificatie (formaat, lengte, waardenverzameling)."},
    {ErrorCode::besluit_dates, "besluit-dates", "The besluit's vervaldatum lies before its ingangsdatum."},
    {ErrorCode::brondatum_not_applicable, "brondatum-not-applicable",
     "A brondatum is set by hand only for a closed zaak whose resultaattype derives it from another date."},
    {ErrorCode::opschorting_not_allowed, "opschorting-not-allowed",
     "The zaaktype does not allow opschorting."},
    {ErrorCode::already_suspended, "opschorting-already-active", "The zaak is already suspended."},
    {ErrorCode::not_suspended, "opschorting-not-active", "The zaak is not suspended."},
    {ErrorCode::verlenging_not_allowed, "verlenging-not-allowed", "The zaaktype does not allow verlenging."},
    {ErrorCode::verlenging_used, "verlenging-already-used", "The zaak has already been extended once."},
    {ErrorCode::verlenging_too_long, "verlenging-too-long",
     "The extension is longer than the zaaktype's verlengingstermijn."},
    {ErrorCode::not_closed, "zaak-not-closed", "Only a closed zaak can be reopened."},
    {ErrorCode::invalid_value, "invalid", "A date or duration that does not parse."},
};
static_assert(std::size(kErrorCodes) == static_cast<std::size_t>(ErrorCode::invalid_value) + 1);

}  // namespace

std::span<const ErrorCodeInfo> error_codes() {
  return kErrorCodes;
}

std::string_view error_code_id(ErrorCode code) {
  return kErrorCodes[static_cast<std::size_t>(code)].id;
}

EngineError::EngineError(ErrorCode code, std::string message_nl, std::string message_en)
    : std::runtime_error(message_en), code_(code), message_nl_(std::move(message_nl)),
      message_en_(std::move(message_en)) {}

const std::string& EngineError::message(std::string_view language) const {
  return language == "en" ? message_en_ : message_nl_;
}

}  // namespace blokjes::engine
