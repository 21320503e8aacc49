#include "import_file.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "bpmn/bpmn_reader.h"
#include "core/load_error.h"
#include "zgw/zgw_reader.h"

namespace blokjes {

ImportKind import_kind_of(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".bpmn") return ImportKind::bpmn;
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return ImportKind::catalogi;
  std::ifstream in(path, std::ios::binary);
  std::array<char, 64 * 1024> head{};
  in.read(head.data(), head.size());
  const std::string_view start(head.data(), static_cast<std::size_t>(in.gcount()));
  return bpmn::looks_like_bpmn(start) ? ImportKind::bpmn : ImportKind::catalogi;
}

ImportResult import_file(const std::string& path, const BlockLibrary& library,
                         const Selectielijst* selectielijst,
                         const std::string& selectielijst_problem) {
  if (import_kind_of(path) == ImportKind::bpmn) return bpmn::import_bpmn_file(path, library);
  if (selectielijst == nullptr) {
    throw LoadError(path, {}, "",
                    "a Catalogi import needs the Selectielijst, which could not be loaded" +
                        (selectielijst_problem.empty() ? std::string() : ": " + selectielijst_problem));
  }
  return import_catalogi_file(path, library, *selectielijst);
}

}  // namespace blokjes
