#include "store/record_text.hpp"

#include <charconv>
#include <stdexcept>

#include "core/table.hpp"
#include "model/schema.hpp"

namespace stakemap::store {

namespace {

void append_escaped(std::string& out, std::string_view v) {
  for (char c : v) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

std::string unescaped(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '\\' || i + 1 == v.size()) {
      out += v[i];
      continue;
    }
    char c = v[++i];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
  }
  return out;
}

void append_line(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += '\t';
  append_escaped(out, value);
  out += '\n';
}

double parse_double(const std::string& text) {
  double v = 0;
  auto res = std::from_chars(text.data(), text.data() + text.size(), v);
  if (res.ec != std::errc() || res.ptr != text.data() + text.size())
    throw std::logic_error("change log: '" + text + "' is not a number");
  return v;
}

}  // namespace

template <class T>
std::string record_text(const T& item) {
  std::string out;
  for (const auto& f : model::schema<T>().fields()) {
    if (f.list) {
      for (const auto& v : item.*f.list) append_line(out, f.name, v);
    } else if (!f.empty(item)) {
      append_line(out, f.name, f.get(item));
    }
  }
  if constexpr (requires { item.attributes; })
    for (const auto& [key, value] : item.attributes) append_line(out, "@" + key, value);
  return out;
}

template <class T>
T record_from_text(std::string_view text) {
  T item;
  const auto& s = model::schema<T>();
  for (const auto& f : s.fields()) f.clear(item);
  for (auto& [name, value] : text_lines(text)) {
    if constexpr (requires { item.attributes; }) {
      if (!name.empty() && name[0] == '@') {
        item.attributes[name.substr(1)] = std::move(value);
        continue;
      }
    }
    const auto* f = s.find(name);
    if (!f) throw std::logic_error("change log: unknown field '" + name + "'");
    if (f->list) (item.*f->list).push_back(std::move(value));
    else if (f->number) item.*f->number = parse_double(value);
    else item.*f->text = std::move(value);
  }
  return item;
}

std::string fields_text(const std::vector<TextField>& fields) {
  std::string out;
  for (const auto& [name, value] : fields)
    if (!value.empty()) append_line(out, name, value);
  return out;
}

std::vector<TextField> text_lines(std::string_view text) {
  std::vector<TextField> out;
  while (!text.empty()) {
    auto end = text.find('\n');
    auto line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    auto tab = line.find('\t');
    if (tab == std::string_view::npos) throw std::logic_error("change log: a line without a field name");
    out.emplace_back(std::string(line.substr(0, tab)), unescaped(line.substr(tab + 1)));
  }
  return out;
}

std::vector<TextField> text_fields(std::string_view text) {
  std::vector<TextField> out;
  for (auto& [name, value] : text_lines(text)) {
    if (!out.empty() && out.back().first == name) out.back().second += "|" + value;  // a list's next item
    else out.emplace_back(std::move(name), std::move(value));
  }
  return out;
}

std::vector<FieldChange> field_changes(std::string_view before, std::string_view after) {
  auto b = text_fields(before), a = text_fields(after);
  auto value_in = [](const std::vector<TextField>& fields, const std::string& name) {
    for (const auto& [n, v] : fields)
      if (n == name) return v;
    return std::string();
  };
  std::vector<FieldChange> out;
  for (const auto& [name, value] : b)
    if (auto now = value_in(a, name); now != value) out.push_back({name, value, now});
  for (const auto& [name, value] : a)
    if (value_in(b, name).empty() && !value.empty()) out.push_back({name, "", value});
  return out;
}

template std::string record_text(const model::Territory&);
template std::string record_text(const model::Organisation&);
template std::string record_text(const model::Flow&);
template std::string record_text(const model::Need&);
template model::Territory record_from_text(std::string_view);
template model::Organisation record_from_text(std::string_view);
template model::Flow record_from_text(std::string_view);
template model::Need record_from_text(std::string_view);

}  // namespace stakemap::store
