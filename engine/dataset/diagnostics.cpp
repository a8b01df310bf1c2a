#include "dataset/diagnostics.hpp"

namespace stakemap::dataset {

void Diagnostics::error(const Position& where, const std::string& message, std::optional<std::string> value) {
  if (errors_++ < kKept) kept_.emplace_back(Diagnostic::Severity::error, where, message, std::move(value));
}

void Diagnostics::warning(const Position& where, const std::string& message) {
  if (warnings_++ < kKept) kept_.push_back({Diagnostic::Severity::warning, where, message});
}

std::vector<Diagnostic> Diagnostics::list() const {
  auto out = kept_;
  std::size_t more_errors = errors_ > kKept ? errors_ - kKept : 0;
  std::size_t more_warnings = warnings_ > kKept ? warnings_ - kKept : 0;
  if (more_errors + more_warnings > 0)
    out.push_back({more_errors ? Diagnostic::Severity::error : Diagnostic::Severity::warning,
                   {},
                   "... and " + std::to_string(more_errors) + " more errors, " + std::to_string(more_warnings) +
                       " more warnings (the first " + std::to_string(kKept) + " of each are shown)"});
  return out;
}

void Diagnostics::throw_if_errors() const {
  if (errors_ > 0) throw ValidationError(list(), static_cast<long>(errors_), static_cast<long>(warnings_));
}

std::string count_findings(std::size_t errors, std::size_t warnings) {
  auto plural = [](std::size_t k, const char* what) { return std::to_string(k) + " " + what + (k == 1 ? "" : "s"); };
  return plural(errors, "error") + ", " + plural(warnings, "warning");
}

}  // namespace stakemap::dataset
