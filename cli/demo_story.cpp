// The story `stakemap demo` tells after importing the bundled map: the maps, the report and
// the key findings, written into the demo folder.
#include <filesystem>
#include <ostream>

#include "cli/demo_story.hpp"

#include "cli/common.hpp"
#include "cli/findings_output.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"
#include "io/output_file.hpp"
#include "report/analyses.hpp"
#include "report/report.hpp"

namespace stakemap::cli {

namespace fs = std::filesystem;

namespace {
void write_file(const fs::path& path, const std::string& bytes) { io::write_file(path.string(), bytes); }
}  // namespace

void demo_story(const Context& ctx, const fs::path& out, store::Store& store) {
  auto map = load_map(store);
  report::ReportOptions options;
  options.lang = ctx.lang;
  options.silo_survey = silo_survey(store);
  store::LayoutCache kept(store);
  const auto cache = kept_results(kept);
  options.cache = &cache;
  // The analyses and the two maps, each made once for the map files, the report and the findings.
  const auto analyses = report::analyse(map, options);
  const auto figures = report::render_figures(map, options, analyses);
  write_file(out / "map.svg", figures.map_svg);
  write_file(out / "map.png",
             report::render_view(map, options, analyses, render::ViewSpec::Kind::map, render::ImageFormat::png).bytes);
  write_file(out / "gaps.svg", figures.gaps_svg);
  write_file(out / "report.html", report::report_html(map, options, analyses, provenance(ctx, store), &figures));
  write_file(out / "explore.html", figures.map_page);  // the report's explorer of the whole map, as a page
  const i18n::Args wrote{{"files", "map.svg, map.png, gaps.svg, report.html, explore.html"}, {"folder", out.string()}};
  *ctx.out << "  " << i18n::text("cli.demo.wrote", ctx.lang, wrote) << "\n\n"
           << i18n::text("cli.demo.findings", ctx.lang) << "\n";
  Context as_text = ctx;  // the findings as `summary` prints them on a terminal
  as_text.format = TableFormat::table;
  print_findings(as_text, report::key_findings(map, options, analyses));
  const i18n::Args open{{"report", (out / "report.html").string()}, {"map", ctx.db}};
  *ctx.out << "\n" << i18n::text("cli.demo.open", ctx.lang, open) << "\n";
}

}  // namespace stakemap::cli
