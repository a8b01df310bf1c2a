#include "analysis/coverage.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/errors.hpp"
#include "model/taxonomy.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::analysis {

const char* class_code(CellClass c) {
  switch (c) {
    case CellClass::gap: return "gap";
    case CellClass::federal_only: return "federal-only";
    case CellClass::higher_level_only: return "higher-level-only";
    case CellClass::siloed: return "siloed";
    case CellClass::covered: return "covered";
  }
  return "?";
}

const char* class_mark(CellClass c) {
  switch (c) {
    case CellClass::gap: return "!";
    case CellClass::federal_only: return "F";
    case CellClass::higher_level_only: return "H";
    case CellClass::siloed: return "S";
    case CellClass::covered: return "";
  }
  return "?";
}

std::size_t CoverageMatrix::count(CellClass c) const {
  return static_cast<std::size_t>(
      std::count_if(cells.begin(), cells.end(), [c](const CoverageCell& x) { return x.cls == c; }));
}

namespace {

std::vector<std::string> columns_of(const model::Taxonomy& tax, const CoverageOptions& opt) {
  if (opt.facet != "domain" && opt.facet != "public" && opt.facet != "service")
    throw OptionError::unknown("facet", opt.facet, "domain, public, service");
  if (opt.codes.empty()) {
    std::vector<std::string> all;
    for (const auto& c : tax.codes(opt.facet)) all.push_back(c.code);
    return all;
  }
  for (const auto& c : opt.codes)
    if (!tax.has(opt.facet, c))
      throw UsageError("unknown " + opt.facet + " code '" + c + "' (allowed: " + tax.allowed(opt.facet) + ")");
  return opt.codes;
}

/// Undirected neighbours through flows of the silo layer (disputed flows left out).
std::vector<std::vector<int>> silo_neighbours(const model::Map& map, graph::Layer layer, bool ukraine_only) {
  if (ukraine_only && layer.population.empty()) layer.population = {"ukraine", "both"};
  std::vector<std::vector<int>> adj(map.organisations.size());
  for (const auto& f : map.flows) {
    if (!layer.matches(f) || f.confirmation == "disputed") continue;
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a < 0 || b < 0 || a == b) continue;
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  return adj;
}

CellClass classify(const CoverageCell& c) {
  if (c.count == 0) return CellClass::gap;
  if (c.national == c.count) return CellClass::federal_only;
  if (c.local == 0) return CellClass::higher_level_only;
  if (c.connected == 0) return CellClass::siloed;
  return CellClass::covered;
}

}  // namespace

CoverageMatrix coverage(const model::Map& map, const CoverageOptions& opt) {
  opt.actors.validate();
  CoverageMatrix m;
  m.facet = opt.facet;
  m.at = opt.at;
  m.codes = columns_of(map.taxonomy(), opt);
  model::TerritoryGraph tg(map);
  int within = -1;
  if (!opt.within.empty()) {
    within = map.territory_index(opt.within);
    if (within < 0) throw InputError("unknown territory '" + opt.within + "' (see `stakemap list territories`)");
  }
  m.rows = rows_at(map, tg, opt.at, within);
  std::unordered_map<std::string, int> column;
  for (std::size_t i = 0; i < m.codes.size(); ++i) column.emplace(m.codes[i], static_cast<int>(i));
  const std::size_t ncodes = m.codes.size();
  m.cells.assign(m.rows.size() * ncodes, {});

  const auto present = presence(map, tg, m.rows);
  const auto adj = silo_neighbours(map, opt.silo_layer, opt.actors.ukraine_only());
  // Each organisation's columns (none when the filters drop it), computed once and stored
  // flat (CSR) so that the row loop below touches only small contiguous arrays.
  const int norgs = static_cast<int>(map.organisations.size());
  std::vector<int> col_offset(norgs + 1, 0), col_index;
  for (int o = 0; o < norgs; ++o) {
    const auto& org = map.organisations[o];
    std::size_t first = col_index.size();
    if (opt.actors.accepts(org))
      for (const auto& code : *org.facet(opt.facet)) {
        auto it = column.find(code);
        if (it != column.end() && std::find(col_index.begin() + first, col_index.end(), it->second) == col_index.end())
          col_index.push_back(it->second);
      }
    col_offset[o + 1] = static_cast<int>(col_index.size());
  }
  std::vector<int> in_row(norgs, -1);
  for (std::size_t p = 0; p < m.rows.size(); ++p) {
    // Anyone reaching the territory, whatever its facets, is a partner that breaks a silo.
    const int mark = static_cast<int>(p);
    for (const auto& pr : present[p]) in_row[pr.org] = mark;
    CoverageCell* row = &m.cells[p * ncodes];
    for (const auto& pr : present[p]) {
      const int* first = col_index.data() + col_offset[pr.org];
      const int* last = col_index.data() + col_offset[pr.org + 1];
      if (first == last) continue;
      bool connected =
          pr.local && std::any_of(adj[pr.org].begin(), adj[pr.org].end(), [&](int n) { return in_row[n] == mark; });
      for (const int* c = first; c != last; ++c) {
        CoverageCell& cell = row[*c];
        ++cell.count;
        cell.local += pr.local;
        cell.national += pr.national;
        cell.connected += connected;
        cell.orgs.push_back(pr.org);
      }
    }
  }
  for (auto& cell : m.cells) cell.cls = classify(cell);
  return m;
}

Table coverage_cells_table(const model::Map& map, const CoverageMatrix& m, const std::string& lang, bool with_orgs) {
  const auto& tax = map.taxonomy();
  Table t;
  t.columns = {"territory", "territory_name", "code", "label", "count", "class", "local", "national"};
  if (with_orgs) t.columns.push_back("orgs");
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const auto& ter = map.territories[m.rows[r]];
    for (std::size_t c = 0; c < m.codes.size(); ++c) {
      const auto& cell = m.cell(r, c);
      std::vector<Cell> row{ter.id,
                            ter.name_in(lang),
                            m.codes[c],
                            tax.label(m.facet, m.codes[c], lang),
                            static_cast<long long>(cell.count),
                            std::string(class_code(cell.cls)),
                            static_cast<long long>(cell.local),
                            static_cast<long long>(cell.national)};
      if (with_orgs) row.emplace_back(org_ids(map, cell.orgs));
      t.add(std::move(row));
    }
  }
  return t;
}

Table coverage_matrix_table(const model::Map& map, const CoverageMatrix& m, const std::string& lang) {
  Table t;
  t.columns = {"territory", "name"};
  t.columns.insert(t.columns.end(), m.codes.begin(), m.codes.end());
  // Counts are right-aligned inside the text cell so that marks line up.
  std::size_t digits = 1;
  for (const auto& cell : m.cells) digits = std::max(digits, std::to_string(cell.count).size());
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const auto& ter = map.territories[m.rows[r]];
    std::vector<Cell> row{ter.id, ter.name_in(lang)};
    for (std::size_t c = 0; c < m.codes.size(); ++c) {
      const auto& cell = m.cell(r, c);
      std::string mark = class_mark(cell.cls);
      std::string n = std::to_string(cell.count);
      row.emplace_back(std::string(digits - n.size(), ' ') + n + (mark.empty() ? "" : " " + mark));
    }
    t.add(std::move(row));
  }
  return t;
}

}  // namespace stakemap::analysis
