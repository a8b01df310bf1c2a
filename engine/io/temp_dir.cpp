#include "io/temp_dir.hpp"

#include <cstdlib>

#include "core/errors.hpp"
#include "core/interrupt.hpp"

namespace stakemap::io {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string templ = (fs::temp_directory_path() / "stakemap-XXXXXX").string();
  if (!::mkdtemp(templ.data())) throw InputError(templ + ": cannot create a temporary folder");
  path_ = templ;
  removed_if_interrupted_ = std::make_unique<interrupt::Temporary>(templ, true);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace stakemap::io
