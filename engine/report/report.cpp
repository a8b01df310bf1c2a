#include "report/report.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <optional>
#include <utility>
#include <vector>

#include "analysis/parallel.hpp"
#include "core/escape.hpp"
#include "core/progress.hpp"
#include "i18n/messages.hpp"
#include "i18n/numbers.hpp"
#include "report/report_data.hpp"

namespace stakemap::report {

namespace {

const char* kStyle = R"(
:root { --ink: #1a202c; --muted: #4a5568; --rule: #cbd5e0; --accent: #2b6cb0; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
       max-width: 1100px; margin: 0 auto; padding: 24px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 28px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 32px 0 8px;
     border-bottom: 2px solid var(--accent); padding-bottom: 4px; } h3 { font-size: 17px; margin: 20px 0 6px; }
.meta { color: var(--muted); font-size: 13px; margin: 2px 0; }
.notice { border-left: 4px solid #a03000; background: #fff4ec; padding: 6px 10px; margin: 8px 0; font-weight: 600; }
.findings { background: #ebf4ff; border-left: 5px solid var(--accent); padding: 12px 20px; }
.findings li { margin: 6px 0; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; width: 100%; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #edf2f7; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; }
table.heat td, table.heat th { text-align: center; padding: 3px; font-size: 12px; }
table.heat td:first-child { text-align: left; }
figure { margin: 8px 0 16px; } figure svg { width: 100%; height: auto; max-height: 900px; }
figcaption { color: var(--muted); font-size: 13px; }
iframe.explorer { display: block; width: 100%; height: min(82vh, 900px); border: 1px solid var(--rule); }
@media screen {
  figure.map.interactive { width: min(96vw, 1600px); margin-left: calc(50% - min(48vw, 800px)); }
  figure.map.interactive > svg { display: none; }
}
svg.chart { width: 100%; max-width: 760px; height: auto; font-size: 13px; }
.note { color: var(--muted); font-size: 13px; }
dl.methods dt { font-weight: bold; margin-top: 8px; } dl.methods dd { margin-left: 16px; }
@page { size: A4; margin: 14mm; }
@page map { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; } table, figure, svg.chart { break-inside: avoid; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  figure svg { max-height: 240mm; }
  figure.map { page: map; break-before: page; break-after: page; }
  figure.map svg { max-height: 160mm; }  /* report_maps.cpp measures text in this box */
  .screen-only, iframe.explorer { display: none; }
})";

// Sorts a table when its heading is clicked (numbers as numbers). No external code.
const char* kScript = R"(
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var asc = th.getAttribute('data-sort') !== 'asc';
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-value') || a.cells[col].textContent;
        var y = b.cells[col].getAttribute('data-value') || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      th.setAttribute('data-sort', asc ? 'asc' : 'desc');
    });
  });
});)";

// The page in two steps: first its head, the key findings and every section that draws no
// map; then, once the maps are drawn, the sections that show maps (Graphviz runs on one
// thread at a time), each put back in its place. Progress: "report: section k/n: NAME" in
// the order they are written.
class Page final {
 public:
  Page(const model::Map& map, const ReportOptions& options, const Analyses& analyses, const Provenance& p)
      : map_(map), options_(options), analyses_(analyses), provenance_(p) {
    if (options.since) parts_.push_back({"changes since the round", section_since, true, {}});
    parts_.insert(parts_.end(), {{"maps", section_maps, true, {}},
                                 {"centrality", section_centrality, false, {}},
                                 {"silos", section_silos, false, {}},
                                 {"coverage", section_coverage, false, {}},
                                 {"obstacles", section_obstacles, false, {}},
                                 {"needs", section_needs, false, {}},
                                 {"flow gaps", section_flow_gaps, false, {}},
                                 {"key players", section_key_players, false, {}},
                                 {"what-if", section_whatif, false, {}},
                                 {"methods", section_methods, false, {}}});
  }

  /// The head, the key findings and the sections without maps; then names the maps stage,
  /// which write_maps() does.
  void write_text() {
    const ReportData d{map_, options_, analyses_};
    stages_.emplace("report: section", parts_.size() + 1);
    head_ = head(d);
    for (auto& part : parts_)
      if (!part.draws) {
        stages_->begin(part.name);
        part.html = part.write(d);
      }
    stages_->begin("maps");
  }

  /// The sections with maps, `figures` the maps already drawn (null: drawn here), or the
  /// maps' section itself already written (`maps`: section_maps()).
  void write_maps(const Figures* figures, std::string* maps = nullptr) {
    const ReportData d{map_, options_, analyses_, figures};
    for (bool first : {true, false})  // the maps first: their stage is the one named last
      for (auto& part : parts_) {
        if (!part.draws || (std::string(part.name) == "maps") != first) continue;
        if (!first) stages_->begin(part.name);
        part.html = first && maps ? std::move(*maps) : part.write(d);
      }
    stages_.reset();
  }

  /// The page; the parts are given up as they are copied into it.
  std::string take_html() {
    std::size_t size = head_.size() + 256;
    for (const auto& part : parts_) size += part.html.size();
    std::string out;
    out.reserve(size);
    out += head_;
    for (auto& part : parts_) {
      out += part.html;
      std::string().swap(part.html);
    }
    out += "<p class=\"note screen-only\">" + escape::xml(i18n::text("report.sort.hint", options_.lang)) + "</p>\n";
    // CDATA markers inside comments keep the page well-formed XML; browsers ignore them.
    out += "<script>//<![CDATA[" + std::string(kScript) + "\n//]]></script>\n</body>\n</html>\n";
    return out;
  }

 private:
  using Section = std::string (*)(const ReportData&);
  struct Part {
    const char* name;
    Section write;
    bool draws;  // shows a map (Graphviz)
    std::string html;
  };

  // The document's head, the title block and the key findings.
  std::string head(const ReportData& d) {
    const i18n::Lang lang = options_.lang;
    const Provenance& p = provenance_;
    std::string title = options_.title.empty() ? i18n::text("report.title", lang) : options_.title;
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"" + escape::xml(i18n::code(lang)) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n";
    out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\"/>\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    out += "<title>" + escape::xml(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    out += "<header><h1>" + escape::xml(title) + "</h1>\n";
    if (map_.synthetic)
      out += "<p class=\"notice\" id=\"synthetic\">" + escape::xml(i18n::text("notice.synthetic", lang)) + "</p>\n";
    out += "<p class=\"meta\">" +
           escape::xml(i18n::text("report.generated", lang,
                                  {{"date", i18n::date(p.generated_at, lang)}, {"version", p.version}})) +
           "</p>\n";
    out +=
        "<p class=\"meta\">" +
        escape::xml(i18n::text("report.provenance", lang,
                               {{"map", p.map_path}, {"date", i18n::date(p.changed_at, lang)}, {"by", p.changed_by}})) +
        "</p>\n";
    out += "<p class=\"meta\">" +
           escape::xml(i18n::text("report.layer", lang, {{"layer", options_.layer.describe()}})) + "</p></header>\n";
    stages_->begin("key findings");
    out += "<section id=\"findings\"><h2>" + escape::xml(i18n::text("report.findings", lang)) +
           "</h2><ul class=\"findings\">\n";
    for (const auto& f : findings(d)) out += "<li>" + escape::xml(f.sentence) + "</li>\n";
    out += "</ul></section>\n";
    return out;
  }

  const model::Map& map_;
  const ReportOptions& options_;
  const Analyses& analyses_;
  const Provenance& provenance_;
  std::vector<Part> parts_;
  std::string head_;
  std::optional<Stages> stages_;
};

// Gives the memory freed so far back to the system. Each thread allocates from its own glibc
// arena, and memory one thread frees is not reused by another: without this, what the
// analyses freed (the what-if's copy of the map) stays resident while the maps are drawn, and
// what the drawing freed while the page is put together.
void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace

std::vector<Finding> key_findings(const model::Map& map, const ReportOptions& options, const Analyses& analyses) {
  return findings(ReportData{map, options, analyses});
}

std::string report_html(const model::Map& map, const ReportOptions& options, const Analyses& analyses,
                        const Provenance& p, const Figures* figures) {
  Page page(map, options, analyses, p);
  page.write_text();
  page.write_maps(figures);
  return page.take_html();
}

std::string build_report(const model::Map& map, const ReportOptions& options, const Provenance& p) {
  Analyses analyses;
  std::optional<Stages> stages(std::in_place, "report: analysis", analysis_stages(options));
  analyse_for_maps(map, options, analyses, *stages);
  // The maps are drawn on a second thread from what they need (above) while this one runs the
  // other analyses and writes the sections without maps. Graphviz stays on that one thread.
  // That thread writes the maps' section whole (section_maps() draws them): the drawings are
  // not copied out of it, and what it allocates it frees itself.
  Page page(map, options, analyses, p);
  std::string maps;
  auto task = [&](int t) {
    if (t == 1) {
      const QuietHere quiet;  // the terminal line follows the analyses and the sections
      maps = section_maps(ReportData{map, options, analyses});
      return;
    }
    const analysis::detail::ThreadCap one_core(1);  // the other core draws the maps
    analyse_rest(map, options, analyses, *stages);
    stages.reset();
    page.write_text();
    release_free_memory();
  };
  analysis::detail::run_pair(task);  // on one core: the analyses, then the maps
  page.write_maps(nullptr, &maps);
  release_free_memory();
  return page.take_html();
}

}  // namespace stakemap::report
