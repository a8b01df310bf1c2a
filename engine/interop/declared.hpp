#pragma once
// Which attributes an export declares for organisations and flows, and the values of one
// item in that order: the known fields (dataset column names), then the free attributes,
// then the metrics. Shared by every writer so that all formats carry the same attributes.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

/// One declared attribute.
struct Declared {
  std::string name;
  bool number = false;  ///< typed as a real number (weight, metrics)
  bool list = false;    ///< a '|'-list of text
  bool metric = false;
};

/// Attributes of organisations: every known field but those in `skip` (personal ones only
/// with options.personal), the free attribute keys in use, then the metrics.
std::vector<Declared> org_declared(const model::Map& map, const ExportOptions& options,
                                   const std::set<std::string>& skip);
/// Attributes of flows: every known field but those in `skip`, then the free attribute keys.
std::vector<Declared> flow_declared(const model::Map& map, const std::set<std::string>& skip);

/// Non-empty values of organisation `i` for `declared`, in order (metrics as numbers,
/// NaN left out).
std::vector<std::pair<const Declared*, std::string>> org_values(const model::Map& map, std::size_t i,
                                                                const std::vector<Declared>& declared,
                                                                const ExportOptions& options);
/// Non-empty values of `flow` for `declared`, in order.
std::vector<std::pair<const Declared*, std::string>> flow_values(const model::Flow& flow,
                                                                 const std::vector<Declared>& declared);

/// Throws InputError when a metric has the name of a field or a free attribute of an
/// organisation; std::logic_error (a caller's bug) when the metric names and values, or the
/// values and the organisations, differ in number.
void check_metrics(const model::Map& map, const Metrics& metrics);

}  // namespace stakemap::interop
