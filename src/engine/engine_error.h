#pragma once
// Why the engine refused: a ZGW-style code (the Zaken API's and Open Zaak's
// where they have one, our own in the same style where they do not) and a
// message a person understands, in Dutch and in English. One table
// (kErrorCodes in engine_error.cpp) lists every code with its meaning.

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace blokjes::engine {

enum class ErrorCode {
  // Zaken API 1.5.1 / Open Zaak
  zaaktype_mismatch,          // a type that is not of the zaak's zaaktype
  date_in_future,             // datumStatusGezet after now
  resultaat_does_not_exist,   // eindstatus without resultaat
  deelzaken_not_closed,       // closing a hoofdzaak with open deelzaken
  archiefactiedatum_error,    // the brondatum cannot be determined at closing
  // Ours, beyond Open Zaak
  status_order,               // strict zaaktype: the process does not lead there
  zaaktype_not_found,         // no deployed zaaktype with that identificatie
  zaaktype_concept,           // deploying a concept without --allow-concept
  zaak_not_found,
  zaak_closed,                // a change to a closed zaak that only an open one takes
  deelzaak_als_hoofdzaak,     // a deelzaak cannot be a hoofdzaak
  resultaat_exists,           // a zaak has one resultaat
  rol_unique,                 // a second initiator or zaakcoordinator
  eigenschap_invalid,         // a value that does not fit the specificatie
  besluit_dates,              // vervaldatum before ingangsdatum
  brondatum_not_applicable,   // `brondatum` set by hand on a zaak that does not take one
  opschorting_not_allowed,    // the zaaktype does not allow opschorting
  already_suspended,          // opschorten while suspended
  not_suspended,              // hervatten while not suspended
  verlenging_not_allowed,     // the zaaktype does not allow verlenging
  verlenging_used,            // verlengen a second time
  verlenging_too_long,        // longer than the verlengingstermijn
  not_closed,                 // heropenen a zaak that is open
  invalid_value,              // a date or duration that does not parse
  // No code for privacy: the engine never refuses a read, it leaves out
  // what the reader may not see (engine.h).
};

struct ErrorCodeInfo {
  ErrorCode code;
  std::string_view id;       // "zaaktype-mismatch": what stderr and --json show
  std::string_view meaning;  // one English sentence for docs and --help
};

std::span<const ErrorCodeInfo> error_codes();
std::string_view error_code_id(ErrorCode code);

// A rule refused. what() is the English message.
class EngineError : public std::runtime_error {
 public:
  EngineError(ErrorCode code, std::string message_nl, std::string message_en);

  ErrorCode code() const { return code_; }
  std::string_view code_id() const { return error_code_id(code_); }
  const std::string& message_nl() const { return message_nl_; }
  const std::string& message_en() const { return message_en_; }
  // "nl" or "en"
  const std::string& message(std::string_view language) const;

 private:
  ErrorCode code_;
  std::string message_nl_;
  std::string message_en_;
};

}  // namespace blokjes::engine
