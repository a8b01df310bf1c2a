#include "dataset/diagnostics.hpp"

namespace stakemap::dataset {

void Diagnostics::error(const Position& where, const std::string& message) {
  ++errors_;
  if (kept_.size() < kKept) kept_.push_back({Diagnostic::Severity::error, where, message});
}

void Diagnostics::warning(const Position& where, const std::string& message) {
  ++warnings_;
  if (kept_.size() < kKept) kept_.push_back({Diagnostic::Severity::warning, where, message});
}

std::vector<Diagnostic> Diagnostics::list() const {
  auto out = kept_;
  std::size_t dropped = errors_ + warnings_ - kept_.size();
  if (dropped > 0)
    out.push_back({Diagnostic::Severity::error, {}, "... and " + std::to_string(dropped) + " more problems"});
  return out;
}

void Diagnostics::throw_if_errors() const {
  if (errors_ > 0) throw ValidationError(list());
}

}  // namespace stakemap::dataset
