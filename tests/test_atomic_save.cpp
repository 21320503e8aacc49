// Saving is atomic: the target holds either the old or the new content, no
// temporary file is left behind, and failures say which path and why.

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/workshop_file.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;

namespace {

std::string read_all(const std::string& path) {
  return blokjes::test::read_file(path);
}

std::size_t entries_in(const std::filesystem::path& directory) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(directory),
                                                std::filesystem::directory_iterator()));
}

}  // namespace

TEST_CASE("atomic write creates and replaces files, leaving no temporaries", "[save]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("workshop.json");
  write_file_atomically(path, "first");
  CHECK(read_all(path) == "first");
  write_file_atomically(path, "second, longer content");
  CHECK(read_all(path) == "second, longer content");
  write_file_atomically(path, "");
  CHECK(read_all(path).empty());
  CHECK(entries_in(scratch.path()) == 1);
}

TEST_CASE("saved files get the usual permissions, not mkstemp's 0600", "[save]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("workshop.json");
  const mode_t old_mask = ::umask(022);
  write_file_atomically(path, "x");
  ::umask(old_mask);
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0644);
}

TEST_CASE("a failed save names the path and keeps what was there", "[save]") {
  test::ScratchDirectory scratch;
  CHECK_THROWS_WITH(write_file_atomically(scratch.file("no/such/dir/w.json"), "x"),
                    Contains("no/such/dir/w.json") && Contains("cannot save"));

  // A directory in the way is refused before a temporary file is made
  // (tests/test_hardening_files.cpp has the other kinds of file).
  const std::string blocked = scratch.file("blocked");
  std::filesystem::create_directories(blocked + "/inside");
  CHECK_THROWS_WITH(write_file_atomically(blocked, "x"), Contains("is a directory"));
  CHECK(std::filesystem::is_directory(blocked + "/inside"));
  CHECK(entries_in(scratch.path()) == 1);

  // A name too long for the filesystem is named in the error; no temporary stays.
  const std::string too_long = scratch.file(std::string(300, 'x'));
  CHECK_THROWS_WITH(write_file_atomically(too_long, "x"),
                    Contains(too_long) && Contains("File name too long"));
  CHECK(entries_in(scratch.path()) == 1);
}

TEST_CASE("save_workshop writes what load_workshop reads back", "[save]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("demo.json");
  const Workshop demo = load_workshop(test::demo_workshop_path()).workshop;
  save_workshop(demo, path);
  CHECK(load_workshop(path).workshop == demo);
  CHECK(read_all(path) == read_all(test::demo_workshop_path()));
}
