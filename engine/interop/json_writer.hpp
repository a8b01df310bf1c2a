#pragma once
// A small indented JSON writer: every key and string goes through escape::json; numbers
// in shortest round-trip form, NaN and infinities as null (JSON has neither).
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap::interop {

class JsonWriter final {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The name of the next object member.
  void key(std::string_view k);
  void string(std::string_view v);
  void number(double v);
  void null();
  void boolean(bool v);
  /// An array of strings on one line.
  void strings(const std::vector<std::string>& items);
  /// Ends the document with a newline.
  void finish() { out_ << "\n"; }

 private:
  void before_value();
  void close(char c);
  std::ostream& out_;
  struct Level {
    bool object, empty;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace stakemap::interop
