#pragma once
// Helpers shared by commands: opening the map named by --db, reading it whole.
#include <string>
#include <string_view>

#include "analysis/silos.hpp"
#include "cli/context.hpp"
#include "core/errors.hpp"
#include "core/result_cache.hpp"
#include "model/map.hpp"
#include "store/layout_cache.hpp"
#include "store/store.hpp"

namespace stakemap::cli {

/// Opens the map of `ctx.db` for reading (it must exist) or writing (created if missing).
store::Store open_map(const Context& ctx, store::Store::Mode mode);
/// The results kept in an open map (store::LayoutCache) as the analyses and drawings use them.
ResultCache kept_results(store::LayoutCache& cache);
/// Loads the whole map of `ctx.db`, indexed.
model::Map load_map(const Context& ctx);
/// Loads the whole map of an open store, indexed.
model::Map load_map(const store::Store& store);
/// What the map's survey answers say about voluntary sharing (the silo headline's survey side;
/// empty when the map holds no answers).
analysis::SiloSurvey silo_survey(const Context& ctx);
/// The same from a map already open.
analysis::SiloSurvey silo_survey(const store::Store& store);
/// Index of organisation `id` in `map`; throws InputError naming the map when unknown.
int require_org(const model::Map& map, const std::string& id);
/// Index of territory `id`; throws InputError when unknown.
int require_territory(const model::Map& map, const std::string& id);
/// Checks that `path` may be written (io::check_target); "" and "-" (standard output) always may.
void check_output(const std::string& path);
/// Writes `bytes` to `path` whole or not at all (io::write_file), or to ctx.out when `path` is
/// "" or "-". False when standard output could not take them (cli/main.cpp reports it; the
/// command then says nothing of a written file and ends with 1).
[[nodiscard]] bool write_output(const Context& ctx, const std::string& path, std::string_view bytes);
/// `path` as the "wrote …" lines name it: "standard output" (translated) for "-".
std::string output_name(const Context& ctx, const std::string& path);
/// Prints diagnostics (warnings, errors) to ctx.err, one per line.
void print_diagnostics(const Context& ctx, const std::vector<Diagnostic>& diagnostics);

}  // namespace stakemap::cli
