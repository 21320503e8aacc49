#pragma once
// Catalogi objects -> workshop: the inverse of catalogus_builder.cpp. One
// process per zaaktype, one block per statustype, the other objects placed on
// the blocks that would have produced them, and every original object kept in
// the process's zgwOrigin so that exporting again gives the same objects
// (docs/export.md, "Import"). Reading files is the format's job
// (exporters/zgw/zgw_reader.h); this starts from objects already parsed.

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "catalogi_objects.h"
#include "core/block_library.h"
#include "core/workshop.h"
#include "selectielijst.h"

namespace blokjes {

// One object as read, with where it was read from, for error messages.
struct SourceObject {
  nlohmann::json data;
  std::string file;     // "export.zip:ZaakType.json"
  std::string pointer;  // "/3"
  std::string url;
};

// Every object of an import, by resource.
struct CatalogiObjectSet {
  std::map<Resource, std::vector<SourceObject>> objects;

  // The first object of `resource` with this url.
  const SourceObject* find(Resource resource, const std::string& url) const;
  // The objects of `resource` whose `zaaktype` is `zaaktype_url`, in read order.
  std::vector<const SourceObject*> children(Resource resource,
                                            const std::string& zaaktype_url) const;

  // Hash lookups for find and children, so an import of n objects stays
  // linear in n (issue 11, item 4). Call once the set is complete; a set
  // changed afterwards (a list whose size no longer matches) is searched
  // object by object again, so a stale index never gives a wrong answer.
  void build_index();

 private:
  struct Index {
    std::size_t size = 0;  // objects[resource].size() when indexed
    std::unordered_map<std::string, std::size_t> by_url;
    std::unordered_map<std::string, std::vector<std::size_t>> by_zaaktype;
  };
  const Index* index_of(Resource resource) const;
  std::map<Resource, Index> index_;
};

struct ImportResult {
  Workshop workshop;
  std::vector<std::string> warnings;  // what could not be placed, and why
};

// A DecodeError thrown while mapping carries "<file><kLocatedSeparator><pointer>"
// as its pointer, so the reader, which owns the file's text, can turn it into
// a LoadError with line and column.
inline constexpr char kLocatedSeparator = '\x1f';
std::string located_pointer(const SourceObject& object, const std::string& pointer);

// Lays out one process per zaaktype. `name` is the file the objects came from
// (for the workshop's name and description). Throws DecodeError (located, see
// above) on a value the model cannot hold.
ImportResult workshop_from_catalogi(const CatalogiObjectSet& set, const std::string& name,
                                    const BlockLibrary& library, const Selectielijst& selectielijst,
                                    std::vector<std::string> warnings = {});

}  // namespace blokjes
