#include "cli/territory_options.hpp"

#include <cxxopts.hpp>
#include <stdexcept>

#include "cli/common.hpp"
#include "core/errors.hpp"
#include "model/territory_scope.hpp"

namespace stakemap::cli {

void add_territory_options(cxxopts::Options& options) {
  // clang-format off
  options.add_options()
    ("territory", "only organisations in, above or overlapping this territory (see --territory-scope)",
     cxxopts::value<std::string>())
    ("territory-scope", "in, above, overlap or all (several allowed, comma-separated; default all)",
     cxxopts::value<std::vector<std::string>>());
  // clang-format on
}

void keep_rows(Table& t, const std::vector<bool>& keep) {
  if (t.rows.size() != keep.size()) throw std::logic_error("keep_rows: one row per organisation expected");
  std::vector<std::vector<Cell>> kept;
  for (std::size_t i = 0; i < t.rows.size(); ++i)
    if (keep[i]) kept.push_back(std::move(t.rows[i]));
  t.rows = std::move(kept);
}

unsigned territory_scopes(const cxxopts::ParseResult& r) {
  if (!r.count("territory-scope")) return model::scope_all;
  return model::parse_territory_scopes(r["territory-scope"].as<std::vector<std::string>>());
}

std::optional<std::vector<bool>> territory_filter(const model::Map& map, const cxxopts::ParseResult& r) {
  unsigned scopes = territory_scopes(r);
  if (!r.count("territory")) {
    if (r.count("territory-scope")) throw UsageError("--territory-scope needs --territory");
    return std::nullopt;
  }
  int t = require_territory(map, r["territory"].as<std::string>());
  return model::territory_members(map, t, scopes);
}

}  // namespace stakemap::cli
