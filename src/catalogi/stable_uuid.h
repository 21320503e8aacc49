#pragma once
// Name-based UUIDs (RFC 4122 version 5), so exporting the same workshop twice
// gives every object the same UUID and Open Zaak sees the same objects.

#include <string>
#include <string_view>

namespace blokjes {

// The UUID of `name` in Blokjessessie's namespace, lower-case with dashes.
std::string stable_uuid(std::string_view name);
// True for a lower- or upper-case 8-4-4-4-12 hex UUID.
bool is_uuid(std::string_view text);
// The UUID at the end of a URL ("…/zaaktypen/<uuid>"), or "" when there is none.
std::string uuid_of_url(std::string_view url);

}  // namespace blokjes
