#include "interop/json_writer.hpp"

#include <cmath>

#include "core/escape.hpp"
#include "core/table.hpp"

namespace stakemap::interop {

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  out_ << (levels_.back().empty ? "\n" : ",\n") << std::string(2 * levels_.size(), ' ');
  levels_.back().empty = false;
}

void JsonWriter::begin_object() {
  before_value();
  out_ << '{';
  levels_.push_back({true, true});
}

void JsonWriter::begin_array() {
  before_value();
  out_ << '[';
  levels_.push_back({false, true});
}

void JsonWriter::close(char c) {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) out_ << "\n" << std::string(2 * levels_.size(), ' ');
  out_ << c;
}

void JsonWriter::end_object() { close('}'); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view k) {
  before_value();
  out_ << escape::json(k) << ": ";
  after_key_ = true;
}

void JsonWriter::string(std::string_view v) {
  before_value();
  out_ << escape::json(v);
}

void JsonWriter::number(double v) {
  before_value();
  if (std::isfinite(v)) out_ << number_text(v);
  else out_ << "null";
}

void JsonWriter::null() {
  before_value();
  out_ << "null";
}

void JsonWriter::boolean(bool v) {
  before_value();
  out_ << (v ? "true" : "false");
}

void JsonWriter::strings(const std::vector<std::string>& items) {
  before_value();
  out_ << '[';
  for (std::size_t i = 0; i < items.size(); ++i) out_ << (i ? ", " : "") << escape::json(items[i]);
  out_ << ']';
}

}  // namespace stakemap::interop
