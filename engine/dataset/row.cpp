#include "dataset/row.hpp"

#include <algorithm>
#include <cstring>

#include "core/escape.hpp"
#include "core/text.hpp"

namespace stakemap::dataset {

RowReader::RowReader(io::RecordSource& csv, FileKind kind, Diagnostics& diags, const model::Taxonomy& taxonomy)
    : csv_(csv), diags_(diags), check_(diags, "column", taxonomy), specs_(model::fields(entity_of(kind))) {
  std::vector<std::string> names;
  try {
    if (!csv_.next(names)) {
      diags_.error({csv_.file(), 1, 0}, "empty file: a header row is needed");
      ok_ = false;
      return;
    }
  } catch (const ValidationError& e) {
    for (const auto& d : e.diagnostics()) diags_.error(d.where, d.message, d.value);
    ok_ = false;
    return;
  }
  header_ = io::CsvHeader(names);
  known_column_.assign(header_.names().size(), false);
  for (const auto& c : specs_) {
    int i = header_.find(c.name);
    index_.push_back(i);
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
    for (const auto& d : e.diagnostics()) diags_.error(d.where, d.message, d.value);
    ok_ = false;
    return false;
  }
  if (cells_.size() > header_.names().size())
    diags_.error(csv_.position(header_.names().size()), "record has " + std::to_string(cells_.size()) +
                                                            " fields but the header has " +
                                                            std::to_string(header_.names().size()));
  ++records_;
  return true;
}

bool RowReader::has(const char* column) const { return index(column) >= 0; }

std::size_t RowReader::spec_index(const char* column) const {
  // Callers pass the same literal on every row: remember where each pointer led.
  for (const auto& [name, k] : spec_cache_)
    if (name == column) return k;
  for (std::size_t k = 0; k < specs_.size(); ++k)
    if (std::strcmp(specs_[k].name, column) == 0) {
      spec_cache_.emplace_back(column, k);
      return k;
    }
  throw std::logic_error(std::string("unknown dataset column ") + column);
}

int RowReader::index(const char* column) const { return index_[spec_index(column)]; }

const model::FieldSpec& RowReader::spec(const char* column) const { return specs_[spec_index(column)]; }

Position RowReader::where(const char* column) const { return where_spec(spec_index(column)); }

Position RowReader::where_spec(std::size_t k) const {
  int i = index_[k];
  return i >= 0 ? csv_.position(static_cast<std::size_t>(i)) : where_line();
}

RowReader::Cell RowReader::cell(const char* column) const {
  std::size_t k = spec_index(column);
  int i = index_[k];
  auto of = [](const void* self, long at) {
    return static_cast<const RowReader*>(self)->where_spec(static_cast<std::size_t>(at));
  };
  std::string text = i >= 0 && i < static_cast<int>(cells_.size())
                         ? escape::unguard(text::trim(cells_[static_cast<std::size_t>(i)]))
                         : std::string();
  return {specs_[k], std::move(text), Where(of, this, static_cast<long>(k))};
}

Position RowReader::where_line() const { return {csv_.file(), csv_.line(), 0}; }

std::string RowReader::text(const char* column) const {
  int i = index(column);
  if (i < 0 || i >= static_cast<int>(cells_.size())) return "";
  return escape::unguard(text::trim(cells_[static_cast<std::size_t>(i)]));
}

void RowReader::require(const char* column) const {
  auto c = cell(column);
  check_.require(c.spec, c.text, c.where);
}

std::string RowReader::code(const char* column) const {
  auto c = cell(column);
  check_.require(c.spec, c.text, c.where);
  return check_.code(c.spec, c.text, c.where);
}

std::vector<std::string> RowReader::codes(const char* column) const {
  auto c = cell(column);
  return check_.values(c.spec, c.text, c.where);
}

std::vector<std::string> RowReader::list(const char* column) const { return codes(column); }

std::string RowReader::id(const char* column) const {
  auto c = cell(column);
  check_.require(c.spec, c.text, c.where);
  return check_.id(c.spec, c.text, c.where);
}

std::optional<double> RowReader::number(const char* column) const {
  auto c = cell(column);
  return check_.number(c.spec, c.text, c.where);
}

bool RowReader::check_ref(const char* column, const std::string& id,
                          const std::function<bool(const std::string&)>& known, const char* what) const {
  return check_.check_ref(column, id, known, what, cell(column).where);
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
