#include "core/errors.hpp"

namespace stakemap {

std::string Position::str() const {
  std::string s = file;
  if (line > 0) s.append(":").append(std::to_string(line));
  if (line > 0 && column > 0) s.append(":").append(std::to_string(column));
  return s;
}

std::string Diagnostic::str() const {
  std::string where_s = where.str();
  std::string s = where_s.empty() ? "" : where_s + ": ";
  s += severity == Severity::error ? "error: " : "warning: ";
  return s + message;
}

namespace {
std::string join_diagnostics(const std::vector<Diagnostic>& ds) {
  std::string s;
  for (const auto& d : ds) {
    if (!s.empty()) s += '\n';
    s += d.str();
  }
  return s;
}
}  // namespace

ValidationError::ValidationError(std::vector<Diagnostic> diagnostics, long errors, long warnings)
    : InputError(join_diagnostics(diagnostics)), diagnostics_(std::move(diagnostics)) {
  for (const auto& d : diagnostics_) ++(d.severity == Diagnostic::Severity::error ? errors_ : warnings_);
  if (errors >= 0) errors_ = static_cast<std::size_t>(errors);
  if (warnings >= 0) warnings_ = static_cast<std::size_t>(warnings);
}

}  // namespace stakemap
