#pragma once
// Builds ZIP files with arbitrary entries for import tests, including the
// hostile ones a real exporter would never write.

#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace blokjes::test {

// With a password, every entry is AES-256 encrypted.
inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries,
                            const char* password = nullptr) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("cannot create a test ZIP");
  zip_source_keep(buffer);
  for (const auto& [name, text] : entries) {
    zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
    const auto index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("cannot add " + name + ": " + zip_strerror(archive));
    if (password != nullptr && zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index),
                                                       ZIP_EM_AES_256, password) < 0) {
      throw std::runtime_error("cannot encrypt " + name + ": " + zip_strerror(archive));
    }
  }
  if (zip_close(archive) < 0) throw std::runtime_error("cannot close the test ZIP");
  zip_stat_t stat;
  zip_source_open(buffer);
  zip_source_stat(buffer, &stat);
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

}  // namespace blokjes::test
