// Issue 11, items 5, 7 and 8: what a save does to the file it replaces, what
// it refuses to replace, and several files written as one.
//
// [SECTIONS]
//   [SUPPORT]      reading files, modes, listing leftovers, running blokjes
//   [MODES]        a replaced file keeps its mode and owner; a new one follows the umask
//   [NOT-REGULAR]  devices, FIFOs, sockets, directories are refused, nothing made beside them
//   [SYMLINKS]     links are followed, the link stays a link
//   [NAMES]        long names: the temporary and derived file names always fit
//   [DIRECTORY]    write_directory_atomically: all files or none, the old directory kept
//   [ZGW-JSON]     the multi-file export through it
//   [CLI]          format, export --force, import --force

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "catalogi_support.h"
#include "core/atomic_directory.h"
#include "core/atomic_file.h"
#include "core/workshop_file.h"
#include "exporters/exporter.h"
#include "shell_run.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

// [SUPPORT] -------------------------------------------------------------------

std::string read_all(const std::string& path) {
  return blokjes::test::read_file(path);
}

void write_plain(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

mode_t mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

mode_t type_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return info.st_mode & S_IFMT;
}

std::set<std::string> names_in(const std::string& directory) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(directory)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

// Entries the writers make beside a target while they work.
std::size_t temporaries_in(const std::string& directory) {
  std::size_t count = 0;
  for (const auto& name : names_in(directory)) count += name.starts_with(".blokjes-");
  return count;
}

// Sets the umask for one scope.
class Umask {
 public:
  explicit Umask(mode_t mask) : old_(::umask(mask)) {}
  ~Umask() { ::umask(old_); }
  Umask(const Umask&) = delete;
  Umask& operator=(const Umask&) = delete;

 private:
  mode_t old_;
};

// Clears the directory writer's faults however a test ends.
struct FaultsCleared {
  ~FaultsCleared() { testing::set_directory_write_faults({}); }
};

using Run = blokjes::test::ShellRun;

Run run_blokjes(const std::string& arguments) {
  return blokjes::test::run_shell(blokjes::test::shell_quote(BLOKJES_CLI_PATH) + " " + arguments +
                                  " 2>&1");
}

// A UNIX socket bound at `path`, closed (the node stays) when the test ends.
class BoundSocket {
 public:
  explicit BoundSocket(const std::string& path) : fd_(::socket(AF_UNIX, SOCK_STREAM, 0)) {
    REQUIRE(fd_ >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(path.size() < sizeof address.sun_path);
    std::copy(path.begin(), path.end(), address.sun_path);
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  }
  ~BoundSocket() { ::close(fd_); }
  BoundSocket(const BoundSocket&) = delete;
  BoundSocket& operator=(const BoundSocket&) = delete;

 private:
  int fd_;
};

}  // namespace

// [MODES] ---------------------------------------------------------------------

TEST_CASE("a replaced file keeps its permission bits, whatever the umask", "[hardening][files]") {
  test::ScratchDirectory scratch;
  const Umask umask(022);
  for (const mode_t mode : {0600, 0640, 0644, 0700, 0664, 0444, 0400}) {
    const std::string path = scratch.file("w-" + std::to_string(mode) + ".json");
    write_plain(path, "old");
    REQUIRE(::chmod(path.c_str(), mode) == 0);
    write_file_atomically(path, "new");
    INFO("mode " << std::oct << mode);
    CHECK(read_all(path) == "new");
    CHECK(mode_of(path) == mode);
  }
  CHECK(temporaries_in(scratch.path()) == 0);
}

TEST_CASE("a read-only file is replaced (the directory allows it) and stays read-only",
          "[hardening][files]") {
  // Decided: like `sed -i` and git, a save replaces the directory entry,
  // which the directory's permissions govern; the file's own 0444 is kept so
  // that it stays as protected as it was.
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("readonly.json");
  write_plain(path, "old");
  REQUIRE(::chmod(path.c_str(), 0444) == 0);
  write_file_atomically(path, "new");
  write_file_atomically(path, "newer");
  CHECK(read_all(path) == "newer");
  CHECK(mode_of(path) == 0444);
}

TEST_CASE("a new file follows the umask", "[hardening][files]") {
  test::ScratchDirectory scratch;
  for (const auto& [mask, expected] :
       std::vector<std::pair<mode_t, mode_t>>{{022, 0644}, {077, 0600}, {002, 0664}, {027, 0640}}) {
    const std::string path = scratch.file("new-" + std::to_string(mask) + ".json");
    {
      const Umask umask(mask);
      write_file_atomically(path, "x");
    }
    INFO("umask " << std::oct << mask);
    CHECK(mode_of(path) == expected);
  }
}

TEST_CASE("a replaced file keeps its owner and group where the process may set them",
          "[hardening][files]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("owned.json");
  write_plain(path, "old");
  struct stat before {};
  if (::geteuid() == 0) {
    // Root may give the file away; the save must give it back the same way.
    REQUIRE(::chown(path.c_str(), 4321, 8765) == 0);
    REQUIRE(::chmod(path.c_str(), 0640) == 0);
  }
  REQUIRE(::stat(path.c_str(), &before) == 0);
  write_file_atomically(path, "new");
  struct stat after {};
  REQUIRE(::stat(path.c_str(), &after) == 0);
  CHECK(after.st_uid == before.st_uid);
  CHECK(after.st_gid == before.st_gid);
  CHECK((after.st_mode & 07777) == (before.st_mode & 07777));
}

// [NOT-REGULAR] ---------------------------------------------------------------

TEST_CASE("character devices are refused by path, before anything is made beside them",
          "[hardening][files]") {
  for (const std::string device : {"/dev/null", "/dev/full", "/dev/zero"}) {
    if (!fs::exists(device)) continue;
    INFO(device);
    const auto before = names_in("/dev");
    CHECK_THROWS_AS(write_file_atomically(device, "x"), NotRegularFileError);
    CHECK_THROWS_WITH(
        write_file_atomically(device, "x"),
        device + ": is a character device, not a regular file; refusing to replace it");
    CHECK(names_in("/dev") == before);
    CHECK(type_of(device) == S_IFCHR);
  }
}

TEST_CASE("FIFOs, sockets and directories are refused and left as they are", "[hardening][files]") {
  test::ScratchDirectory scratch;
  const std::string fifo = scratch.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string socket = scratch.file("sock");
  const BoundSocket bound(socket);
  const std::string directory = scratch.file("dir");
  fs::create_directories(directory + "/inside");

  CHECK_THROWS_WITH(write_file_atomically(fifo, "x"),
                    fifo + ": is a FIFO, not a regular file; refusing to replace it");
  CHECK_THROWS_WITH(write_file_atomically(socket, "x"),
                    socket + ": is a socket, not a regular file; refusing to replace it");
  CHECK_THROWS_WITH(write_file_atomically(directory, "x"),
                    directory + ": is a directory, not a regular file; refusing to replace it");
  CHECK_THROWS_AS(save_workshop(test::demo_workshop(), fifo), NotRegularFileError);
  CHECK(type_of(fifo) == S_IFIFO);
  CHECK(type_of(socket) == S_IFSOCK);
  CHECK(fs::is_directory(directory + "/inside"));
  CHECK(names_in(scratch.path()) == std::set<std::string>{"pipe", "sock", "dir"});
}

// [SYMLINKS] ------------------------------------------------------------------

TEST_CASE("a symlink is followed: its target is replaced, the link stays a link",
          "[hardening][files]") {
  test::ScratchDirectory scratch;
  fs::create_directories(scratch.file("real"));
  const std::string target = scratch.file("real/workshop.json");
  write_plain(target, "old");
  REQUIRE(::chmod(target.c_str(), 0600) == 0);

  SECTION("a relative link in another directory") {
    fs::create_directories(scratch.file("links"));
    const std::string link = scratch.file("links/w.json");
    fs::create_symlink("../real/workshop.json", link);
    write_file_atomically(link, "new");
    CHECK(type_of(link) == S_IFLNK);
    CHECK(fs::read_symlink(link) == "../real/workshop.json");
    CHECK(read_all(target) == "new");
    CHECK(mode_of(target) == 0600);
    // The temporary went beside the target, on its filesystem, and is gone.
    CHECK(names_in(scratch.file("links")) == std::set<std::string>{"w.json"});
    CHECK(names_in(scratch.file("real")) == std::set<std::string>{"workshop.json"});
  }
  SECTION("a chain of absolute links") {
    const std::string first = scratch.file("first");
    const std::string second = scratch.file("second");
    fs::create_symlink(target, second);
    fs::create_symlink(second, first);
    write_file_atomically(first, "new");
    CHECK(type_of(first) == S_IFLNK);
    CHECK(type_of(second) == S_IFLNK);
    CHECK(read_all(target) == "new");
  }
  SECTION("a link to a device is refused like the device") {
    const std::string link = scratch.file("null-link");
    fs::create_symlink("/dev/null", link);
    CHECK_THROWS_WITH(write_file_atomically(link, "x"),
                      link + ": is a character device, not a regular file; refusing to replace it");
    CHECK(type_of(link) == S_IFLNK);
  }
  SECTION("a dangling link and a loop are refused") {
    const std::string dangling = scratch.file("dangling");
    fs::create_symlink(scratch.file("nowhere.json"), dangling);
    CHECK_THROWS_WITH(
        write_file_atomically(dangling, "x"),
        Contains(dangling) && Contains("does not exist; refusing to write through it"));
    CHECK_FALSE(fs::exists(scratch.file("nowhere.json")));
    const std::string loop = scratch.file("loop");
    fs::create_symlink(loop, loop);
    CHECK_THROWS_WITH(write_file_atomically(loop, "x"),
                      Contains(loop) && Contains("symbolic links"));
    CHECK(temporaries_in(scratch.path()) == 0);
  }
}

// [NAMES] ---------------------------------------------------------------------

TEST_CASE("the temporary name fits whatever the target's name", "[hardening][files]") {
  test::ScratchDirectory scratch;
  for (const std::size_t length : {200, 245, 250, 255}) {
    const std::string path = scratch.file(std::string(length - 5, 'p') + ".json");
    INFO(length);
    write_file_atomically(path, "x");
    write_file_atomically(path, "y");
    CHECK(read_all(path) == "y");
  }
  // Too long for the filesystem itself: a clear error naming it, nothing left.
  const std::string too_long = scratch.file(std::string(260, 'q') + ".json");
  CHECK_THROWS_WITH(write_file_atomically(too_long, "x"),
                    Contains(too_long) && Contains("File name too long"));
  CHECK(temporaries_in(scratch.path()) == 0);
  CHECK(names_in(scratch.path()).size() == 4);
}

TEST_CASE("derived file names fit, stay apart and are stable", "[hardening][files]") {
  CHECK(file_name_that_fits("huwelijk", ".json") == "huwelijk.json");
  CHECK(file_name_that_fits(std::string(kMaxFileStem, 'a'), ".json") ==
        std::string(kMaxFileStem, 'a') + ".json");
  for (const std::size_t length : {101, 245, 300, 60000}) {
    const std::string stem(length, 'x');
    const auto name = file_name_that_fits(stem, ".json");
    INFO(length);
    CHECK(name.size() <= kMaxFileStem + 13 + 5);
    CHECK(name.starts_with(std::string(kMaxFileStem, 'x') + "-"));
    CHECK(name.ends_with(".json"));
    CHECK(name == file_name_that_fits(stem, ".json"));
  }
  // Same first 100 bytes, different ends: different names.
  const std::string prefix(150, 'z');
  CHECK(file_name_that_fits(prefix + "-een", ".json") !=
        file_name_that_fits(prefix + "-twee", ".json"));
  // A cut never splits a UTF-8 sequence: 'é' is two bytes at 99 and 100.
  const std::string accented = std::string(99, 'a') + "\xC3\xA9" + std::string(50, 'b');
  const auto name = file_name_that_fits(accented, ".json");
  CHECK(name.starts_with(std::string(99, 'a') + "-"));
}

// [DIRECTORY] -----------------------------------------------------------------

namespace {

std::vector<DirectoryFile> three_files(const std::string& tag) {
  return {{"a.json", "a " + tag}, {"b.json", "b " + tag}, {"c.json", "c " + tag}};
}

}  // namespace

TEST_CASE("a directory is written as one", "[hardening][files]") {
  test::ScratchDirectory scratch;
  const FaultsCleared cleared;
  const std::string out = scratch.file("out");
  {
    const Umask umask(022);
    write_directory_atomically(out, three_files("new"));
  }
  CHECK(names_in(out) == std::set<std::string>{"a.json", "b.json", "c.json"});
  CHECK(read_all(out + "/b.json") == "b new");
  CHECK(mode_of(out) == 0755);
  CHECK(mode_of(out + "/a.json") == 0644);
  CHECK(names_in(scratch.path()) == std::set<std::string>{"out"});

  // Not replaced unless asked.
  CHECK_THROWS_WITH(write_directory_atomically(out, three_files("again")),
                    Contains(out) && Contains("already exists"));
  CHECK(read_all(out + "/a.json") == "a new");
}

TEST_CASE("a failure at any file leaves no directory and no temporary", "[hardening][files]") {
  test::ScratchDirectory scratch;
  const FaultsCleared cleared;
  const std::string out = scratch.file("out");
  for (std::size_t failing = 0; failing < 3; ++failing) {
    INFO("failing at file " << failing);
    testing::DirectoryWriteFaults faults;
    faults.before_file = [failing](std::size_t index) {
      if (index == failing) throw std::runtime_error("disk full (simulated)");
    };
    testing::set_directory_write_faults(faults);
    CHECK_THROWS_WITH(write_directory_atomically(out, three_files("x")), Contains("simulated"));
    CHECK(names_in(scratch.path()).empty());
  }
  testing::DirectoryWriteFaults after_all;
  after_all.before_install = [] {
    throw std::runtime_error("crash before the rename (simulated)");
  };
  testing::set_directory_write_faults(after_all);
  CHECK_THROWS(write_directory_atomically(out, three_files("x")));
  CHECK(names_in(scratch.path()).empty());

  // A real failure: the third name is too long for the filesystem.
  testing::set_directory_write_faults({});
  auto files = three_files("x");
  files[2].name = std::string(300, 'n') + ".json";
  CHECK_THROWS_WITH(write_directory_atomically(out, files),
                    Contains(out + "/" + std::string(300, 'n')) && Contains("too long"));
  CHECK(names_in(scratch.path()).empty());
}

TEST_CASE("an existing directory is replaced whole, or survives a failure untouched",
          "[hardening][files]") {
  test::ScratchDirectory scratch;
  const FaultsCleared cleared;
  const std::string out = scratch.file("out");
  fs::create_directories(out);
  write_plain(out + "/old-only.json", "old");
  write_plain(out + "/a.json", "a old");
  REQUIRE(::chmod(out.c_str(), 0750) == 0);
  DirectoryWriteOptions replace;
  replace.replace_existing = true;

  for (const bool without_exchange : {false, true}) {
    INFO((without_exchange ? "moved aside" : "exchanged"));
    testing::DirectoryWriteFaults faults;
    faults.without_exchange = without_exchange;
    faults.before_file = [](std::size_t index) {
      if (index == 1) throw std::runtime_error("disk full (simulated)");
    };
    testing::set_directory_write_faults(faults);
    CHECK_THROWS(write_directory_atomically(out, three_files("new"), replace));
    CHECK(names_in(out) == std::set<std::string>{"old-only.json", "a.json"});
    CHECK(read_all(out + "/a.json") == "a old");
    CHECK(names_in(scratch.path()) == std::set<std::string>{"out"});

    faults.before_file = nullptr;
    faults.before_install = [] { throw std::runtime_error("crash (simulated)"); };
    testing::set_directory_write_faults(faults);
    CHECK_THROWS(write_directory_atomically(out, three_files("new"), replace));
    CHECK(read_all(out + "/a.json") == "a old");
    CHECK(names_in(scratch.path()) == std::set<std::string>{"out"});
  }

  for (const bool without_exchange : {false, true}) {
    testing::DirectoryWriteFaults faults;
    faults.without_exchange = without_exchange;
    testing::set_directory_write_faults(faults);
    const std::string tag = without_exchange ? "second" : "first";
    write_directory_atomically(out, three_files(tag), replace);
    CHECK(names_in(out) == std::set<std::string>{"a.json", "b.json", "c.json"});
    CHECK(read_all(out + "/c.json") == "c " + tag);
    CHECK(mode_of(out) == 0750);
    CHECK(names_in(scratch.path()) == std::set<std::string>{"out"});
  }
}

TEST_CASE("a directory of other work, or anything but a directory, is not replaced",
          "[hardening][files]") {
  test::ScratchDirectory scratch;
  DirectoryWriteOptions replace;
  replace.replace_existing = true;

  const std::string documents = scratch.file("documents");
  fs::create_directories(documents + "/photos");
  write_plain(documents + "/notes.txt", "mine");
  CHECK_THROWS_WITH(write_directory_atomically(documents, three_files("x"), replace),
                    Contains(documents) && Contains("refusing to replace the directory"));
  fs::remove(documents + "/notes.txt");
  CHECK_THROWS_WITH(write_directory_atomically(documents, three_files("x"), replace),
                    Contains("\"photos\""));
  CHECK(names_in(documents) == std::set<std::string>{"photos"});

  const std::string file = scratch.file("file.json");
  write_plain(file, "keep");
  CHECK_THROWS_WITH(write_directory_atomically(file, three_files("x"), replace),
                    file + ": is a regular file, not a directory; refusing to replace it");
  CHECK(read_all(file) == "keep");
  const std::string fifo = scratch.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_AS(write_directory_atomically(fifo, three_files("x"), replace), NotRegularFileError);
  CHECK_THROWS_WITH(write_directory_atomically("/dev/null", three_files("x"), replace),
                    "/dev/null: is a character device, not a directory; refusing to replace it");

  for (const std::string bad : {"", ".", "..", "../escape.json", "sub/a.json"}) {
    INFO(bad);
    CHECK_THROWS_WITH(write_directory_atomically(scratch.file("bad"), {{bad, "x"}}),
                      Contains("not a plain file name"));
  }
  CHECK_THROWS_WITH(write_directory_atomically(scratch.file("bad"), {{"a", "1"}, {"a", "2"}}),
                    Contains("twice"));
  CHECK(names_in(scratch.path()) == std::set<std::string>{"documents", "file.json", "pipe"});
}

// [ZGW-JSON] ------------------------------------------------------------------

TEST_CASE("zgw-json: process ids of any length export to names that fit", "[hardening][files]") {
  // Ids this long no longer validate; the exporter is called directly, as a
  // forced export of such a workshop would.
  auto prepared = test::export_of(test::demo_workshop());
  REQUIRE(prepared.objects.zaaktypen.size() >= 4);
  const std::string prefix(240, 'l');
  prepared.objects.zaaktypen[0].process_id = std::string(245, 'k');
  prepared.objects.zaaktypen[1].process_id = std::string(300, 'k');
  prepared.objects.zaaktypen[2].process_id = prefix + "-een";
  prepared.objects.zaaktypen[3].process_id = prefix + "-twee";
  test::ScratchDirectory scratch;
  const auto written =
      make_exporter("zgw-json")->write(prepared.objects, scratch.file("out"), false);
  REQUIRE(written.size() == prepared.objects.zaaktypen.size());
  std::set<std::string> names;
  for (const auto& file : written) {
    INFO(file);
    CHECK(fs::is_regular_file(file));
    CHECK(fs::path(file).filename().string().size() <= 120);
    names.insert(fs::path(file).filename().string());
  }
  CHECK(names.size() == written.size());
  CHECK(names_in(scratch.path()) == std::set<std::string>{"out"});
}

TEST_CASE("zgw-json: a failed multi-file export leaves nothing, or the old export",
          "[hardening][files]") {
  const FaultsCleared cleared;
  const auto prepared = test::export_of(test::demo_workshop());
  const auto count = prepared.objects.zaaktypen.size();
  REQUIRE(count > 2);
  const auto exporter = make_exporter("zgw-json");
  test::ScratchDirectory scratch;
  const std::string out = scratch.file("out");

  for (const std::size_t failing : {std::size_t{0}, std::size_t{2}, count - 1}) {
    testing::DirectoryWriteFaults faults;
    faults.before_file = [failing](std::size_t index) {
      if (index == failing) throw std::runtime_error("No space left on device (simulated)");
    };
    testing::set_directory_write_faults(faults);
    CHECK_THROWS_AS(exporter->write(prepared.objects, out, false), ExportError);
    CHECK(names_in(scratch.path()).empty());
  }

  testing::set_directory_write_faults({});
  const auto written = exporter->write(prepared.objects, out, false);
  const std::string first = read_all(written.front());
  CHECK_THROWS_AS(exporter->write(prepared.objects, out, false), OutputExistsError);

  testing::DirectoryWriteFaults faults;
  faults.before_file = [](std::size_t index) {
    if (index == 2) throw std::runtime_error("No space left on device (simulated)");
  };
  testing::set_directory_write_faults(faults);
  CHECK_THROWS_WITH(exporter->write(prepared.objects, out, true), Contains("simulated"));
  CHECK(names_in(out).size() == count);
  CHECK(read_all(written.front()) == first);
  CHECK(names_in(scratch.path()) == std::set<std::string>{"out"});

  testing::set_directory_write_faults({});
  CHECK(exporter->write(prepared.objects, out, true) == written);
  CHECK(names_in(scratch.path()) == std::set<std::string>{"out"});
}

// [CLI] -----------------------------------------------------------------------

TEST_CASE("blokjes format, export --force and import --force keep modes and refuse devices",
          "[hardening][files]") {
  test::ScratchDirectory scratch;
  const std::string demo = test::demo_workshop_path();

  // format: a private, non-canonical workshop stays private.
  const std::string workshop = scratch.file("private.json");
  write_plain(workshop, nlohmann::json::parse(read_all(demo)).dump(4));
  REQUIRE(::chmod(workshop.c_str(), 0600) == 0);
  const Run format = run_blokjes("format " + blokjes::test::shell_quote(workshop));
  CHECK(format.exit_code == 0);
  CHECK_THAT(format.output, Contains("rewritten"));
  CHECK(mode_of(workshop) == 0600);
  CHECK(read_all(workshop) == read_all(demo));

  // export --force over a 0640 ZIP keeps 0640; onto devices and FIFOs it refuses.
  const std::string zip = scratch.file("catalogus.zip");
  write_plain(zip, "old");
  REQUIRE(::chmod(zip.c_str(), 0640) == 0);
  const std::string export_zip =
      "export " + blokjes::test::shell_quote(demo) + " --all --format openzaak-zip --force -o ";
  CHECK(run_blokjes(export_zip + blokjes::test::shell_quote(zip)).exit_code == 0);
  CHECK(mode_of(zip) == 0640);
  CHECK(read_all(zip).starts_with("PK"));
  for (const std::string device : {"/dev/null", "/dev/full"}) {
    const Run refused = run_blokjes(export_zip + device);
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.output, Contains(device + ": is a character device, not a regular file; "
                                                 "refusing to replace it"));
    CHECK(type_of(device) == S_IFCHR);
  }
  const std::string fifo = scratch.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const Run to_fifo =
      run_blokjes("export " + blokjes::test::shell_quote(demo) +
                  " --all --format zgw-json --force -o " + blokjes::test::shell_quote(fifo));
  CHECK(to_fifo.exit_code == 2);
  CHECK_THAT(to_fifo.output, Contains("is a FIFO, not a directory; refusing to replace it"));

  // import --force: the same writer.
  const std::string imported = scratch.file("imported.json");
  write_plain(imported, "old");
  REQUIRE(::chmod(imported.c_str(), 0600) == 0);
  CHECK(run_blokjes("import " + blokjes::test::shell_quote(zip) + " --force -o " +
                    blokjes::test::shell_quote(imported))
            .exit_code == 0);
  CHECK(mode_of(imported) == 0600);
  const Run import_device =
      run_blokjes("import " + blokjes::test::shell_quote(zip) + " --force -o /dev/full");
  CHECK(import_device.exit_code == 2);
  CHECK_THAT(import_device.output, Contains("/dev/full: is a character device"));
  const Run import_fifo = run_blokjes("import " + blokjes::test::shell_quote(zip) + " --force -o " +
                                      blokjes::test::shell_quote(fifo));
  CHECK(import_fifo.exit_code == 2);
  CHECK_THAT(import_fifo.output, Contains("is a FIFO, not a regular file"));
  CHECK(type_of(fifo) == S_IFIFO);
  CHECK(temporaries_in(scratch.path()) == 0);
}
