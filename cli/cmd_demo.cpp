// stakemap demo: builds a bundled map (the Belgian one by default) into a fresh folder and shows
// the story.
#include <cxxopts.hpp>
#include <filesystem>
#include <optional>
#include <ostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/demo_story.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
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

constexpr const char* kDefaultDataset = "belgium-2022";

// The names of the bundled datasets (the folders of datasets/).
std::set<std::string> bundled_datasets() {
  std::set<std::string> names;
  for (const auto& [path, body] : embedded::dataset_files())
    if (auto slash = path.find('/'); slash != std::string::npos) names.insert(path.substr(0, slash));
  return names;
}

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
                           "Import a bundled dataset (by default the Belgian one, synthetic, calibrated on the "
                           "2022 needs assessment) into a fresh map in --out and summarise it.");
  add_global_options(options);
  // clang-format off
  options.add_options()
    ("out", "output folder", cxxopts::value<std::string>()->default_value("stakemap-demo"))
    ("dataset", "bundled dataset: belgium-2022 or veloria (a fictional unitary country)",
     cxxopts::value<std::string>()->default_value(kDefaultDataset));
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  const auto name = r["dataset"].as<std::string>();
  if (const auto names = bundled_datasets(); !names.count(name))
    throw UsageError("unknown --dataset '" + name +
                     "' (allowed: " + text::join(std::vector<std::string>(names.begin(), names.end()), ", ") + ")");
  fs::path out = r["out"].as<std::string>();
  fs::create_directories(out);
  auto dataset_dir = write_bundled_dataset(name, out);
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
  const auto responses = dataset_dir / "responses.csv";
  std::optional<survey::ImportReport> answers;
  if (fs::exists(responses))
    answers = ingest::import_path(store, responses.string(), ingest::Source::survey, survey_opts).survey;
  const auto& c = report.counts;
  const auto lang = ctx.lang;
  *ctx.out << (name == kDefaultDataset ? i18n::text("cli.demo.title", lang)
                                       : i18n::text("cli.demo.title.dataset", lang, {{"dataset", name}}))
           << "\n";
  if (report.synthetic) *ctx.out << "  " << i18n::text("notice.synthetic", lang) << "\n";
  *ctx.out << "  " << i18n::text("cli.demo.map", lang, {{"map", ctx.db}}) << "\n"
           << "  " << i18n::text("cli.demo.dataset", lang, {{"folder", dataset_dir.string()}}) << "\n"
           << "  "
           << i18n::text("cli.demo.imported", lang,
                         {{"territories", i18n::plural("count.territories", c.territories, lang)},
                          {"organisations", i18n::plural("count.organisations", c.organisations, lang)},
                          {"flows", i18n::plural("count.flows", c.flows, lang)},
                          {"needs", i18n::plural("count.needs", c.needs, lang)}})
           << "\n";
  if (answers)
    *ctx.out << "  "
             << i18n::text(
                    "cli.demo.answers", lang,
                    {{"respondents", answers->respondents}, {"answers", answers->answers}, {"file", answers->file}})
             << "\n";
  *ctx.out << "  " << i18n::text("cli.demo.synthetic", lang, {{"readme", (dataset_dir / "README.md").string()}})
           << "\n";
  demo_story(ctx, out, store);
  return 0;
}

}  // namespace stakemap::cli
