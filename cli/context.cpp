#include "cli/context.hpp"

#include <cxxopts.hpp>
#include <ostream>
#include <sstream>

#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/progress.hpp"

namespace stakemap::cli {

void Context::print(const Table& t) const {
  if (format != TableFormat::csv || !out_is_terminal) return stakemap::print(*out, t, format, width);
  std::ostringstream csv;  // on a terminal, no escape sequence of the data may run
  stakemap::print(csv, t, format);
  *out << escape::terminal(csv.str());
}

void add_global_options(cxxopts::Options& options) {
  options.add_options("global")("db", "map file (default $STAKEMAP_DB, then ./stakemap.db)",
                                cxxopts::value<std::string>())(
      "format", "output: table, csv or json", cxxopts::value<std::string>())("lang", "language of labels: en, fr or nl",
                                                                             cxxopts::value<std::string>())(
      "quiet", "no progress and no 'wrote …' confirmations on stderr (errors and warnings still show)")(
      "wide", "on a terminal, print tables whole instead of cutting long texts to its width")("h,help", "this help");
}

bool parse(cxxopts::Options& options, const std::vector<std::string>& args, Context& ctx,
           cxxopts::ParseResult& result) {
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
  if (result.count("lang")) {
    auto code = result["lang"].as<std::string>();
    auto lang = i18n::parse_lang(code);
    if (!lang) throw UsageError("unknown --lang '" + code + "' (allowed: " + i18n::lang_codes() + ")");
    ctx.lang = *lang;
  }
  if (result.count("quiet")) ctx.quiet = true;
  if (result.count("wide")) ctx.width = 0;
  Progress::set_quiet(ctx.quiet);
  return true;
}

}  // namespace stakemap::cli
