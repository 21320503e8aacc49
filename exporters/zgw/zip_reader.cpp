#include "zip_reader.h"

#include <zip.h>

#include "core/json_text.h"
#include "core/load_error.h"

namespace blokjes {
namespace {

[[noreturn]] void fail(const std::string& name, const std::string& message) {
  throw LoadError(name, {}, "", message);
}

// A root-level file name: no directories, no "..", no absolute or Windows paths.
std::string unsafe_name_problem(const std::string& entry) {
  if (entry.empty()) return "an entry has no name";
  if (entry.find('\0') != std::string::npos) return "an entry name contains a NUL byte";
  if (entry.find('/') != std::string::npos || entry.find('\\') != std::string::npos) {
    return "entry \"" + entry +
           "\" is not at the root of the ZIP; the Open Zaak import has only <Resource>.json "
           "files at the root (paths are refused to prevent writing outside the target)";
  }
  if (entry == "." || entry == "..") return "entry \"" + entry + "\" is not a file";
  return "";
}

std::string read_entry(zip_t* archive, zip_uint64_t index, const std::string& label,
                       std::uint64_t limit) {
  zip_file_t* file = zip_fopen_index(archive, index, 0);
  if (file == nullptr) fail(label, std::string("cannot read the entry: ") + zip_strerror(archive));
  std::string bytes;
  char chunk[64 * 1024];
  while (true) {
    const auto read = zip_fread(file, chunk, sizeof chunk);
    if (read < 0) {
      const std::string message = zip_file_strerror(file);
      zip_fclose(file);
      fail(label, "the entry is corrupt: " + message);
    }
    if (read == 0) break;
    // The header's size may lie; the limit holds for what really comes out.
    if (bytes.size() + static_cast<std::size_t>(read) > limit) {
      zip_fclose(file);
      fail(label, "the entry unpacks to more than " + std::to_string(limit) +
                      " bytes; refusing it (a ZIP bomb or not a catalogus export)");
    }
    bytes.append(chunk, static_cast<std::size_t>(read));
  }
  zip_fclose(file);
  return bytes;
}

std::vector<ZipEntry> read_archive(zip_t* archive, const std::string& name,
                                   const ZipLimits& limits) {
  const auto count = zip_get_num_entries(archive, 0);
  if (count < 0) fail(name, "cannot list the entries of the ZIP");
  if (static_cast<std::uint64_t>(count) > limits.max_entries) {
    fail(name, "the ZIP has " + std::to_string(count) + " entries; at most " +
                   std::to_string(limits.max_entries) + " are accepted");
  }
  std::vector<ZipEntry> entries;
  std::uint64_t total = 0;
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, i, ZIP_FL_ENC_GUESS, &stat) < 0 || stat.name == nullptr) {
      fail(name, "entry " + std::to_string(i) + " cannot be read");
    }
    const std::string entry = stat.name;
    if (!entry.empty() && entry.back() == '/') continue;  // a directory record holds no data
    if (const auto problem = unsafe_name_problem(entry); !problem.empty()) fail(name, problem);
    const std::string label = name + ":" + entry;
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
      fail(label, "the entry is encrypted");
    }
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limits.max_entry_bytes) {
      fail(label, "the entry is " + std::to_string(stat.size) + " bytes; at most " +
                      std::to_string(limits.max_entry_bytes) + " are accepted");
    }
    auto bytes = read_entry(archive, i, label, limits.max_entry_bytes);
    total += bytes.size();
    if (total > limits.max_total_bytes) {
      fail(name, "the entries unpack to more than " + std::to_string(limits.max_total_bytes) +
                     " bytes together; refusing the ZIP");
    }
    entries.push_back({entry, std::move(bytes)});
  }
  return entries;
}

std::vector<ZipEntry> read_from_source(zip_source_t* source, const std::string& name,
                                       const ZipLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    zip_source_free(source);
    fail(name, "not a readable ZIP file (" + message + ")");
  }
  try {
    auto entries = read_archive(archive, name, limits);
    zip_discard(archive);
    return entries;
  } catch (...) {
    zip_discard(archive);
    throw;
  }
}

}  // namespace

std::vector<ZipEntry> read_zip_entries_from_memory(const std::string& bytes,
                                                   const std::string& name,
                                                   const ZipLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    fail(name, "cannot open the ZIP");
  }
  return read_from_source(source, name, limits);
}

std::vector<ZipEntry> read_zip_entries(const std::string& path, const ZipLimits& limits) {
  // The compressed file is bounded too, so a huge file is refused before reading.
  const auto bytes = read_text_file(path, limits.max_total_bytes);
  return read_zip_entries_from_memory(bytes, path, limits);
}

}  // namespace blokjes
