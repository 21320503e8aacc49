#pragma once
// Validation profiles and export formats as the UI names them; shared by the
// export dialog and the validation panel so both say the same.

#include <string_view>

#include "catalogi/validation.h"
#include "translations.h"

namespace blokjes::app {

const char* profile_label(ValidationProfile profile, const Translations& tr_);
// The translated description of a format; the format's own name when unknown.
const char* format_label(std::string_view format, const Translations& tr_);
// The width that combo needs for its longest label.
float profile_combo_width(const Translations& tr_);
// A combo of the three profiles; true when the choice changed.
bool profile_combo(const char* id, ValidationProfile& profile, const Translations& tr_);

}  // namespace blokjes::app
