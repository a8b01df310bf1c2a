#pragma once
// The few exception types of stakemap. cli/main.cpp maps them to exit codes:
// InputError -> 1, UsageError -> 2, anything else -> 3.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace stakemap {

/// Where a problem is: file, 1-based line and column (0 when unknown).
struct Position {
  Position() = default;
  Position(std::string f, long l, long c) : file(std::move(f)), line(l), column(c) {}
  std::string file;
  long line = 0;
  long column = 0;
  /// "file:line:column", dropping the parts that are unknown.
  std::string str() const;
};

/// One finding of a validation: an error blocks a write, a warning does not.
struct Diagnostic {
  enum class Severity { error, warning };
  Diagnostic() = default;
  Diagnostic(Severity s, Position w, std::string m, std::optional<std::string> v = std::nullopt)
      : severity(s), where(std::move(w)), message(std::move(m)), value(std::move(v)) {}
  Severity severity = Severity::error;
  Position where;
  std::string message;
  std::optional<std::string> value;  ///< the offending value as read, when one field's value is at fault
  std::string str() const;           ///< "file:line:column: error: message"
};

/// Bad input or data (exit code 1): the message says where and why.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Several diagnostics at once (exit code 1); what() joins them, one per line.
class ValidationError : public InputError {
 public:
  /// `errors` and `warnings` count all findings when `diagnostics` holds only the first
  /// ones; by default they are counted in `diagnostics`.
  explicit ValidationError(std::vector<Diagnostic> diagnostics, long errors = -1, long warnings = -1);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return warnings_; }
  /// The sentence written after the diagnostics: by default "the input has errors (listed
  /// above); nothing was written"; "" when the caller has already said it.
  const std::string& summary() const { return summary_; }
  void set_summary(std::string summary) { summary_ = std::move(summary); }

 private:
  std::vector<Diagnostic> diagnostics_;
  std::size_t errors_ = 0, warnings_ = 0;
  std::string summary_ = "the input has errors (listed above); nothing was written";
};

/// Wrong use of the command line (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A message that names options by their field in an options struct (`hops`, `thin_below`,
/// `view`): the engine does not know the command line, and the CLI writes each field as its
/// flag (`--hops`, `--thin`, `--view`) with text(). Base of OptionError and OptionInputError.
class FieldMessage {
 public:
  /// A piece of the message: plain text, or (is_field) the name of an option field.
  struct Part {
    Part(std::string t) : text(std::move(t)) {}
    Part(const char* t) : text(t) {}
    std::string text;
    bool is_field = false;
  };
  /// The message with each field written as `name_of(field)`; `name_of` is any callable
  /// std::string(const std::string&).
  template <typename NameOf>
  std::string text(NameOf name_of) const {
    std::string s;
    for (const auto& p : parts_) s += p.is_field ? name_of(p.text) : p.text;
    return s;
  }
  /// The fields the message names, in order.
  std::vector<std::string> fields() const;

 protected:
  explicit FieldMessage(std::vector<Part> parts) : parts_(std::move(parts)) {}
  ~FieldMessage() = default;
  /// `parts` with the fields written as they are (what() of the exceptions).
  static std::string plain(const std::vector<Part>& parts);

 private:
  std::vector<Part> parts_;
};

/// A bad option value (exit code 2), e.g. "unknown layout 'x' ...". what() writes the fields
/// as they are; the CLI prints text() with its flags.
class OptionError : public UsageError, public FieldMessage {
 public:
  explicit OptionError(std::vector<Part> parts);
  /// "unknown FIELD 'value' (allowed: ALLOWED)".
  static OptionError unknown(const std::string& field, const std::string& value, const std::string& allowed);
};

/// Data that an option names and the map does not hold (exit code 1), e.g. "unknown
/// organisation 'x' in view ego": well-formed, but bad input. Fields as in OptionError.
class OptionInputError : public InputError, public FieldMessage {
 public:
  explicit OptionInputError(std::vector<Part> parts);
};

/// The option field `name` as a part of an OptionError message.
FieldMessage::Part option_field(std::string name);

}  // namespace stakemap
