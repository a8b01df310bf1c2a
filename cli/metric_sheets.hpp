#pragma once
// The sheets `stakemap export xlsx --with-metrics` adds after the dataset's sheets.
#include <vector>

#include "cli/context.hpp"
#include "graph/layer.hpp"
#include "interop/export_options.hpp"
#include "model/map.hpp"
#include "store/store.hpp"

namespace stakemap::cli {

/// The result tables of the analyses, each as its command prints it with --format csv, labels
/// in ctx.lang, computed on `map` (the exported, privacy-filtered map):
///   centrality       the attached `metrics` (as metrics.csv: `centrality --metric …`)
///   silos            `silos` on `layer` (one record per organisation)
///   coverage         territory × domain code grid of cell classes, each filled with its colour
///   coverage legend  the classes: mark, meaning, colour, cell count
///   coverage cells   `gaps coverage` (one record per cell, with counts and code labels)
///   obstacles        `obstacles`
///   survey           `survey summary`, when the map holds answers ("survey ID" per
///                    questionnaire when it holds answers to several)
/// The coverage sheets are left out when the map has no territories.
std::vector<interop::Sheet> metric_sheets(const Context& ctx, const store::Store& store, const model::Map& map,
                                          const interop::Metrics& metrics, const graph::Layer& layer);

}  // namespace stakemap::cli
