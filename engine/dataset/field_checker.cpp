#include "dataset/field_checker.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/text.hpp"

namespace stakemap::dataset {

std::optional<double> FieldChecker::parse_number(std::string_view v) {
  double d = 0;
  auto res = std::from_chars(v.data(), v.data() + v.size(), d);
  if (v.empty() || res.ec != std::errc() || res.ptr != v.data() + v.size() || !std::isfinite(d) || d < 0)
    return std::nullopt;
  return d;
}

bool FieldChecker::require(const model::FieldSpec& field, std::string_view text, const Where& where) const {
  if (!field.required() || !text.empty()) return true;
  diags_.error(where, std::string("empty required field '") + field.name + "'");
  return false;
}

bool FieldChecker::length(std::string_view field, std::string_view text, const Where& where) const {
  if (text.size() <= kMaxValueBytes) return true;
  diags_.error(where,
               std::string("value of ") + noun_ + " '" + std::string(field) + "' is " + std::to_string(text.size()) +
                   " bytes long, more than " + std::to_string(kMaxValueBytes) + " (the limit of a CSV field): '" +
                   text::excerpt(text) + "'",
               text::excerpt(text));
  return false;
}

std::string FieldChecker::id(const model::FieldSpec& field, std::string_view text, const Where& where) const {
  if (text.find('|') == std::string_view::npos) return std::string(text);
  diags_.error(where,
               "id '" + text::excerpt(text) + "' in " + noun_ + " '" + field.name +
                   "' contains '|', which separates multi-values",
               std::string(text));
  return "";
}

bool FieldChecker::known_code(const model::FieldSpec& field, const std::string& code, const Where& where) const {
  const std::vector<model::Code>* codes = nullptr;
  for (const auto& [facet, list] : facet_codes_)
    if (facet == field.facet) codes = list;
  if (!codes) {
    codes = &taxonomy_.codes(field.facet);
    facet_codes_.emplace_back(field.facet, codes);
  }
  for (const auto& c : *codes)
    if (c.code == code) return true;
  if (taxonomy_.has(field.facet, code)) return true;  // any ISO 639-1 language
  diags_.error(where,
               std::string("unknown ") + field.facet + " code '" + code + "' in " + noun_ + " '" + field.name +
                   "' (allowed: " + taxonomy_.allowed(field.facet) + ")",
               code);
  return false;
}

std::string FieldChecker::code(const model::FieldSpec& field, std::string_view text, const Where& where) const {
  std::string v = text::lower(std::string(text));
  if (v.empty()) return v;
  return known_code(field, v, where) ? v : "";
}

std::vector<std::string> FieldChecker::values(const model::FieldSpec& field, std::string_view text,
                                              const Where& where) const {
  std::vector<std::string> out;
  for (auto& v : text::split_list(std::string(text))) {
    if (field.check != model::Check::codes) out.push_back(std::move(v));
    else if (auto c = text::lower(v); known_code(field, c, where)) out.push_back(std::move(c));
  }
  // A repeated value is kept once, with a warning: "a|b|a" is "a|b".
  for (std::size_t i = 1; i < out.size();) {
    auto end = out.begin() + static_cast<long>(i);
    if (std::find(out.begin(), end, out[i]) == end) {
      ++i;
      continue;
    }
    diags_.warning(where, "'" + out[i] + "' repeated in " + noun_ + " '" + field.name + "' (kept once)");
    out.erase(end);
  }
  return out;
}

std::optional<double> FieldChecker::number(const model::FieldSpec& field, std::string_view text,
                                           const Where& where) const {
  if (text.empty()) return std::nullopt;
  auto n = parse_number(text);
  if (!n)
    diags_.error(where, "'" + std::string(text) + "' in " + noun_ + " '" + field.name + "' is not a number >= 0",
                 std::string(text));
  return n;
}

void FieldChecker::unknown_ref(std::string_view field, const std::string& id, const char* what,
                               const Where& where) const {
  diags_.error(where, std::string("unknown ") + what + " '" + id + "' in " + noun_ + " '" + std::string(field) + "'",
               id);
}

void FieldChecker::report_cycle(const std::vector<std::string>& cycle, const Where& where) const {
  diags_.error(where, "part_of cycle: " + text::join(cycle, " -> ") +
                          " (a territory cannot be part of itself, directly or not)");
}

}  // namespace stakemap::dataset
