#include "cli/findings_output.hpp"

#include <ostream>

#include "core/escape.hpp"
#include "core/text.hpp"

namespace stakemap::cli {

namespace {
void print_bullets(std::ostream& out, const std::vector<report::Finding>& findings) {
  for (const auto& f : findings) {
    auto lines = text::wrap(f.sentence, 92);
    for (std::size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "  - " : "    ") << lines[i] << "\n";
  }
}

void print_json(std::ostream& out, const std::vector<report::Finding>& findings) {
  out << "[";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const auto& f = findings[i];
    out << (i ? ",\n " : "\n ") << "{\"finding\": " << escape::json(f.id)
        << ", \"sentence\": " << escape::json(f.sentence) << ", \"figures\": {";
    for (std::size_t k = 0; k < f.figures.size(); ++k)
      out << (k ? ", " : "") << escape::json(f.figures[k].first) << ": " << number_text(f.figures[k].second);
    out << "}, \"names\": [";
    for (std::size_t k = 0; k < f.names.size(); ++k) out << (k ? ", " : "") << escape::json(f.names[k]);
    out << "]}";
  }
  out << "\n]\n";
}
}  // namespace

void print_findings(const Context& ctx, const std::vector<report::Finding>& findings) {
  if (ctx.format == TableFormat::table) return print_bullets(*ctx.out, findings);
  if (ctx.format == TableFormat::json) return print_json(*ctx.out, findings);
  Table t;
  t.columns = {"finding", "sentence", "figures", "names"};
  for (const auto& f : findings) {
    TextList figures;
    for (const auto& [name, value] : f.figures) figures.push_back(name + "=" + number_text(value));
    t.add({f.id, f.sentence, std::move(figures), f.names});
  }
  ctx.print(t);
}

}  // namespace stakemap::cli
