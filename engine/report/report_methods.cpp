// The report's methods appendix: every figure the report shows, defined in the catalogue.
#include "core/escape.hpp"
#include "i18n/messages.hpp"
#include "report/report_data.hpp"

namespace stakemap::report {

namespace {

/// The terms defined, in order: messages report.method.TERM.term and report.method.TERM.text.
const char* const kTerms[] = {"layer",
                              "betweenness",
                              "pagerank",
                              "silo",
                              "single_point_of_failure",
                              "coverage",
                              "obstacle_prevalence",
                              "needs_against_services",
                              "recommended_link",
                              "key_players",
                              "what_if"};

}  // namespace

std::string section_methods(const ReportData& d) {
  std::string out = "<section id=\"methods\"><h2>" + escape::xml(i18n::text("report.methods", d.lang())) +
                    "</h2>\n<dl class=\"methods\">\n";
  for (const char* term : kTerms) {
    const std::string id = std::string("report.method.") + term;
    std::string text = i18n::text(id + ".text", d.lang());
    // A sentence the map's profile adds (the Belgian one: how Brussels counts).
    if (auto note = d.map.taxonomy().wording(std::string(term) + "-note", i18n::code(d.lang())); !note.empty())
      text += " " + note;
    out += "<dt>" + escape::xml(i18n::text(id + ".term", d.lang())) + "</dt><dd>" + escape::xml(text) + "</dd>\n";
  }
  return out + "</dl></section>\n";
}

}  // namespace stakemap::report
