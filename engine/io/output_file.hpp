#pragma once
// The one way stakemap writes a file or a folder: whole or not at all. A file is written to a
// fresh temporary file beside its target (created with O_CREAT|O_EXCL|O_NOFOLLOW, so no planted
// link is followed), every write and the close are checked, the data is fsync'ed, and only then
// is it renamed over the target. A target that is a symbolic link, a device, a FIFO, a socket,
// a folder or the open map itself is refused (InputError, exit 1) and left as it is.
// docs/security.md, "Outputs", states the rules.
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

namespace stakemap::interrupt {
class Temporary;
}

namespace stakemap::io {

/// A stream buffer that writes straight to a file descriptor and remembers the first error
/// (errno), which iostreams forget: used for output files and for standard output.
class FdBuf final : public std::streambuf {
 public:
  explicit FdBuf(int fd);
  /// The errno of the first failed write, or 0.
  int error() const { return error_; }
  /// Writes what is buffered; false once a write has failed.
  bool drain();

 protected:
  int overflow(int c) override;
  int sync() override;

 private:
  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

/// Marks `path` (the open map) as a file no output may replace; its -wal and -shm files too.
/// Compared by device and inode, so another name or a hard link of the map is refused as well.
void protect(const std::string& path);

/// Throws InputError when `path` may not be replaced by an output file: a symbolic link, a
/// folder, a device, a FIFO, a socket, a protected file, or a name whose folder is missing.
void check_target(const std::string& path);

/// A file being written. The stream writes into the temporary file; commit() makes it the
/// target. Destroyed without commit(), the temporary file is removed and the target untouched.
class OutputFile final {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  std::ostream& stream();
  /// Throws InputError ("PATH: cannot write: REASON") when a write has failed so far.
  void check();
  /// Flushes, checks, fsyncs, closes and renames the temporary file over the target.
  void commit();
  const std::string& path() const { return path_; }

 private:
  struct Impl;
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

/// Writes `bytes` to `path` whole (an OutputFile committed at once).
void write_file(const std::string& path, std::string_view bytes);

/// A new file that a library writes by its name (a new SQLite map: `import` or `init` of a map
/// that does not exist, store::Store::create; `whatif --save`), whole or absent: it is built at
/// a fresh temporary name beside `path` (created empty with O_EXCL), and commit() moves it to
/// `path` without replacing anything. Destroyed without commit(), or interrupted
/// (core/interrupt.hpp), the temporary file and what SQLite keeps beside it (`-wal`, `-shm`,
/// `-journal`) are removed.
class NewFile final {
 public:
  /// Throws InputError when its folder cannot be written, or when `path` exists unless
  /// `may_exist` (another process may make the same file meanwhile: commit() then says so).
  explicit NewFile(std::string path, bool may_exist = false);
  ~NewFile();
  NewFile(const NewFile&) = delete;
  NewFile& operator=(const NewFile&) = delete;
  /// The temporary file to write (by name), closed before commit().
  const std::string& temp() const { return temp_; }
  /// Syncs the temporary file and renames it to the target, never over a file that appeared
  /// meanwhile: then returns false when `may_exist` (the temporary file is removed with the
  /// NewFile), else throws InputError. Throws InputError when a file is left beside it (an
  /// unfinished `-wal`).
  bool commit();
  const std::string& path() const { return path_; }

 private:
  std::string path_, temp_;
  bool may_exist_ = false;
  bool committed_ = false;
  std::vector<std::unique_ptr<interrupt::Temporary>> removed_if_interrupted_;
};

/// The file that marks a folder export as complete and lists its files with their row counts.
inline constexpr const char* kManifestName = "manifest.csv";

/// Moves `temp` to `path` only when nothing is at `path` (renameat2 RENAME_NOREPLACE, or
/// link(2) then unlink where the file system lacks it): true when moved; false, with `temp`
/// left where it is, when `path` exists. Throws InputError on any other failure.
bool move_into_place(const std::string& temp, const std::string& path);

/// A folder being written (export csv, export kumu-csv): files go into a temporary folder beside
/// the target, which commit() renames into place with its manifest. An existing target is
/// replaced only when it is empty or holds nothing but files the export may write (`own`);
/// otherwise it is refused, so that no folder of the user's is ever deleted.
class OutputFolder final {
 public:
  OutputFolder(std::string path, std::vector<std::string> own);
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;
  /// Path of `name` inside the temporary folder, to write with OutputFile.
  std::string file(const std::string& name) const;
  /// Records that `name` was written with `rows` data records (header not counted).
  void add(const std::string& name, long rows);
  /// Writes the manifest, syncs the folder, and renames it over the target.
  void commit();
  const std::string& path() const { return path_; }

 private:
  std::string path_, temp_;
  std::vector<std::pair<std::string, long>> files_;
  std::unique_ptr<interrupt::Temporary> removed_if_interrupted_;
  bool committed_ = false;
};

}  // namespace stakemap::io
