#include "io/output_file.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "core/errors.hpp"
#include "core/interrupt.hpp"

namespace stakemap::io {

namespace fs = std::filesystem;

namespace {

std::vector<std::string>& protected_paths() {
  static std::vector<std::string> paths;
  return paths;
}

[[noreturn]] void fail(const std::string& path, const std::string& why) { throw InputError(path + ": " + why); }

std::string reason(int err) { return std::strerror(err); }

// A map file and what SQLite keeps beside it.
constexpr std::array<const char*, 4> kSqliteSuffixes{"", "-wal", "-shm", "-journal"};

// A fresh name beside `path`: ".NAME.XXXXXX.tmp" in the same folder, so rename stays atomic.
std::string temp_name(const fs::path& path) {
  static std::mt19937_64 random{std::random_device{}()};
  static const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string suffix(8, 'x');
  for (auto& c : suffix) c = digits[random() % (sizeof digits - 1)];
  fs::path name = "." + path.filename().string() + "." + suffix + ".tmp";
  return (path.parent_path() / name).string();
}

// Opens a fresh temporary file beside `path`: never an existing file, never through a link.
int open_temp(const std::string& path, std::string& temp) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp = temp_name(path);
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    if (errno != EEXIST) fail(path, "cannot write: " + reason(errno));
  }
  fail(path, "cannot write: no free temporary name beside it");
}

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

bool is_protected(const struct stat& target) {
  for (const auto& p : protected_paths()) {
    struct stat s {};
    if (::stat(p.c_str(), &s) == 0 && same_file(s, target)) return true;
  }
  return false;
}

// What kind of file `mode` is, for a message; nullptr for a regular file.
const char* special_kind(mode_t mode) {
  if (S_ISLNK(mode)) return "is a symbolic link: stakemap never writes through a link (give the file it points to)";
  if (S_ISDIR(mode)) return "is a folder: give a file name";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a file: give a file name (or - for standard output)";
  if (S_ISFIFO(mode)) return "is a FIFO, not a file: give a file name (or - for standard output)";
  if (S_ISSOCK(mode)) return "is a socket, not a file: give a file name";
  return nullptr;
}

void check_folder_of(const std::string& path) {
  fs::path parent = fs::path(path).parent_path();
  if (parent.empty()) parent = ".";
  struct stat s {};
  if (::stat(parent.c_str(), &s) != 0) fail(path, "cannot write: folder " + parent.string() + ": " + reason(errno));
  if (!S_ISDIR(s.st_mode)) fail(path, "cannot write: " + parent.string() + " is not a folder");
}

void sync_folder(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: some file systems refuse fsync on folders
  ::close(fd);
}

std::string folder_of(const std::string& path) {
  auto parent = fs::path(path).parent_path();
  return parent.empty() ? "." : parent.string();
}

}  // namespace

bool move_into_place(const std::string& temp, const std::string& path) {
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno == EEXIST) return false;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) fail(path, "cannot create: " + reason(errno));
  // No RENAME_NOREPLACE on this file system: link(2) fails with EEXIST just the same.
  if (::link(temp.c_str(), path.c_str()) != 0) {
    if (errno == EEXIST) return false;
    fail(path, "cannot create: " + reason(errno));
  }
  ::unlink(temp.c_str());
  return true;
}

FdBuf::FdBuf(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }

bool FdBuf::drain() {
  const char* p = pbase();
  while (p < pptr() && error_ == 0) {
    ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) error_ = n < 0 ? errno : EIO;
    else p += n;
  }
  setp(buffer_, buffer_ + sizeof buffer_);
  return error_ == 0;
}

int FdBuf::overflow(int c) {
  if (!drain()) return traits_type::eof();
  if (c != traits_type::eof()) {
    *pptr() = static_cast<char>(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int FdBuf::sync() { return drain() ? 0 : -1; }

void protect(const std::string& path) {
  auto& paths = protected_paths();
  for (const char* suffix : kSqliteSuffixes) paths.push_back(path + suffix);
}

void check_target(const std::string& path) {
  if (path.empty()) fail("\"\"", "an empty file name");
  struct stat s {};
  if (::lstat(path.c_str(), &s) != 0) {
    if (errno != ENOENT) fail(path, "cannot write: " + reason(errno));
    check_folder_of(path);
    return;
  }
  if (const char* kind = special_kind(s.st_mode)) fail(path, kind);
  if (is_protected(s)) fail(path, "is the open map itself: give another file name");
}

struct OutputFile::Impl {
  explicit Impl(int descriptor) : fd(descriptor), buf(descriptor), out(&buf) {}
  int fd;
  std::string temp;
  FdBuf buf;
  std::ostream out;
  std::unique_ptr<interrupt::Temporary> removed_if_interrupted;
  bool committed = false;
};

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  check_target(path_);
  std::string temp;
  int fd = open_temp(path_, temp);
  impl_ = std::make_unique<Impl>(fd);
  impl_->temp = std::move(temp);
  impl_->removed_if_interrupted = std::make_unique<interrupt::Temporary>(impl_->temp, false);
  // Keep the permissions of the file being replaced.
  struct stat s {};
  if (::stat(path_.c_str(), &s) == 0 && S_ISREG(s.st_mode)) ::fchmod(fd, s.st_mode & 07777);
}

OutputFile::~OutputFile() {
  if (!impl_ || impl_->committed) return;
  if (impl_->fd >= 0) ::close(impl_->fd);
  ::unlink(impl_->temp.c_str());
}

std::ostream& OutputFile::stream() { return impl_->out; }

void OutputFile::check() {
  if (impl_->buf.error()) fail(path_, "cannot write: " + reason(impl_->buf.error()));
  if (!impl_->out) fail(path_, "cannot write");
}

void OutputFile::commit() {
  impl_->out.flush();
  check();
  if (::fsync(impl_->fd) != 0) fail(path_, "cannot write: " + reason(errno));
  int fd = impl_->fd;
  impl_->fd = -1;
  if (::close(fd) != 0) fail(path_, "cannot write: " + reason(errno));
  check_target(path_);  // the target may have changed kind while we wrote
  if (::rename(impl_->temp.c_str(), path_.c_str()) != 0) fail(path_, "cannot write: " + reason(errno));
  impl_->committed = true;
  impl_->removed_if_interrupted.reset();
  sync_folder(folder_of(path_));
}

void write_file(const std::string& path, std::string_view bytes) {
  OutputFile file(path);
  file.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.commit();
}

NewFile::NewFile(std::string path, bool may_exist) : path_(std::move(path)), may_exist_(may_exist) {
  check_target(path_);
  struct stat s {};
  if (!may_exist_ && ::lstat(path_.c_str(), &s) == 0) fail(path_, "exists already: give the name of a new file");
  int fd = open_temp(path_, temp_);
  for (const char* suffix : kSqliteSuffixes)
    removed_if_interrupted_.push_back(std::make_unique<interrupt::Temporary>(temp_ + suffix, false));
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  ::close(fd);
}

NewFile::~NewFile() {
  if (committed_) return;
  for (const char* suffix : kSqliteSuffixes) ::unlink((temp_ + suffix).c_str());
}

bool NewFile::commit() {
  for (const char* suffix : {"-wal", "-journal"})
    if (struct stat s{}; ::lstat((temp_ + suffix).c_str(), &s) == 0 && s.st_size > 0)
      fail(path_, "cannot write: the file was not finished (" + temp_ + suffix + " is left)");
  int fd = ::open(temp_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) fail(path_, "cannot write: " + reason(errno));
  int synced = ::fsync(fd), err = errno;
  ::close(fd);
  if (synced != 0) fail(path_, "cannot write: " + reason(err));
  if (!move_into_place(temp_, path_)) {
    if (may_exist_) return false;
    fail(path_, "exists already: give the name of a new file");
  }
  committed_ = true;
  removed_if_interrupted_.clear();
  for (const char* suffix : kSqliteSuffixes)
    if (*suffix) ::unlink((temp_ + suffix).c_str());
  sync_folder(folder_of(path_));
  return true;
}

OutputFolder::OutputFolder(std::string path, std::vector<std::string> own) : path_(std::move(path)) {
  while (path_.size() > 1 && path_.back() == '/') path_.pop_back();
  if (path_.empty()) fail("\"\"", "an empty folder name");
  struct stat s {};
  if (::lstat(path_.c_str(), &s) == 0) {
    if (S_ISLNK(s.st_mode)) fail(path_, "is a symbolic link: stakemap never writes through a link");
    if (!S_ISDIR(s.st_mode)) fail(path_, "exists and is not a folder");
    for (const auto& entry : fs::directory_iterator(path_)) {
      auto name = entry.path().filename().string();
      if (name != kManifestName && std::find(own.begin(), own.end(), name) == own.end())
        fail(path_, "holds " + name + ", which an export does not write: give a new or empty folder");
    }
  } else if (errno != ENOENT) {
    fail(path_, "cannot write: " + reason(errno));
  } else {
    check_folder_of(path_);
  }
  fs::path target(path_);
  std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
  if (!::mkdtemp(pattern.data())) fail(path_, "cannot write: " + reason(errno));
  temp_ = pattern;
  removed_if_interrupted_ = std::make_unique<interrupt::Temporary>(temp_, true);
  // An empty manifest first: a folder left by a killed export says it is incomplete.
  OutputFile manifest(file(kManifestName));
  manifest.stream() << "file,rows\r\n";
  manifest.commit();
}

OutputFolder::~OutputFolder() {
  if (committed_ || temp_.empty()) return;
  std::error_code ec;
  fs::remove_all(temp_, ec);
}

std::string OutputFolder::file(const std::string& name) const { return (fs::path(temp_) / name).string(); }

void OutputFolder::add(const std::string& name, long rows) { files_.emplace_back(name, rows); }

void OutputFolder::commit() {
  {
    OutputFile manifest(file(kManifestName));
    manifest.stream() << "file,rows\r\n";
    for (const auto& [name, rows] : files_) manifest.stream() << name << ',' << rows << "\r\n";
    manifest.commit();
  }
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temp_.c_str(), 0777 & ~mask);  // mkdtemp made it private
  sync_folder(temp_);
  struct stat s {};
  if (::lstat(path_.c_str(), &s) != 0) {
    if (::rename(temp_.c_str(), path_.c_str()) != 0) fail(path_, "cannot write: " + reason(errno));
  } else {
    // Swap the new folder in at once, then remove the old one (now at the temporary name).
    if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, path_.c_str(), RENAME_EXCHANGE) != 0) {
      if (errno != EINVAL && errno != ENOSYS) fail(path_, "cannot write: " + reason(errno));
      std::string old = temp_ + ".old";
      if (::rename(path_.c_str(), old.c_str()) != 0) fail(path_, "cannot write: " + reason(errno));
      if (::rename(temp_.c_str(), path_.c_str()) != 0) fail(path_, "cannot write: " + reason(errno));
      temp_ = old;
    }
    removed_if_interrupted_ = std::make_unique<interrupt::Temporary>(temp_, true);  // the old folder
    std::error_code ec;
    fs::remove_all(temp_, ec);
  }
  removed_if_interrupted_.reset();
  committed_ = true;
  sync_folder(folder_of(path_));
}

}  // namespace stakemap::io
