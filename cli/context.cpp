#include "cli/context.hpp"

#include <cxxopts.hpp>
#include <ostream>
#include <sstream>

#include "cli/memory_limit.hpp"
#include "cli/table_output.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/progress.hpp"
#include "i18n/numbers.hpp"

namespace stakemap::cli {

void Context::print(const Table& t, const std::string& sheet) const {
  if (workbook()) return output->add_sheet(t, sheet.empty() ? command : sheet);
  if (format != TableFormat::csv || !out_is_terminal)
    return stakemap::print(*out, t, format, width, this->csv, i18n::decimal_mark(lang));
  std::ostringstream text;  // on a terminal, no escape sequence of the data may run
  stakemap::print(text, t, format, 0, this->csv);
  *out << escape::terminal(text.str());
}

bool Context::workbook() const { return output && output->workbook(); }

namespace {
// --sep: one ASCII character that cannot start or quote a cell, or "tab".
char csv_separator(const std::string& s) {
  if (s == "tab" || s == "\\t") return '\t';
  if (s.size() == 1 && s[0] > ' ' && s[0] < 0x7F && s[0] != '"' && s[0] != '\'' && s[0] != '=') return s[0];
  throw UsageError("--sep takes one character, or 'tab' (got '" + s + "')");
}
}  // namespace

void add_global_options(cxxopts::Options& options) {
  options.add_options("global")("db", "map file (default $STAKEMAP_DB, then ./stakemap.db)",
                                cxxopts::value<std::string>())("format", "output: table, csv or json",
                                                               cxxopts::value<std::string>())(
      "excel", "CSV for Excel (tables, csv and kumu-csv exports): UTF-8 byte-order mark, ';' between cells, CRLF")(
      "sep", "CSV separator: one character, or 'tab' (default ',', with --excel ';')", cxxopts::value<std::string>())(
      "lang", "language of the interface (en, fr, nl, de), names and labels (any ISO 639-1 code)",
      cxxopts::value<std::string>())(
      "quiet", "no progress and no 'wrote …' confirmations on stderr (errors and warnings still show)")(
      "wide", "on a terminal, print tables whole instead of cutting long texts to its width")(
      "max-memory",
      "hard cap on this command's memory, e.g. 512M or 2G (default $STAKEMAP_MAX_MEMORY, else none): beyond it the "
      "command stops with exit 1 and changes nothing",
      cxxopts::value<std::string>())("h,help", "this help");
}

bool parse(cxxopts::Options& options, const std::vector<std::string>& args, Context& ctx,
           cxxopts::ParseResult& result) {
  if (ctx.tables) add_output_option(options);
  std::vector<std::string> copy{options.program()};
  copy.insert(copy.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : copy) argv.push_back(a.data());
  try {
    result = options.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const cxxopts::exceptions::exception& e) {
    throw UsageError(std::string(e.what()) + " (see `" + options.program() + " --help`)");
  }
  if (result.count("help")) {
    *ctx.out << options.help() << "\n";
    return false;
  }
  if (result.count("db")) ctx.db = result["db"].as<std::string>();
  if (result.count("format")) {
    ctx.format = parse_format(result["format"].as<std::string>());
    ctx.format_given = true;
  }
  if (result.count("excel")) ctx.csv = CsvStyle::excel();
  if (result.count("sep")) ctx.csv.sep = csv_separator(result["sep"].as<std::string>());
  if (result.count("lang")) {
    auto code = result["lang"].as<std::string>();
    auto lang = i18n::parse_lang(code);
    if (!lang)
      throw UsageError("unknown --lang '" + code +
                       "' (an ISO 639-1 code, two lowercase letters: " + i18n::lang_codes() +
                       " or any other, whose names and labels are shown with an English interface)");
    ctx.lang = *lang;
  }
  if (result.count("quiet")) ctx.quiet = true;
  if (result.count("wide")) ctx.width = 0;
  if (result.count("max-memory"))
    set_memory_limit(parse_memory_size(result["max-memory"].as<std::string>(), "--max-memory"));
  Progress::set_quiet(ctx.quiet);
  if (ctx.tables) apply_output_option(result, ctx);
  return true;
}

}  // namespace stakemap::cli
