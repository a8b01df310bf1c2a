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

std::string FieldMessage::plain(const std::vector<Part>& parts) {
  std::string s;
  for (const auto& p : parts) s += p.text;
  return s;
}

// The bases are built in order: the exception's what() from the parts, then the parts.
OptionError::OptionError(std::vector<Part> parts) : UsageError(plain(parts)), FieldMessage(std::move(parts)) {}

OptionInputError::OptionInputError(std::vector<Part> parts)
    : InputError(plain(parts)), FieldMessage(std::move(parts)) {}

OptionError OptionError::unknown(const std::string& field, const std::string& value, const std::string& allowed) {
  return OptionError({"unknown ", option_field(field), " '" + value + "' (allowed: " + allowed + ")"});
}

std::vector<std::string> FieldMessage::fields() const {
  std::vector<std::string> out;
  for (const auto& p : parts_)
    if (p.is_field) out.push_back(p.text);
  return out;
}

FieldMessage::Part option_field(std::string name) {
  FieldMessage::Part p(std::move(name));
  p.is_field = true;
  return p;
}

}  // namespace stakemap
