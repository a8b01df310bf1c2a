#include "cli/encoding_option.hpp"

#include <cxxopts.hpp>

#include "io/input_file.hpp"

namespace stakemap::cli {

void add_encoding_option(cxxopts::Options& options) {
  options.add_options()("encoding",
                        "encoding of the files read: utf8 (default), cp1252 (Excel's \"CSV\" on Windows) or latin1",
                        cxxopts::value<std::string>());
}

void apply_encoding(const cxxopts::ParseResult& result) {
  if (result.count("encoding")) io::set_input_encoding(io::parse_encoding(result["encoding"].as<std::string>()));
}

}  // namespace stakemap::cli
