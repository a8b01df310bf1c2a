#include "dataset/row.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/escape.hpp"
#include "core/text.hpp"

namespace stakemap::dataset {

RowReader::RowReader(io::CsvReader& csv, FileKind kind, Diagnostics& diags)
    : csv_(csv), kind_(kind), diags_(diags) {
  std::vector<std::string> names;
  try {
    if (!csv_.next(names)) {
      diags_.error({csv_.file(), 1, 0}, "empty file: a header row is needed");
      ok_ = false;
      return;
    }
  } catch (const ValidationError& e) {
    for (const auto& d : e.diagnostics()) diags_.error(d.where, d.message);
    ok_ = false;
    return;
  }
  header_ = io::CsvHeader(names);
  known_column_.assign(header_.names().size(), false);
  for (const auto& c : columns(kind)) {
    int i = header_.find(c.name);
    index_.push_back(i);
    facet_codes_.push_back(&model::Taxonomy::builtin().codes(c.facet));
    if (i >= 0) known_column_[static_cast<std::size_t>(i)] = true;
    if (i >= 0) present_.insert(c.name);
    else if (c.required()) {
      std::string have;
      for (const auto& n : header_.names()) have += (have.empty() ? "" : ", ") + n;
      diags_.error({csv_.file(), csv_.line(), 0},
                   std::string("missing required column '") + c.name + "' (the header has: " + have + ")");
      ok_ = false;
    }
  }
  for (std::size_t i = 0; i < header_.names().size(); ++i)
    for (std::size_t k = 0; k < i; ++k)
      if (!header_.names()[i].empty() && header_.names()[i] == header_.names()[k])
        diags_.error(csv_.position(i), "column '" + header_.names()[i] + "' appears twice in the header");
}

namespace {
bool all_blank(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    if (!text::trim(c).empty()) return false;
  return true;
}
}  // namespace

bool RowReader::next() {
  if (!ok_) return false;
  try {
    do {  // records of empty cells only (",,,," as spreadsheets write them) count as blank lines
      if (!csv_.next(cells_)) return false;
    } while (all_blank(cells_));
  } catch (const ValidationError& e) {
    for (const auto& d : e.diagnostics()) diags_.error(d.where, d.message);
    ok_ = false;
    return false;
  }
  if (cells_.size() > header_.names().size())
    diags_.error(csv_.position(header_.names().size()),
                 "record has " + std::to_string(cells_.size()) + " fields but the header has " +
                     std::to_string(header_.names().size()));
  return true;
}

bool RowReader::has(const char* column) const { return index(column) >= 0; }

std::size_t RowReader::spec_index(const char* column) const {
  // Callers pass the same literal on every row: remember where each pointer led.
  for (const auto& [name, k] : spec_cache_)
    if (name == column) return k;
  const auto& cols = columns(kind_);
  for (std::size_t k = 0; k < cols.size(); ++k)
    if (std::strcmp(cols[k].name, column) == 0) {
      spec_cache_.emplace_back(column, k);
      return k;
    }
  throw std::logic_error(std::string("unknown dataset column ") + column);
}

int RowReader::index(const char* column) const { return index_[spec_index(column)]; }

const Column& RowReader::spec(const char* column) const { return columns(kind_)[spec_index(column)]; }

Position RowReader::where(const char* column) const {
  int i = index(column);
  return i >= 0 ? csv_.position(static_cast<std::size_t>(i)) : where_line();
}

Position RowReader::where_line() const { return {csv_.file(), csv_.line(), 0}; }

std::string RowReader::text(const char* column) const {
  int i = index(column);
  if (i < 0 || i >= static_cast<int>(cells_.size())) return "";
  return escape::unguard(text::trim(cells_[static_cast<std::size_t>(i)]));
}

void RowReader::required_present(const char* column) const {
  if (spec(column).required() && text(column).empty())
    diags_.error(where(column), std::string("empty required field '") + column + "'");
}

bool RowReader::check_code(const char* column, const std::string& code) const {
  std::size_t k = spec_index(column);
  for (const auto& c : *facet_codes_[k])
    if (c.code == code) return true;
  const char* facet = columns(kind_)[k].facet;
  diags_.error(where(column), std::string("unknown ") + facet + " code '" + code + "' in column '" + column +
                                  "' (allowed: " + model::Taxonomy::builtin().allowed(facet) + ")");
  return false;
}

std::string RowReader::code(const char* column) const {
  required_present(column);
  std::string v = text::lower(text(column));
  if (v.empty()) return v;
  return check_code(column, v) ? v : "";
}

namespace {
// Drops repeated values (keeping the first), with a warning: "a|b|a" is "a|b".
void drop_repeats(std::vector<std::string>& values, const Position& where, Diagnostics& diags, const char* column) {
  for (std::size_t i = 1; i < values.size();) {
    if (std::find(values.begin(), values.begin() + static_cast<long>(i), values[i]) == values.begin() + static_cast<long>(i)) {
      ++i;
      continue;
    }
    diags.warning(where, "'" + values[i] + "' repeated in column '" + column + "' (kept once)");
    values.erase(values.begin() + static_cast<long>(i));
  }
}
}  // namespace

std::vector<std::string> RowReader::codes(const char* column) const {
  std::vector<std::string> out;
  for (auto& v : text::split_list(text(column)))
    if (check_code(column, text::lower(v))) out.push_back(text::lower(v));
  drop_repeats(out, where(column), diags_, column);
  return out;
}

std::vector<std::string> RowReader::list(const char* column) const {
  auto out = text::split_list(text(column));
  drop_repeats(out, where(column), diags_, column);
  return out;
}

std::string RowReader::id(const char* column) const {
  required_present(column);
  std::string v = text(column);
  if (v.find('|') != std::string::npos) {
    diags_.error(where(column), "id '" + v + "' in column '" + column + "' contains '|', which separates multi-values");
    return "";
  }
  return v;
}

std::optional<double> RowReader::number(const char* column) const {
  std::string v = text(column);
  if (v.empty()) return std::nullopt;
  double d = 0;
  auto res = std::from_chars(v.data(), v.data() + v.size(), d);
  if (res.ec != std::errc() || res.ptr != v.data() + v.size() || !std::isfinite(d) || d < 0) {
    diags_.error(where(column), std::string("'") + v + "' in column '" + column + "' is not a number >= 0");
    return std::nullopt;
  }
  return d;
}

bool RowReader::check_ref(const char* column, const std::string& id,
                          const std::function<bool(const std::string&)>& known, const char* what) const {
  if (id.empty() || known(id)) return true;
  diags_.error(where(column), std::string("unknown ") + what + " '" + id + "' in column '" + column + "'");
  return false;
}

std::vector<std::string> RowReader::extra_columns() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < known_column_.size(); ++i)
    if (!known_column_[i] && !header_.names()[i].empty()) out.push_back(header_.names()[i]);
  return out;
}

model::Attributes RowReader::extras() const {
  model::Attributes out;
  for (std::size_t i = 0; i < header_.names().size() && i < cells_.size(); ++i) {
    const auto& name = header_.names()[i];
    if (known_column_[i] || name.empty()) continue;
    out[name] = escape::unguard(text::trim(cells_[i]));  // empty: the attribute is removed
  }
  return out;
}

}  // namespace stakemap::dataset
