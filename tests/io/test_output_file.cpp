// io::OutputFile and io::OutputFolder: whole or absent, never through a link, never over a
// device, a FIFO, a folder or the open map.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "io/output_file.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using stakemap::InputError;
using stakemap::io::OutputFile;
using stakemap::io::OutputFolder;

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}
// Names in `dir`, so that a test can see that no temporary file was left.
std::size_t entries(const std::string& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("output file: nothing at the target until commit, then the whole file; modes kept") {
  test::TempDir dir;
  auto path = dir.write("out.txt", "old");
  ::chmod(path.c_str(), 0640);
  {
    OutputFile out(path);
    out.stream() << "new content";
    CHECK(slurp(path) == "old");
    out.commit();
  }
  CHECK(slurp(path) == "new content");
  struct stat s {};
  ::stat(path.c_str(), &s);
  CHECK((s.st_mode & 0777) == 0640);
  CHECK(entries(dir.str()) == 1);
}

TEST_CASE("output file: abandoned (an exception while writing), the old file stays and no temporary is left") {
  test::TempDir dir;
  auto path = dir.write("out.txt", "old");
  {
    OutputFile out(path);
    out.stream() << "half";
  }
  CHECK(slurp(path) == "old");
  CHECK(entries(dir.str()) == 1);
}

TEST_CASE("output file: a failed write (file size limit) is an input error; the target is left absent") {
  test::TempDir dir;
  auto path = dir / "big.txt";
  struct rlimit old {};
  ::getrlimit(RLIMIT_FSIZE, &old);
  auto old_handler = ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old;
  small.rlim_cur = 4096;
  ::setrlimit(RLIMIT_FSIZE, &small);
  bool threw = false;
  try {
    OutputFile out(path);
    for (int i = 0; i < 10000; ++i) out.stream() << "0123456789";
    out.commit();
  } catch (const InputError& e) { threw = std::string(e.what()).find("cannot write") != std::string::npos; }
  ::setrlimit(RLIMIT_FSIZE, &old);
  ::signal(SIGXFSZ, old_handler);
  CHECK(threw);
  CHECK_FALSE(fs::exists(path));
  CHECK(entries(dir.str()) == 0);
}

TEST_CASE("output file: a symbolic link is refused and neither the link nor its target changes") {
  test::TempDir dir;
  auto victim = dir.write("victim.txt", "someone else's");
  auto link = dir / "out.graphml";
  fs::create_symlink(victim, link);
  CHECK_THROWS_WITH_AS(OutputFile{link}, doctest::Contains("symbolic link"), InputError);
  CHECK(fs::is_symlink(link));
  CHECK(slurp(victim) == "someone else's");
}

TEST_CASE("output file: folders, FIFOs and devices are refused") {
  test::TempDir dir;
  CHECK_THROWS_WITH_AS(OutputFile{dir.str()}, doctest::Contains("is a folder"), InputError);
  auto fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(OutputFile{fifo}, doctest::Contains("FIFO"), InputError);
  CHECK_THROWS_WITH_AS(OutputFile{"/dev/null"}, doctest::Contains("device"), InputError);
  struct stat s {};
  REQUIRE(::stat("/dev/null", &s) == 0);
  CHECK(S_ISCHR(s.st_mode));
  CHECK_THROWS_WITH_AS(OutputFile{dir / "no/such/x"}, doctest::Contains("cannot write"), InputError);
}

TEST_CASE("output file: the protected map is refused, under another name too (hard link)") {
  test::TempDir dir;
  auto map = dir.write("map.db", "SQLite format 3");
  stakemap::io::protect(map);
  CHECK_THROWS_WITH_AS(OutputFile{map}, doctest::Contains("open map"), InputError);
  auto other = dir / "other.db";
  fs::create_hard_link(map, other);
  CHECK_THROWS_WITH_AS(OutputFile{other}, doctest::Contains("open map"), InputError);
  CHECK(slurp(map) == "SQLite format 3");
}

TEST_CASE("output folder: written beside and renamed in whole, with its manifest") {
  test::TempDir dir;
  auto target = dir / "out";
  {
    OutputFolder folder(target, {"a.csv"});
    OutputFile a(folder.file("a.csv"));
    a.stream() << "x\r\n1\r\n2\r\n";
    a.commit();
    folder.add("a.csv", 2);
    CHECK_FALSE(fs::exists(target));
    folder.commit();
  }
  CHECK(slurp(target + "/a.csv") == "x\r\n1\r\n2\r\n");
  CHECK(slurp(target + "/manifest.csv") == "file,rows\r\na.csv,2\r\n");
  CHECK(entries(dir.str()) == 1);
}

TEST_CASE("output folder: abandoned, nothing is left; an export folder is replaced whole") {
  test::TempDir dir;
  auto target = dir / "out";
  { OutputFolder folder(target, {"a.csv"}); }
  CHECK(entries(dir.str()) == 0);
  dir.write("out/a.csv", "old");
  dir.write("out/b.csv", "old, not written by the new export");
  {
    OutputFolder folder(target, {"a.csv", "b.csv"});
    stakemap::io::write_file(folder.file("a.csv"), "new");
    folder.add("a.csv", 0);
    folder.commit();
  }
  CHECK(slurp(target + "/a.csv") == "new");
  CHECK_FALSE(fs::exists(target + "/b.csv"));
  CHECK(entries(dir.str()) == 1);
}

TEST_CASE("output folder: a folder holding other files, a file or a link is refused and left as it is") {
  test::TempDir dir;
  auto mine = dir.write("docs/thesis.odt", "years of work");
  CHECK_THROWS_WITH_AS(OutputFolder(dir / "docs", {"a.csv"}), doctest::Contains("thesis.odt"), InputError);
  CHECK(slurp(mine) == "years of work");
  auto file = dir.write("file.txt", "x");
  CHECK_THROWS_WITH_AS(OutputFolder(file, {"a.csv"}), doctest::Contains("not a folder"), InputError);
  fs::create_directory_symlink(dir / "docs", dir / "link");
  CHECK_THROWS_WITH_AS(OutputFolder(dir / "link", {"a.csv"}), doctest::Contains("symbolic link"), InputError);
  CHECK(entries(dir.str()) == 3);
}

TEST_CASE("new file: built at a temporary name, moved into place whole; never over an existing file") {
  test::TempDir dir;
  auto path = (dir.path / "new.db").string();
  {
    stakemap::io::NewFile file(path);
    CHECK(fs::exists(file.temp()));
    CHECK(fs::path(file.temp()).parent_path() == dir.path);
    CHECK(!fs::exists(path));
    std::ofstream(file.temp()) << "a whole map";
    file.commit();
  }
  CHECK(slurp(path) == "a whole map");
  CHECK(entries(dir.str()) == 1);
  CHECK_THROWS_AS(stakemap::io::NewFile{path}, InputError);  // exists already

  // Abandoned (a full disk while SQLite wrote): the temporary file and its -wal are removed.
  auto other = (dir.path / "other.db").string();
  {
    stakemap::io::NewFile file(other);
    std::ofstream(file.temp() + "-wal") << "half a journal";
  }
  CHECK(!fs::exists(other));
  CHECK(entries(dir.str()) == 1);

  // A -wal left beside it (SQLite could not fold it in) is not a whole file: refused.
  {
    stakemap::io::NewFile file(other);
    std::ofstream(file.temp() + "-wal") << "pages not yet in the file";
    CHECK_THROWS_AS(file.commit(), InputError);
  }
  CHECK(entries(dir.str()) == 1);
}
