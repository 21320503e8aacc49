#pragma once
// Reads the entries of an untrusted ZIP with guards: only plain file names at
// the root (no paths, so no zip-slip), a bounded number of entries and
// bounded sizes, enforced while reading rather than trusted from headers.

#include <cstdint>
#include <string>
#include <vector>

namespace blokjes {

struct ZipLimits {
  std::size_t max_entries = 64;
  std::uint64_t max_entry_bytes = 32u * 1024u * 1024u;
  std::uint64_t max_total_bytes = 128u * 1024u * 1024u;
};

struct ZipEntry {
  std::string name;
  std::string bytes;
};

// Throws LoadError naming the ZIP (and the entry) and what was expected.
std::vector<ZipEntry> read_zip_entries(const std::string& path, const ZipLimits& limits = {});
std::vector<ZipEntry> read_zip_entries_from_memory(const std::string& bytes,
                                                   const std::string& name,
                                                   const ZipLimits& limits = {});

}  // namespace blokjes
