#include "zgw_origin.h"

#include "stable_uuid.h"

namespace blokjes {
namespace {

// A text field, or empty when absent or not a string: an origin comes from a
// workshop file, which a hand or a fuzzer may have written.
std::string text_field(const CatalogiJson& data, const char* field) {
  const auto found = data.find(field);
  return found != data.end() && found->is_string() ? found->get<std::string>() : std::string();
}

}  // namespace

std::string_view origin_member(Resource resource) {
  return resource_info(resource).origin_member;
}

std::string object_key(Resource resource, const CatalogiJson& data,
                       const CatalogiJson* informatieobjecttypen) {
  const auto text = [&data](const char* field) { return text_field(data, field); };
  if (resource != Resource::zaaktype_informatieobjecttype) {
    return text(std::string(resource_info(resource).key_field).c_str());
  }
  if (informatieobjecttypen == nullptr || !informatieobjecttypen->is_array()) return "";
  const auto target = text("informatieobjecttype");
  for (const auto& type : *informatieobjecttypen) {
    if (type.is_object() && text_field(type, "url") == target) {
      return text_field(type, "omschrijving");
    }
  }
  return "";
}

ZgwOrigin::ZgwOrigin(const std::string& compact_json) {
  if (compact_json.empty()) return;
  document_ = CatalogiJson::parse(compact_json, nullptr, false);
  if (!document_.is_object()) document_ = CatalogiJson();
}

const CatalogiJson* ZgwOrigin::find(Resource resource, std::string_view key) const {
  if (!document_.is_object()) return nullptr;
  const auto member = document_.find(std::string(origin_member(resource)));
  if (member == document_.end()) return nullptr;
  if (member->is_object()) return member.value().is_object() ? &member.value() : nullptr;
  if (!member->is_array()) return nullptr;
  const auto iots = document_.find("informatieobjecttypen");
  const CatalogiJson* iot_list = iots == document_.end() ? nullptr : &iots.value();
  for (const auto& item : *member) {
    if (item.is_object() && object_key(resource, item, iot_list) == key) return &item;
  }
  return nullptr;
}

void merge_origin(CatalogiObject& object, const CatalogiJson& original, const std::string& base_url,
                  std::initializer_list<std::string_view> original_wins) {
  const auto uuid = uuid_of_url(text_field(original, "url"));
  if (!uuid.empty()) {
    object.uuid = uuid;
    object.data["url"] =
        base_url + "/" + std::string(resource_collection(object.resource)) + "/" + uuid;
  }
  for (const auto field : writable_fields(object.resource)) {
    const std::string name(field);
    if (!object.data.contains(name) && original.contains(name)) object.data[name] = original[name];
  }
  for (const auto field : original_wins) {
    const std::string name(field);
    if (!original.contains(name)) continue;
    if (object.data.contains(name)) object.model_values[name] = object.data[name];
    object.data[name] = original[name];
  }
}

}  // namespace blokjes
