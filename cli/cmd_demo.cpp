// stakemap demo: builds the bundled Belgian map into a fresh folder and shows the story.
#include <cxxopts.hpp>
#include <filesystem>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/demo_story.hpp"
#include "core/errors.hpp"
#include "dataset/importer.hpp"
#include "i18n/messages.hpp"
#include "ingest/ingest.hpp"
#include "io/output_file.hpp"

namespace stakemap::embedded {
const std::map<std::string, std::string_view>& dataset_files();
}

namespace stakemap::cli {

namespace fs = std::filesystem;

namespace {
// Writes the embedded dataset `name` into `dir`; returns the folder written.
fs::path write_bundled_dataset(const std::string& name, const fs::path& dir) {
  fs::path out = dir / name;
  fs::create_directories(out);
  bool any = false;
  for (const auto& [path, body] : embedded::dataset_files()) {
    if (path.rfind(name + "/", 0) != 0) continue;
    fs::path file = dir / path;
    fs::create_directories(file.parent_path());
    io::write_file(file.string(), body);
    any = true;
  }
  if (!any) throw std::logic_error("bundled dataset " + name + " is not embedded");
  return out;
}
}  // namespace

int run_demo(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap demo",
                           "Import the bundled Belgian dataset (synthetic, calibrated on the 2022 needs "
                           "assessment) into a fresh map in --out and summarise it.");
  add_global_options(options);
  // clang-format off
  options.add_options()("out", "output folder", cxxopts::value<std::string>()->default_value("stakemap-demo"));
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  fs::path out = r["out"].as<std::string>();
  fs::create_directories(out);
  auto dataset_dir = write_bundled_dataset("belgium-2022", out);
  ctx.db = (out / "stakemap.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(ctx.db + suffix);
  auto store = open_map(ctx, store::Store::Mode::write);
  dataset::ImportOptions opts;
  opts.command = "demo";
  auto report = dataset::import_dataset(store, dataset_dir.string(), opts);
  // The survey answers too, so that `survey summary` and the silo headline's survey part work on
  // the demo map as the README's tour shows them.
  ingest::ImportOptions survey_opts;
  survey_opts.command = "demo";
  const auto answers =
      ingest::import_path(store, (dataset_dir / "responses.csv").string(), ingest::Source::survey, survey_opts).survey;
  const auto& c = report.counts;
  const auto lang = ctx.lang;
  *ctx.out << i18n::text("cli.demo.title", lang) << "\n";
  if (report.synthetic) *ctx.out << "  " << i18n::text("notice.synthetic", lang) << "\n";
  *ctx.out << "  " << i18n::text("cli.demo.map", lang, {{"map", ctx.db}}) << "\n"
           << "  " << i18n::text("cli.demo.dataset", lang, {{"folder", dataset_dir.string()}}) << "\n"
           << "  "
           << i18n::text("cli.demo.imported", lang,
                         {{"territories", i18n::plural("count.territories", c.territories, lang)},
                          {"organisations", i18n::plural("count.organisations", c.organisations, lang)},
                          {"flows", i18n::plural("count.flows", c.flows, lang)},
                          {"needs", i18n::plural("count.needs", c.needs, lang)}})
           << "\n"
           << "  "
           << i18n::text("cli.demo.answers", lang,
                         {{"respondents", answers.respondents}, {"answers", answers.answers}, {"file", answers.file}})
           << "\n"
           << "  " << i18n::text("cli.demo.synthetic", lang, {{"readme", (dataset_dir / "README.md").string()}})
           << "\n";
  demo_story(ctx, out, store);
  return 0;
}

}  // namespace stakemap::cli
