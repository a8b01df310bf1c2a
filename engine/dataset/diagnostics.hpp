#pragma once
// Collects the errors and warnings of one validation run, keeping the first kKept of each.
#include <string>
#include <vector>

#include "core/errors.hpp"

namespace stakemap::dataset {

class Diagnostics final {
 public:
  static constexpr std::size_t kKept = 200;
  /// Records an error; `value` is the offending value as read, when there is one.
  void error(const Position& where, const std::string& message, std::optional<std::string> value = std::nullopt);
  void warning(const Position& where, const std::string& message);
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return warnings_; }
  /// Kept diagnostics plus, when some were dropped, one line saying how many.
  std::vector<Diagnostic> list() const;
  /// Throws ValidationError with list() when there is any error.
  void throw_if_errors() const;

 private:
  std::vector<Diagnostic> kept_;
  std::size_t errors_ = 0, warnings_ = 0;
};

/// "2 errors, 1 warning".
std::string count_findings(std::size_t errors, std::size_t warnings);

}  // namespace stakemap::dataset
