#include "cli/table_output.hpp"

#include <algorithm>
#include <cxxopts.hpp>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "cli/context.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "interop/xlsx_book.hpp"
#include "io/output_file.hpp"

namespace stakemap::cli {

TableOutput::TableOutput(std::string path) : path_(std::move(path)) {
  const auto ext = text::lower(std::filesystem::path(path_).extension().string());
  if (ext == ".json") format_ = TableFormat::json;
  else if (ext != ".csv" && ext != ".xlsx")
    throw UsageError("-o " + path_ +
                     ": the extension names the format of the tables: .xlsx, .csv or .json (or - for "
                     "standard output)");
  if (ext == ".xlsx") book_ = std::make_unique<interop::XlsxBook>(path_);  // checks the target
  else io::check_target(path_);                                            // refused before any work
}

TableOutput::~TableOutput() = default;

void TableOutput::add_sheet(const Table& t, const std::string& name) {
  // Unique among the sheets so far (Excel compares names without case): "name", "name 2", ...
  auto taken = [&](const std::string& s) {
    return std::any_of(sheets_.begin(), sheets_.end(), [&](const auto& o) { return text::lower(o) == text::lower(s); });
  };
  const std::string base = name.empty() ? "table" : name;
  std::string sheet = interop::sheet_name(base);
  for (int n = 2; taken(sheet); ++n) {
    const std::string suffix = " " + std::to_string(n);
    sheet = interop::sheet_name(base, 31 - suffix.size()) + suffix;
  }
  sheets_.push_back(sheet);
  book_->add({sheet, t, {}, 0});
}

void TableOutput::finish() {
  if (!book_) return io::write_file(path_, text_.str());
  if (!text_.str().empty()) throw std::logic_error("a command printed text into the workbook " + path_);
  if (sheets_.empty()) throw UsageError("-o " + path_ + ": this command printed no table to write");
  book_->finish(std::cout);  // never standard output: the target is a file
}

void add_output_option(cxxopts::Options& options) {
  options.add_options("output")(
      "o,output",
      "write the tables to FILE instead: .xlsx (a workbook, one sheet per table), .csv or .json (as --format csv or "
      "json); - is standard output",
      cxxopts::value<std::string>());
}

void apply_output_option(const cxxopts::ParseResult& result, Context& ctx) {
  if (!result.count("output") || ctx.output) return;
  const auto path = result["output"].as<std::string>();
  if (path == "-") return;
  auto output = std::make_shared<TableOutput>(path);
  if (ctx.format_given && ctx.format != output->format())
    throw UsageError("--format " + std::string(format_name(ctx.format)) + " does not match -o " + path +
                     " (its extension chooses the format)");
  ctx.format = output->format();
  ctx.out = &output->stream();
  ctx.out_is_terminal = false;
  ctx.width = 0;
  ctx.output = std::move(output);
}

}  // namespace stakemap::cli
