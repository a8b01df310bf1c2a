#include "cli/common.hpp"

#include <ostream>

#include "core/errors.hpp"
#include "core/escape.hpp"
#include "i18n/messages.hpp"
#include "io/output_file.hpp"
#include "survey/voluntary_sharing.hpp"

namespace stakemap::cli {

store::Store open_map(const Context& ctx, store::Store::Mode mode) {
  io::protect(ctx.db);  // no output may replace the map (export json -o map.db)
  return store::Store(ctx.db, mode);
}

ResultCache kept_results(store::LayoutCache& cache) {
  return {[&cache](const std::string& key) { return cache.get(key); },
          [&cache](const std::string& key, const std::string& value) { cache.put(key, value); }};
}

model::Map load_map(const Context& ctx) { return load_map(open_map(ctx, store::Store::Mode::read)); }

model::Map load_map(const store::Store& store) {
  auto map = store.load();
  map.reindex();
  return map;
}

analysis::SiloSurvey silo_survey(const Context& ctx) { return silo_survey(open_map(ctx, store::Store::Mode::read)); }

analysis::SiloSurvey silo_survey(const store::Store& store) {
  auto said = survey::voluntary_sharing(store);
  return {std::move(said.said_silo), std::move(said.shares)};
}

int require_org(const model::Map& map, const std::string& id) {
  int i = map.org_index(id);
  if (i < 0) throw InputError("unknown organisation '" + id + "' (see `stakemap list orgs`)");
  return i;
}

int require_territory(const model::Map& map, const std::string& id) {
  int i = map.territory_index(id);
  if (i < 0) throw InputError("unknown territory '" + id + "' (see `stakemap list territories`)");
  return i;
}

void print_diagnostics(const Context& ctx, const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) *ctx.err << escape::terminal(d.str()) << "\n";
}

void check_output(const std::string& path) {
  if (!path.empty() && path != "-") io::check_target(path);
}

bool write_output(const Context& ctx, const std::string& path, std::string_view bytes) {
  if (!path.empty() && path != "-") {
    io::write_file(path, bytes);
    return true;
  }
  ctx.out->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(ctx.out->flush());
}

std::string output_name(const Context& ctx, const std::string& path) {
  return path == "-" ? i18n::text("cli.export.stdout", ctx.lang) : path;
}

}  // namespace stakemap::cli
