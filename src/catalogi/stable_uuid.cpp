#include "stable_uuid.h"

#include <uuid/uuid.h>

#include <cctype>

namespace blokjes {
namespace {

// Blokjessessie's own namespace, so our names never collide with another
// program's version 5 UUIDs.
constexpr const char* kNamespace = "5d0f3c8e-7a51-4b0e-9f3a-6c2b1e8d4a70";

}  // namespace

std::string stable_uuid(std::string_view name) {
  uuid_t namespace_uuid;
  uuid_parse(kNamespace, namespace_uuid);
  uuid_t result;
  uuid_generate_sha1(result, namespace_uuid, name.data(), name.size());
  char text[37];
  uuid_unparse_lower(result, text);
  return text;
}

bool is_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

std::string uuid_of_url(std::string_view url) {
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  if (url.size() < 36) return "";
  const auto tail = url.substr(url.size() - 36);
  return is_uuid(tail) ? std::string(tail) : "";
}

}  // namespace blokjes
